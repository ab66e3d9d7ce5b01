import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import { EmailField, PasswordField, UsernameField } from '../../users';
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

export class InvitationDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: OrganizationRole }) role: OrganizationRole;
  @ApiProperty({ enum: ['pending', 'accepted'] }) status: string;
  @ApiProperty() created_at: string;
}
