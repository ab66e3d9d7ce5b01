import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AccessTokenService } from '../../common/auth';
import { AppConfig } from '../../config';
import { OrganizationsService } from '../organizations';
import { PasswordHasher, User, UsersService } from '../users';
import { DemoLoginDisabledError, InvalidCredentialsError, RefreshTokenInvalidError } from './auth.errors';
import { DemoSeeder } from './demo-seeder';
import { LoginDto, RegisterDto, TokenPairDto } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { RefreshTokensService } from './refresh-tokens.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly throttle: LoginThrottle,
    private readonly demo: DemoSeeder,
  ) {}

  /** Hashing happens before the transaction opens, so no connection is held for it. */
  async register(input: RegisterDto): Promise<TokenPairDto> {
    const passwordHash = await this.hasher.hash(input.password);
    return this.createAccount(input, passwordHash);
  }

  @Transactional()
  private async createAccount(input: RegisterDto, passwordHash: string): Promise<TokenPairDto> {
    const user = await this.users.create({ username: input.username, email: input.email, passwordHash });
    await this.organizations.createForOwner(user.id, { name: `${user.username}'s Team` });
    return this.issuePair(user);
  }

  async login(input: LoginDto, ip: string): Promise<TokenPairDto> {
    await this.throttle.assertAllowed(input.email, ip);
    const user = await this.users.findByEmail(input.email);
    const valid =
      user && user.isActive
        ? await this.hasher.verify(user.passwordHash, input.password)
        : await this.hasher.verifyAgainstDummy(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(input.email, ip);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(input.email, ip);
    const upgradedHash = this.hasher.needsRehash(user.passwordHash) ? await this.hasher.hash(input.password) : null;
    return this.completeLogin(user, upgradedHash);
  }

  /** A bcrypt hash from the original Atlas is replaced by argon2id in the login's own transaction. */
  @Transactional()
  private async completeLogin(user: User, upgradedHash: string | null): Promise<TokenPairDto> {
    if (upgradedHash !== null && user.passwordHash !== null) {
      await this.users.replacePasswordHash(user.id, user.passwordHash, upgradedHash);
    }
    return this.issuePair(user);
  }

  async demoLogin(): Promise<TokenPairDto> {
    if (!this.config.allowDemoLogin) throw new DemoLoginDisabledError();
    return this.issuePair(await this.demo.ensureDemoWorkspace());
  }

  async refresh(refreshToken: string): Promise<TokenPairDto> {
    const result = await this.refreshTokens.rotate(refreshToken);
    if (result.status === 'reused') {
      throw new RefreshTokenInvalidError('The refresh token was already used; its session has been revoked');
    }
    if (result.status !== 'rotated') throw new RefreshTokenInvalidError();
    const user = await this.users.getActive(result.userId);
    return this.pair(user, result.token);
  }

  async logout(userId: number, refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOf(refreshToken, userId);
  }

  private async issuePair(user: User): Promise<TokenPairDto> {
    return this.pair(user, await this.refreshTokens.issue(user.id));
  }

  private async pair(user: User, refreshToken: string): Promise<TokenPairDto> {
    return {
      access_token: this.accessTokens.sign(user.id),
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: this.accessTokens.ttlSeconds,
      user: await this.users.summary(user),
    };
  }
}
