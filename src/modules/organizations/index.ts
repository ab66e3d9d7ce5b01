export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
export { OrganizationRole } from './organization-role';
export { MembershipListeners, type MembershipRemoval } from './membership-listeners';
export { Memberships } from './memberships';
