import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { ConfigurationError, Environment, validateEnvironment } from './environment';
import { MIN_JWT_SECRET_BYTES, resolveJwtSecret } from './jwt-secret';
import { redactSensitive } from './sensitive';

const VALID_SECRET = 'a-valid-signing-secret-of-at-least-32-bytes';
const THREE_BYTE_CHAR = '€';

async function caught(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown');
}

/** A ConfigurationError whose message is one line, names `variable` and never echoes `value`. */
function expectConfigurationError(error: unknown, variable: string, value?: string): string {
  expect(error).toBeInstanceOf(ConfigurationError);
  const { message } = error as ConfigurationError;
  expect(message).not.toMatch(/[\r\n]/);
  expect(message).toMatch(new RegExp(`\\b${variable}\\b`));
  if (value !== undefined) expect(message).not.toContain(value);
  return message;
}

describe('validateEnvironment', () => {
  it('applies the defaults when variables are unset or empty', () => {
    const env = validateEnvironment({ PORT: '', JWT_ACCESS_TTL_SECONDS: undefined });
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      JWT_ACCESS_TTL_SECONDS: 900,
      DATA_DIR: '.data',
      EMBEDDED_POSTGRES_PORT: 54329,
      LOG_LEVEL: 'info',
      INVITATION_TTL_DAYS: 7,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.JWT_SECRET_KEY).toBeUndefined();
  });

  it('converts numeric variables', () => {
    expect(validateEnvironment({ PORT: '8080', JWT_ACCESS_TTL_SECONDS: '600', INVITATION_TTL_DAYS: '14' })).toMatchObject({
      PORT: 8080,
      JWT_ACCESS_TTL_SECONDS: 600,
      INVITATION_TTL_DAYS: 14,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['INVITATION_TTL_DAYS', '0'],
    ['INVITATION_TTL_DAYS', '366'],
    ['INVITATION_TTL_DAYS', '1.5'],
  ])('refuses %s=%s with a one-line message naming the variable', async (variable, value) => {
    const error = await caught(() => validateEnvironment({ [variable]: value }));
    expectConfigurationError(error, variable, value);
  });

  it('lists every invalid variable in the same line', async () => {
    const message = expectConfigurationError(
      await caught(() => validateEnvironment({ PORT: 'abc', LOG_LEVEL: 'loud' })),
      'PORT',
    );
    expect(message).toMatch(/\bLOG_LEVEL\b/);
  });
});

describe('resolveJwtSecret', () => {
  let dir: string;
  let secretFile: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-config-spec-'));
    secretFile = join(dir, 'data', 'jwt-secret');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const resolve = (vars: NodeJS.ProcessEnv, embeddedDatabase = true) =>
    resolveJwtSecret(validateEnvironment(vars), { embeddedDatabase, secretFile });

  describe('JWT_SECRET_KEY', () => {
    it(`refuses a key shorter than ${MIN_JWT_SECRET_BYTES} bytes without echoing it`, async () => {
      const value = 'tiny-secret-value';
      const message = expectConfigurationError(await caught(() => resolve({ JWT_SECRET_KEY: value })), 'JWT_SECRET_KEY', value);
      expect(message).toMatch(/\b32 bytes\b/);
    });

    it('accepts exactly 32 ASCII bytes and refuses 31', async () => {
      await expect(resolve({ JWT_SECRET_KEY: 'x'.repeat(32) })).resolves.toEqual({ secret: 'x'.repeat(32) });
      expectConfigurationError(await caught(() => resolve({ JWT_SECRET_KEY: 'x'.repeat(31) })), 'JWT_SECRET_KEY');
    });

    it('counts UTF-8 bytes, not characters', async () => {
      const accepted = THREE_BYTE_CHAR.repeat(11);
      const refused = THREE_BYTE_CHAR.repeat(10);
      await expect(resolve({ JWT_SECRET_KEY: accepted })).resolves.toEqual({ secret: accepted });
      const message = expectConfigurationError(await caught(() => resolve({ JWT_SECRET_KEY: refused })), 'JWT_SECRET_KEY', refused);
      expect(message).toMatch(/\b32 bytes\b/);
    });

    it('does not write a secret file when the key is given', async () => {
      await resolve({ JWT_SECRET_KEY: VALID_SECRET });
      expect(existsSync(secretFile)).toBe(false);
    });
  });

  describe('JWT_SECRET_KEY_OLD', () => {
    it('refuses a short previous key, naming it', async () => {
      const value = 'old-tiny-secret';
      const error = await caught(() => resolve({ JWT_SECRET_KEY: VALID_SECRET, JWT_SECRET_KEY_OLD: value }));
      expect(expectConfigurationError(error, 'JWT_SECRET_KEY_OLD', value)).toMatch(/\b32 bytes\b/);
    });

    it('counts UTF-8 bytes, not characters', async () => {
      await expect(
        resolve({ JWT_SECRET_KEY: VALID_SECRET, JWT_SECRET_KEY_OLD: THREE_BYTE_CHAR.repeat(11) }),
      ).resolves.toEqual({ secret: VALID_SECRET });
      const refused = THREE_BYTE_CHAR.repeat(10);
      const error = await caught(() => resolve({ JWT_SECRET_KEY: VALID_SECRET, JWT_SECRET_KEY_OLD: refused }));
      expectConfigurationError(error, 'JWT_SECRET_KEY_OLD', refused);
    });
  });

  describe('when JWT_SECRET_KEY is unset', () => {
    it('is required when NODE_ENV=production', async () => {
      expectConfigurationError(await caught(() => resolve({ NODE_ENV: 'production' })), 'JWT_SECRET_KEY');
      expect(existsSync(secretFile)).toBe(false);
    });

    it('is required with an external database', async () => {
      expectConfigurationError(await caught(() => resolve({}, false)), 'JWT_SECRET_KEY');
      expect(existsSync(secretFile)).toBe(false);
    });

    it('generates a 0600 secret file on the embedded database, with a warning', async () => {
      const { secret, warning } = await resolve({});

      expect(secret).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(secret, 'base64url').length).toBeGreaterThanOrEqual(64);
      expect(warning).toEqual(expect.stringContaining('JWT_SECRET_KEY'));
      expect(warning).not.toContain(secret);
      expect((await stat(secretFile)).mode & 0o777).toBe(0o600);
      expect((await readFile(secretFile, 'utf8')).trim()).toBe(secret);
    });

    it('reuses the generated secret on the next start', async () => {
      const first = await resolve({});
      const second = await resolve({});
      expect(second.secret).toBe(first.secret);
      expect(second.warning).toEqual(expect.stringContaining('JWT_SECRET_KEY'));
    });
  });
});

