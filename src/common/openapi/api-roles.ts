import { ErrorCode } from '../errors/error-code';
import { ApiProblems } from './api-problems';

/*
 * The 403 of routes that only some members may call. Services enforce the rule (through the access
 * policy); these keep its description the same on every route that has it.
 */

/** Organization routes only its owner may call. */
export const ApiOrganizationOwnerOnly = () =>
  ApiProblems({ code: ErrorCode.FORBIDDEN, description: 'The caller is not the organization owner' });

/** Organization routes only its owner or a manager may call. */
export const ApiOrganizationManagersOnly = () =>
  ApiProblems({ code: ErrorCode.FORBIDDEN, description: 'The caller is neither the organization owner nor a manager' });

/** Project routes only the project owner or an organization owner or manager may call (deletes, edits, planning). */
export const ApiManagersOnly = () =>
  ApiProblems({ code: ErrorCode.FORBIDDEN, description: 'Only the project owner or an organization owner or manager' });
