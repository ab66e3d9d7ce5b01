import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from '../../common/http/transforms';

/** The validation of account fields, shared by registration and add-member. */
export const UsernameField = () =>
  applyDecorators(
    ApiProperty({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9_.-]+$' }),
    Trim(),
    IsString(),
    Length(3, 50),
    Matches(/^[A-Za-z0-9_.-]+$/, { message: 'username may contain letters, digits, dots, dashes and underscores' }),
  );

export const EmailField = () =>
  applyDecorators(ApiProperty({ format: 'email', maxLength: 254 }), Trim(), IsEmail(), MaxLength(254));

/** Longer passwords are rejected, never truncated. */
export const PasswordField = () =>
  applyDecorators(
    ApiProperty({ minLength: 8, maxLength: 128, description: 'Longer passwords are rejected, never truncated' }),
    IsString(),
    Length(8, 128),
  );
