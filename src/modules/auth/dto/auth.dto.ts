import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EmailField, PasswordField, UserSummaryDto, UsernameField } from '../../users';

export class RegisterDto {
  @UsernameField() username: string;
  @EmailField() email: string;
  @PasswordField() password: string;
}

export class LoginDto {
  @EmailField() email: string;
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
