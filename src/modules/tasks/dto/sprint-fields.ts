import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** `sprint_id` on create and PATCH: a planned or active sprint of the same project, or null for the backlog. */
export function SprintIdField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'uuid',
      nullable: true,
      description: 'A planned or active sprint of the same project (else 422); null moves the task to the backlog',
    }),
    IsOptional(),
    IsUUID(),
  );
}

/** `story_points`: an integer 0..100, or null for unestimated. */
export function StoryPointsField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100 }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(100),
  );
}

export const SPRINT_FILTER = /^(none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
