import { Injectable, PipeTransform, ArgumentMetadata } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ValidationFailedError } from '../errors';

export const MAX_INT4 = 2_147_483_647;

/** A malformed id is a 422 problem, never a 400 or a 500 from the database. */
@Injectable()
export class ParseIntIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_INT4) {
      throw new ValidationFailedError([{ field: metadata.data ?? 'id', message: 'must be a positive integer' }]);
    }
    return id;
  }
}

@Injectable()
export class ParseUuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) {
      throw new ValidationFailedError([{ field: metadata.data ?? 'id', message: 'must be a UUID' }]);
    }
    return value.toLowerCase();
  }
}
