import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { Trim } from '../../../common/http/transforms';
import { EmailField, PasswordField, UsernameField } from '../../users';
import { InvitationStatus } from '../entities/organization-invitation.entity';
import { ASSIGNABLE_ROLES, OrganizationRole } from '../organization-role';

export class CreateOrganizationDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class AddMemberDto {
  @UsernameField() username: string;
  @EmailField() email: string;
  @PasswordField() password: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES)
  role: OrganizationRole;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class InviteMemberDto {
  @EmailField() email: string;

  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES)
  role: OrganizationRole;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() owner_id: number;
  @ApiProperty() is_owner: boolean;
  @ApiProperty() created_at: string;
}

export class MemberDto {
  @ApiProperty({ description: 'The member user id' }) id: number;
  @ApiProperty() username: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: OrganizationRole }) role: OrganizationRole;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) invited_by: string | null;
  @ApiProperty({ type: Number, nullable: true }) invited_by_id: number | null;
  @ApiProperty() joined_at: string;
}

export class OrganizationListItemDto extends OrganizationDto {
  @ApiProperty({ enum: OrganizationRole, description: 'The caller’s role in it' }) role: OrganizationRole;
  @ApiProperty({ description: 'The organization requests act in without X-Organization-Id' }) is_default: boolean;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ASSIGNABLE_ROLES })
  @IsIn(ASSIGNABLE_ROLES)
  role: OrganizationRole;
}

export class DefaultOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organization_id: string;
}

export class InvitationListQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: InvitationStatus, default: InvitationStatus.PENDING })
  @IsOptional()
  @IsIn(Object.values(InvitationStatus))
  status?: InvitationStatus;
}

export class InvitationDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() organization_name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ASSIGNABLE_ROLES }) role: OrganizationRole;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({
    enum: InvitationStatus,
    description: '`expired`: still unanswered after `expires_at` (INVITATION_TTL_DAYS after it was sent)',
  })
  status: InvitationStatus;
  @ApiProperty({ description: 'Username of who sent it' }) invited_by: string;
  @ApiProperty() invited_by_id: number;
  @ApiProperty() created_at: string;
  @ApiProperty() expires_at: string;
}
