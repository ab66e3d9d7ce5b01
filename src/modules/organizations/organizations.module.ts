import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { OutboxModule } from '../outbox';
import { UsersModule } from '../users';
import { OrganizationInvitation } from './entities/organization-invitation.entity';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MyOrganizationsController } from './my-organizations.controller';
import { OrganizationsController } from './organizations.controller';
import { MembershipListeners } from './membership-listeners';
import { Memberships } from './memberships';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, OrganizationMember, OrganizationInvitation]),
    UsersModule,
    NotificationsModule,
    OutboxModule,
  ],
  controllers: [OrganizationsController, InvitationsController, MyOrganizationsController],
  providers: [OrganizationsService, InvitationsService, MembershipListeners, Memberships],
  exports: [OrganizationsService, MembershipListeners, Memberships],
})
export class OrganizationsModule {}
