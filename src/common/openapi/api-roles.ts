import { ApiForbiddenResponse } from '@nestjs/swagger';

/*
 * The 403 of routes that only some members may call. Services enforce the rule (through the access
 * policy); these keep its description the same on every route that has it.
 */

/** Organization routes only its owner may call. */
export const ApiOrganizationOwnerOnly = () => ApiForbiddenResponse({ description: 'The caller is not the organization owner' });

/** Project routes only the project owner or an organization owner or manager may call (deletes, edits, planning). */
export const ApiManagersOnly = () => ApiForbiddenResponse({ description: 'Only the project owner or an organization owner or manager' });
