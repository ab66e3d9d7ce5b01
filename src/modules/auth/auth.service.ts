import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AccessTokenService } from '../../common/auth';
import { AppConfig } from '../../config';
import { OrganizationsService } from '../organizations';
import { OutboxService } from '../outbox';
import { ChangePasswordDto, PasswordHasher, User, UsersService } from '../users';
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
    private readonly outbox: OutboxService,
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
    // The version read under the rotation's lock: a revocation that committed since still wins.
    return this.pair({ ...user, sessionVersion: result.sessionVersion }, result.token);
  }

  async logout(userId: number, refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOf(refreshToken, userId);
  }

  /**
   * Checks the current password (a wrong one is a 401, throttled like a login), then replaces it and
   * revokes every session of the user: their refresh tokens, every access token issued before (by the
   * session version), and their live sockets on every instance. Answers with a fresh pair.
   */
  async changePassword(userId: number, input: ChangePasswordDto, ip: string): Promise<TokenPairDto> {
    const user = await this.users.getActive(userId);
    await this.throttle.assertAllowed(user.email, ip);
    if (!(await this.hasher.verify(user.passwordHash, input.current_password))) {
      await this.throttle.recordFailure(user.email, ip);
      throw new InvalidCredentialsError('The current password is incorrect');
    }
    await this.throttle.recordSuccess(user.email, ip);
    return this.replacePassword(user, await this.hasher.hash(input.new_password));
  }

  /** Revokes every refresh token and every access token of the user issued so far, and their sockets. */
  @Transactional()
  async logoutAll(userId: number): Promise<void> {
    await this.revokeEverySession(userId, 'logout_all', null);
  }

  @Transactional()
  private async replacePassword(user: User, passwordHash: string): Promise<TokenPairDto> {
    const sessionVersion = await this.revokeEverySession(user.id, 'password_changed', passwordHash);
    return this.issuePair({ ...user, sessionVersion });
  }

  /** The users row is updated first: its lock orders this against a concurrent login or refresh. */
  private async revokeEverySession(userId: number, reason: string, passwordHash: string | null): Promise<number> {
    const sessionVersion =
      passwordHash === null ? await this.users.revokeSessions(userId) : await this.users.changePasswordHash(userId, passwordHash);
    await this.refreshTokens.revokeAllOf(userId);
    await this.outbox.revokeSessions(userId, reason);
    return sessionVersion;
  }

  /** A login's pair; a revocation that committed since the password was checked makes it a 401. */
  private async issuePair(user: User): Promise<TokenPairDto> {
    const refreshToken = await this.refreshTokens.issueFor(user);
    if (refreshToken === null) throw new InvalidCredentialsError();
    return this.pair(user, refreshToken);
  }

  private async pair(user: User, refreshToken: string): Promise<TokenPairDto> {
    return {
      access_token: this.accessTokens.sign(user.id, user.sessionVersion),
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: this.accessTokens.ttlSeconds,
      user: await this.users.summary(user),
    };
  }
}
