import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { UserSummaryDto } from '../../users';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
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

  @ApiProperty({ minLength: 8, maxLength: 128, description: 'Longer passwords are rejected, never truncated' })
  @IsString()
  @Length(8, 128)
  password: string;
}

export class LoginDto {
  @ApiProperty({ maxLength: 254 }) @Transform(trim) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ maxLength: 128 }) @IsString() @Length(1, 128) password: string;
}

export class RefreshDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) refresh_token: string;
}

export class TokenPairDto {
  @ApiProperty() access_token: string;
  @ApiProperty() refresh_token: string;
  @ApiProperty({ enum: ['bearer'] }) token_type: 'bearer';
  @ApiProperty({ description: 'Access-token lifetime in seconds' }) expires_in: number;
  @ApiProperty({ type: UserSummaryDto }) user: UserSummaryDto;
}
