import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../config';
import { UnauthorizedError } from '../errors';

export interface AccessTokenClaims {
  sub: string;
  iss: string;
  aud: string;
  exp: number;
  iat: number;
  jti: string;
}

const ALGORITHM = 'HS256';

function keyId(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url').slice(0, 12);
}

/**
 * Access tokens: HS256 only, with iss/aud/exp/iat/jti and a `kid` header. The key ring signs with
 * JWT_SECRET_KEY and still verifies JWT_SECRET_KEY_OLD during a rotation.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt = new JwtService();
  private readonly ring: Map<string, string>;
  private readonly signingKid: string;

  constructor(private readonly config: AppConfig) {
    const { secret, previousSecret } = config.jwt;
    this.signingKid = keyId(secret);
    this.ring = new Map([[this.signingKid, secret]]);
    if (previousSecret) this.ring.set(keyId(previousSecret), previousSecret);
  }

  get ttlSeconds(): number {
    return this.config.jwt.accessTtlSeconds;
  }

  sign(userId: number): string {
    return this.jwt.sign(
      {},
      {
        secret: this.ring.get(this.signingKid),
        algorithm: ALGORITHM,
        keyid: this.signingKid,
        subject: String(userId),
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        expiresIn: this.config.jwt.accessTtlSeconds,
        jwtid: randomUUID(),
      },
    );
  }

  /** Returns the claims of a valid token; anything else is UnauthorizedError. */
  verify(token: string): AccessTokenClaims & { userId: number } {
    const header = this.jwt.decode<{ header?: { kid?: unknown; alg?: unknown } } | null>(token, { complete: true })?.header;
    const secret = typeof header?.kid === 'string' ? this.ring.get(header.kid) : undefined;
    if (!secret || header?.alg !== ALGORITHM) throw new UnauthorizedError('The access token is invalid');
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token, {
        secret,
        algorithms: [ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
      });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedError(expired ? 'The access token has expired' : 'The access token is invalid');
    }
    const userId = Number(claims.sub);
    if (!Number.isSafeInteger(userId) || userId < 1 || typeof claims.jti !== 'string') {
      throw new UnauthorizedError('The access token is invalid');
    }
    return { ...claims, userId };
  }
}
