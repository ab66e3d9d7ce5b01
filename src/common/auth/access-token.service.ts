import { createHash, createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decode, sign, verify } from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
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
/** Verified tokens remembered per process (a few hundred bytes each). */
const REMEMBERED_TOKENS = 10_000;

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
  /**
   * Tokens that passed verification, by their exact text. Whether a token verifies depends only on its
   * text, the key ring (fixed for the life of the process) and the clock, through `exp`: a remembered
   * token skips the signature check and is checked for expiry again. Revocation is not decided here (the
   * account check reads the session version on every request), so remembering delays no logout.
   */
  private readonly verified = new LRUCache<string, VerifiedAccessToken>({ max: REMEMBERED_TOKENS });

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
   * Returns the claims of a valid token; anything else is UnauthorizedError. The concurrency gate and the
   * authentication guard both verify a request's token: the second is a hit.
   */
  verify(token: string): VerifiedAccessToken {
    const known = this.verified.get(token);
    if (known) {
      if (Math.floor(Date.now() / 1000) >= known.exp) throw new UnauthorizedError('The access token has expired');
      return known;
    }
    const verified = this.verifySignedToken(token);
    // A token with a not-before time would verify differently later; Atlas never issues one.
    if (!('nbf' in verified)) this.verified.set(token, verified);
    return verified;
  }

  private verifySignedToken(token: string): VerifiedAccessToken {
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
    return Object.freeze({ ...claims, userId, sessionVersion });
  }
}
