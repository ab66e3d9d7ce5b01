export { OrganizationsModule } from './organizations.module';
export { OrganizationsService } from './organizations.service';
export { OrganizationRole } from './organization-role';
