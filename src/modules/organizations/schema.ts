export { Organization } from './entities/organization.entity';
export { OrganizationRole } from './organization-role';
