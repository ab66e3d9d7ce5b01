import { Param, PipeTransform, Type } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { ErrorCode } from '../errors/error-code';
import { ApiProblems } from '../openapi/api-problems';
import { MAX_INT4, ParseIntIdPipe, ParseUuidPipe } from './id-pipes';

/**
 * A path id: parsed by its pipe (a malformed id is a 422 problem naming the parameter) and documented with
 * its format and that 422 (what a route says of its other 422s, e.g. for its body, is added to this).
 */
function idParam(name: string, pipe: Type<PipeTransform>, schema: { type: string; format?: string; minimum?: number; maximum?: number }, malformed: string) {
  const bindPipe = Param(name, pipe);
  const document = [ApiParam({ name, schema }), ApiProblems({ code: ErrorCode.VALIDATION_FAILED, description: malformed })];
  return (target: object, key: string | symbol | undefined, index: number): void => {
    bindPipe(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) for (const decorate of document) decorate(target, key, descriptor);
  };
}

/** `@UuidParam('project_id')`: a UUID path parameter, lowercased as stored. */
export const UuidParam = (name: string) => idParam(name, ParseUuidPipe, { type: 'string', format: 'uuid' }, `The ${name} is not a UUID`);

/** `@IntIdParam('id')`: a positive int4 path parameter. */
export const IntIdParam = (name: string) =>
  idParam(name, ParseIntIdPipe, { type: 'integer', minimum: 1, maximum: MAX_INT4 }, `The ${name} is not a positive integer`);
