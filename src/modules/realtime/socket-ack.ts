import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedError } from '../../common/errors';
import { outageLog } from '../../common/errors/outage-log';
import { renderProblem, resolveProblem } from '../../common/errors/problem-details';
import { assertStorableInput } from '../../common/http/input-boundary';
import { toFieldErrors } from '../../common/http/validation';
import type { Ack } from '../../common/realtime';

/** Validates a client-event payload like HTTP input: the input boundary, then the DTO (whitelist, no unknown fields). */
export async function validatePayload<T extends object>(dto: new () => T, payload: unknown): Promise<T> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ValidationFailedError([{ field: 'payload', message: 'payload must be an object' }]);
  }
  // The same boundary as HTTP bodies: no NUL or unpaired surrogate anywhere, nesting bounded.
  assertStorableInput(payload);
  const instance = plainToInstance(dto, payload);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) throw new ValidationFailedError(toFieldErrors(errors));
  return instance;
}

/** Renders an error as the problem+json object of a negative ack; unexpected errors are logged with their stack. */
export function problemAck(error: unknown, event: string, context: Record<string, unknown>, logger: Logger): Ack<never> {
  const resolved = resolveProblem(error);
  const requestId = randomUUID();
  const problem = renderProblem(resolved, `socket:${event}`, requestId);
  if (resolved.outage) outageLog.report(resolved.outage, 'socket');
  if (resolved.unexpected) {
    const stack = error instanceof Error ? error.stack : String(error);
    logger.error({ request_id: requestId, event, code: problem.code, ...context }, stack);
  }
  return { ok: false, error: problem };
}
