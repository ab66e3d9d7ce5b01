import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_EXEMPT_EXTENSION, IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_REPLAY_HEADER } from '../idempotency/idempotency-key';

const PARAMETER = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'Makes the request safe to retry: its successful response is stored for 24 hours with the change, in the ' +
    `same transaction. A retry with the same key and body gets that response (with \`${IDEMPOTENCY_REPLAY_HEADER}: true\`) ` +
    'and changes nothing; the same key with another method, route or body is a 422 IDEMPOTENCY_KEY_REUSED; a retry ' +
    'while the first is still running is a 409 IDEMPOTENCY_IN_PROGRESS with Retry-After: 1. Failed requests are not ' +
    'stored: they changed nothing, and a retry runs again.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
};

/**
 * Documents `Idempotency-Key` on every authenticated POST (the routes that create or act); a route
 * marked @IdempotencyExempt() (`x-idempotency-exempt` in its operation) does not take it.
 */
export function addIdempotencyKeyParameter(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    const post = path.post;
    if (!post?.security?.length || (post as unknown as Record<string, unknown>)[IDEMPOTENCY_EXEMPT_EXTENSION]) continue;
    post.parameters = [...(post.parameters ?? []), PARAMETER as never];
  }
  return document;
}
