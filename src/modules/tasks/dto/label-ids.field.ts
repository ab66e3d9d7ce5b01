import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID, ValidateIf } from 'class-validator';

export const MAX_LABELS_PER_TASK = 50;

/** `label_ids` in a task body: the task's whole label set, labels of its project; [] removes them all. */
export const LabelIdsField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: [String],
      format: 'uuid',
      maxItems: MAX_LABELS_PER_TASK,
      description: 'The whole label set: labels of the same project (else 422); [] removes every label',
    }),
    ValidateIf((_, v) => v !== undefined), // null is a 422
    IsArray(),
    ArrayMaxSize(MAX_LABELS_PER_TASK),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
