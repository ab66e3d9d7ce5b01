import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { assertStorableInput } from './input-boundary';

/**
 * Global pipe, before validation: every body, query and path parameter of every route is checked for
 * text that can never be stored (U+0000, unpaired surrogates) and for excessive nesting.
 */
@Injectable()
export class InputBoundaryPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    // `@Param('task_id')` names its value; `@Body()` / `@Query()` values are named by their paths.
    assertStorableInput(value, metadata.data ?? '');
    return value;
  }
}
