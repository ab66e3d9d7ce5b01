import { createHash, createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decode, sign, verify } from 'jsonwebtoken';
import { AppConfig } from '../../config';
import { UnauthorizedError } from '../errors';

export interface AccessTokenClaims {
  sub: string;
  iss: string;
  aud: string;
  exp: number;
  iat: number;
  jti: string;
  /** The user's session version when the token was issued; revoking every session increments it. */
  sv?: number;
}

export type VerifiedAccessToken = AccessTokenClaims & { userId: number; sessionVersion: number };

const ALGORITHM = 'HS256';

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function keyId(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url').slice(0, 12);
}

/**
 * Access tokens: HS256 only, with iss/aud/exp/iat/jti and a `kid` header. The key ring signs with
 * JWT_SECRET_KEY and still verifies JWT_SECRET_KEY_OLD during a rotation.
 */
@Injectable()
export class AccessTokenService {
  /** Keys as KeyObjects: jsonwebtoken then skips trying to parse each secret as a public key. */
  private readonly ring: Map<string, KeyObject>;
  private readonly signingKid: string;
  private readonly verified = new WeakMap<object, { token: string; claims: VerifiedAccessToken }>();

  constructor(private readonly config: AppConfig) {
    const { secret, previousSecret } = config.jwt;
    this.signingKid = keyId(secret);
    this.ring = new Map([[this.signingKid, createSecretKey(Buffer.from(secret, 'utf8'))]]);
    if (previousSecret) this.ring.set(keyId(previousSecret), createSecretKey(Buffer.from(previousSecret, 'utf8')));
  }

  get ttlSeconds(): number {
    return this.config.jwt.accessTtlSeconds;
  }

  /** `sessionVersion`: the user's current `session_version` (tokens of an older one are refused). */
  sign(userId: number, sessionVersion = 0): string {
    return sign({ sv: sessionVersion }, this.ring.get(this.signingKid)!, {
      algorithm: ALGORITHM,
      keyid: this.signingKid,
      subject: String(userId),
      issuer: this.config.jwt.issuer,
      audience: this.config.jwt.audience,
      expiresIn: this.config.jwt.accessTtlSeconds,
      jwtid: randomUUID(),
    });
  }

  /**
   * `verify` once per request: the concurrency gate and the authentication guard both ask for the same
   * token, and the second ask reuses the first answer (the expiry is checked again, since the request
   * may have waited for its slot in between).
   */
  verifyFor(request: object, token: string): VerifiedAccessToken {
    const known = this.verified.get(request);
    if (known?.token === token) {
      if (Math.floor(Date.now() / 1000) >= known.claims.exp) throw new UnauthorizedError('The access token has expired');
      return known.claims;
    }
    const claims = this.verify(token);
    this.verified.set(request, { token, claims });
    return claims;
  }

  /** Returns the claims of a valid token; anything else is UnauthorizedError. */
  verify(token: string): VerifiedAccessToken {
    const header = decode(token, { complete: true })?.header;
    const secret = typeof header?.kid === 'string' ? this.ring.get(header.kid) : undefined;
    if (!secret || header?.alg !== ALGORITHM) throw new UnauthorizedError('The access token is invalid');
    let claims: AccessTokenClaims;
    try {
      claims = verify(token, secret, {
        algorithms: [ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
      }) as AccessTokenClaims;
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedError(expired ? 'The access token has expired' : 'The access token is invalid');
    }
    const userId = Number(claims.sub);
    const sessionVersion = claims.sv ?? 0;
    if (!Number.isSafeInteger(userId) || userId < 1 || typeof claims.jti !== 'string' || !isVersion(sessionVersion)) {
      throw new UnauthorizedError('The access token is invalid');
    }
    return { ...claims, userId, sessionVersion };
  }
}
