export enum OrganizationRole {
  OWNER = 'owner',
  MANAGER = 'manager',
  PRODUCT_OWNER = 'product_owner',
  DEVELOPER = 'developer',
  DESIGNER = 'designer',
  QA = 'qa',
}

/** Roles that can be granted by add-member or an invitation (ownership is not transferable this way). */
export const ASSIGNABLE_ROLES = Object.values(OrganizationRole).filter((r) => r !== OrganizationRole.OWNER);
