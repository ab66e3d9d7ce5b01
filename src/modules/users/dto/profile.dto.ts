import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUrl, Length, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import { PasswordField, UsernameField } from '../account-fields';

/** Validated only when present; `null` is refused like any other wrong type. */
const UnlessOmitted = () => ValidateIf((_: unknown, value: unknown) => value !== undefined);

export class UpdateProfileDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9_.-]+$' }) // over UsernameField's required
  @UnlessOmitted()
  @UsernameField()
  username?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, format: 'uri', description: 'An https:// URL; null removes it' })
  @ValidateIf((_: unknown, value: unknown) => value !== undefined && value !== null)
  @Trim()
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'avatar_url must be an https:// URL' })
  avatar_url?: string | null;
}

const CurrentPasswordField = () => applyDecorators(ApiProperty({ maxLength: 128 }), IsString(), Length(1, 128));

export class ChangePasswordDto {
  @CurrentPasswordField() current_password: string;
  @PasswordField() new_password: string;
}
