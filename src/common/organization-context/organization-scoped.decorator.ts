import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ORGANIZATION_HEADER } from './organization-context';

/** Documents that a route acts in the organization named by `X-Organization-Id` (else the caller's default). */
export const OrganizationScoped = () =>
  applyDecorators(
    ApiHeader({
      name: ORGANIZATION_HEADER,
      required: false,
      schema: { type: 'string', format: 'uuid' },
      description:
        'The organization the request acts in (the caller must be a member: otherwise 404 ORGANIZATION_NOT_FOUND; ' +
        'a malformed id is a 422). Without it: the caller’s default organization.',
    }),
  );
