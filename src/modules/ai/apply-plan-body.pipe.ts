import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../../common/errors';
import { ApplyPlanBody, checkApplyPlanBody } from './plan.schema';

/** Field errors listed in one 422; a 12,000-task plan could otherwise produce a huge body. */
const MAX_FIELD_ERRORS = 100;

/** Validates the apply body against the plan schema, with the same 422 as every other body. */
@Injectable()
export class ApplyPlanBodyPipe implements PipeTransform<unknown, ApplyPlanBody> {
  transform(value: unknown): ApplyPlanBody {
    const checked = checkApplyPlanBody(value);
    if (checked.ok) return checked.value;
    const errors = checked.errors.map((e) => ({ ...e, field: e.field || 'body' }));
    throw new ValidationFailedError(
      errors.slice(0, MAX_FIELD_ERRORS),
      errors.length > MAX_FIELD_ERRORS
        ? `The plan contains ${errors.length} invalid fields; the first ${MAX_FIELD_ERRORS} are listed`
        : undefined,
    );
  }
}
