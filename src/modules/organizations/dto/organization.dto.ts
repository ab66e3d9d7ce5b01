import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ASSIGNABLE_ROLES, OrganizationRole } from '../organization-role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganizationDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
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
  @ApiProperty({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9_.-]+$' })
  @Transform(trim)
  @IsString()
  @Length(3, 50)
  @Matches(/^[A-Za-z0-9_.-]+$/, { message: 'username may contain letters, digits, dots, dashes and underscores' })
  username: string;

  @ApiProperty({ maxLength: 254 })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(8, 128)
  password: string;

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
  @ApiProperty({ maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  @IsNotEmpty()
  email: string;

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
