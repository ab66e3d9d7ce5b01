import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationFailedError } from '../../common/errors';
import { renderProblem, resolveProblem } from '../../common/errors/problem-details';
import { toFieldErrors } from '../../common/http/validation';
import type { Ack } from '../../common/realtime';

/** Validates a client-event payload like the HTTP ValidationPipe does (whitelist, no unknown fields). */
export async function validatePayload<T extends object>(dto: new () => T, payload: unknown): Promise<T> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ValidationFailedError([{ field: 'payload', message: 'payload must be an object' }]);
  }
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
  if (resolved.unexpected) {
    const stack = error instanceof Error ? error.stack : String(error);
    logger.error({ request_id: requestId, event, code: problem.code, ...context }, stack);
  }
  return { ok: false, error: problem };
}
