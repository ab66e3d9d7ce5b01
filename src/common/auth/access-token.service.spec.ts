import jwt from 'jsonwebtoken';
import { AppConfig, validateEnvironment } from '../../config';
import { AccessTokenService } from './access-token.service';

const SECRET = 's'.repeat(48);

function service(vars: Record<string, string> = {}): AccessTokenService {
  const env = validateEnvironment({ JWT_SECRET_KEY: SECRET, ...vars });
  return new AccessTokenService(new AppConfig(env, { databaseUrl: 'postgresql://unused@127.0.0.1:1/unused', embeddedDatabase: false, jwtSecret: env.JWT_SECRET_KEY ?? SECRET }));
}

describe('access tokens: verified once, remembered by their text', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a second verification of the same token returns the same claims without checking the signature again', () => {
    const tokens = service();
    const token = tokens.sign(7, 3);
    const signatureChecks = jest.spyOn(jwt, 'verify');
    const first = tokens.verify(token);
    const second = tokens.verify(token);
    expect(first).toMatchObject({ userId: 7, sessionVersion: 3 });
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(signatureChecks).toHaveBeenCalledTimes(1);
  });

  it('a remembered token still expires at its exp', () => {
    const tokens = service({ JWT_ACCESS_TTL_SECONDS: '60' });
    const issuedAt = Date.now();
    const token = tokens.sign(7);
    expect(tokens.verify(token).userId).toBe(7);
    jest.spyOn(Date, 'now').mockReturnValue(issuedAt + 61_000);
    expect(() => tokens.verify(token)).toThrow('The access token has expired');
  });

  it('any other text is verified on its own: a changed signature or payload is refused after the original was remembered', () => {
    const tokens = service();
    const token = tokens.sign(7);
    tokens.verify(token);
    const [header, payload, signature] = token.split('.');
    const otherSignature = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const otherPayload = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '8' })).toString('base64url')}.${signature}`;
    for (const forged of [otherSignature, otherPayload]) {
      expect(() => tokens.verify(forged)).toThrow('The access token is invalid');
      expect(() => tokens.verify(forged)).toThrow('The access token is invalid');
    }
    expect(tokens.verify(token).userId).toBe(7);
  });

  it('a token is remembered per key ring: a service with another key refuses a token its sibling accepted', () => {
    const ours = service();
    const theirs = service({ JWT_SECRET_KEY: 't'.repeat(48) });
    const token = ours.sign(7);
    expect(ours.verify(token).userId).toBe(7);
    expect(() => theirs.verify(token)).toThrow('The access token is invalid');
  });

  it('a token verified with the previous key during a rotation is remembered like any other', () => {
    const before = service();
    const token = before.sign(7);
    const rotated = service({ JWT_SECRET_KEY: 't'.repeat(48), JWT_SECRET_KEY_OLD: SECRET });
    const signatureChecks = jest.spyOn(jwt, 'verify');
    expect(rotated.verify(token).userId).toBe(7);
    expect(rotated.verify(token).userId).toBe(7);
    expect(signatureChecks).toHaveBeenCalledTimes(1);
  });
});
