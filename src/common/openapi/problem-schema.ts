import type { OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from '../errors';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details; every error response has this shape.',
  required: ['type', 'title', 'status', 'instance', 'code', 'request_id'],
  properties: {
    type: { type: 'string', example: '/problems/task-not-found' },
    title: { type: 'string', example: 'Task not found' },
    status: { type: 'integer', example: 404 },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/api/v1/projects/tasks/6f0c.../complete' },
    code: { type: 'string', enum: Object.values(ErrorCode) },
    request_id: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Present on validation failures (422)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** Adds the problem schema and a default problem+json response to every operation. */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ProblemDetails: PROBLEM_SCHEMA };
  const content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as unknown[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const responses = operation.responses as Record<string, Record<string, unknown>>;
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && !response.content) response.content = content;
      }
      responses.default ??= {
        description: 'Error (RFC 9457 problem details)',
        content,
      };
    }
  }
  return document;
}