describe('AppConfig.toJSON', () => {
  it('never renders the secrets or the database URL', () => {
    const databaseUrl = 'postgresql://atlas:db-password-4711@db.internal:5432/atlas';
    const previousSecret = 'previous-signing-secret-of-32-bytes-or-more';
    const redisUrl = 'redis://:redis-password-0815@cache.internal:6379';
    const env: Environment = validateEnvironment({
      DATABASE_URL: databaseUrl,
      JWT_SECRET_KEY: VALID_SECRET,
      JWT_SECRET_KEY_OLD: previousSecret,
      REDIS_URL: redisUrl,
    });
    const config = new AppConfig(env, { databaseUrl, embeddedDatabase: false, jwtSecret: VALID_SECRET });

    const rendered = JSON.stringify(config);

    for (const hidden of [VALID_SECRET, previousSecret, databaseUrl, 'db-password-4711', redisUrl, 'redis-password-0815']) {
      expect(rendered).not.toContain(hidden);
    }
    expect(config.jwt.secret).toBe(VALID_SECRET);
    expect(config.databaseUrl).toBe(databaseUrl);
  });
});

describe('redactSensitive', () => {
  it('replaces every variable marked sensitive and keeps the rest', () => {
    const env = validateEnvironment({
      JWT_SECRET_KEY: 'k'.repeat(40),
      JWT_SECRET_KEY_OLD: 'o'.repeat(40),
      DATABASE_URL: 'postgresql://user:hunter2@db/atlas',
      REDIS_URL: 'redis://:hunter3@cache:6379',
      PORT: '4000',
    });
    const shown = JSON.stringify(redactSensitive(env));
    for (const secret of ['kkkk', 'oooo', 'hunter2', 'hunter3']) expect(shown).not.toContain(secret);
    expect(redactSensitive(env)).toMatchObject({ PORT: 4000, JWT_SECRET_KEY: '[redacted]', DATABASE_URL: '[redacted]' });
  });
});
