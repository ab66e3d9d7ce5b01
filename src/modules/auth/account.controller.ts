import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { IdempotencyExempt } from '../../common/idempotency/idempotency-key';
import { ChangePasswordDto } from '../users';
import { AuthService } from './auth.service';
import { TokenPairDto } from './dto/auth.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users/me')
export class AccountController {
  constructor(private readonly auth: AuthService) {}

  @ApiOperation({ summary: 'Change password', description: 'Checks the current password, sets the new one, revokes every other session and returns a fresh token pair.' })
  @Post('password')
  @HttpCode(200)
  @IdempotencyExempt()
  @ApiOkResponse({
    type: TokenPairDto,
    description: 'A fresh pair; every other session (refresh tokens, earlier access tokens, sockets) is revoked',
  })
  @ApiProblems(
    { code: ErrorCode.INVALID_CREDENTIALS, description: 'The current password is wrong' },
    { code: ErrorCode.TOO_MANY_REQUESTS, description: 'Too many wrong passwords (throttled like logins)' },
  )
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto, @Ip() ip: string): Promise<TokenPairDto> {
    return this.auth.changePassword(user.id, body, ip);
  }
}
