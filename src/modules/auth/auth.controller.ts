import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto, RegisterDto, TokenPairDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @ApiOperation({ summary: 'Register', description: 'Creates an account and its own organization, and signs in (access and refresh token).' })
  @Post('register')
  @ApiCreatedResponse({ type: TokenPairDto, description: "Also creates the organization \"<username>'s Team\"" })
  @ApiProblems(ErrorCode.EMAIL_TAKEN, ErrorCode.USERNAME_TAKEN)
  register(@Body() body: RegisterDto): Promise<TokenPairDto> {
    return this.auth.register(body);
  }

  @Public()
  @ApiOperation({ summary: 'Log in', description: 'Exchanges email and password for an access and a refresh token. Failed attempts are throttled per email and address (429 with Retry-After).' })
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(
    { code: ErrorCode.INVALID_CREDENTIALS, description: 'Unknown email or wrong password (indistinguishable)' },
    { code: ErrorCode.TOO_MANY_REQUESTS, description: 'Too many failed attempts for this email or address' },
  )
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<TokenPairDto> {
    return this.auth.login(body, ip);
  }

  @Public()
  @ApiOperation({ summary: 'Demo login', description: 'Signs in to a seeded demo workspace. Only when ALLOW_DEMO_LOGIN is on; otherwise 404.' })
  @Post('demo-login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'Signs in to a seeded demo workspace' })
  @ApiProblems({ code: ErrorCode.DEMO_LOGIN_DISABLED, description: 'Demo login is disabled (ALLOW_DEMO_LOGIN)' })
  demoLogin(): Promise<TokenPairDto> {
    return this.auth.demoLogin();
  }

  @Public()
  @ApiOperation({ summary: 'Refresh tokens', description: 'Rotates a refresh token into a new token pair. A reused refresh token revokes its whole session.' })
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems({ code: ErrorCode.REFRESH_TOKEN_INVALID, description: 'Unknown, expired, revoked or reused refresh token (reuse revokes its session)' })
  refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(body.refresh_token);
  }

  @ApiOperation({
    summary: 'Log out',
    description: "Revokes the session (refresh token family) of the given refresh token; an unknown token or another user's changes nothing.",
  })
  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session of this refresh token is revoked' })
  async logout(@CurrentUser() user: AuthUser, @Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(user.id, body.refresh_token);
  }

  @ApiOperation({ summary: 'Log out everywhere', description: 'Revokes every session of the caller; connected sockets receive session_revoked and are disconnected.' })
  @Post('logout-all')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({
    description: 'Every refresh token and every access token issued so far are revoked; live sockets are disconnected',
  })
  async logoutAll(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logoutAll(user.id);
  }
}
