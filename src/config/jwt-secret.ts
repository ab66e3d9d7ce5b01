import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, Environment } from './environment';

export const MIN_JWT_SECRET_BYTES = 32;

function checkLength(name: string, value: string): void {
  if (Buffer.byteLength(value, 'utf8') < MIN_JWT_SECRET_BYTES) {
    throw new ConfigurationError(
      `Invalid configuration: ${name} must be at least ${MIN_JWT_SECRET_BYTES} bytes long (it signs access tokens)`,
    );
  }
}

export interface ResolvedSecret {
  secret: string;
  /** Set when a development secret was generated or reused from the data folder. */
  warning?: string;
}

/**
 * JWT_SECRET_KEY is required in production and with an external database. Only for local
 * development on the embedded database is a random secret generated once and kept (0600).
 */
export async function resolveJwtSecret(
  env: Environment,
  options: { embeddedDatabase: boolean; secretFile: string },
): Promise<ResolvedSecret> {
  if (env.JWT_SECRET_KEY_OLD !== undefined) checkLength('JWT_SECRET_KEY_OLD', env.JWT_SECRET_KEY_OLD);
  if (env.JWT_SECRET_KEY !== undefined) {
    checkLength('JWT_SECRET_KEY', env.JWT_SECRET_KEY);
    return { secret: env.JWT_SECRET_KEY };
  }
  if (env.NODE_ENV === 'production') {
    throw new ConfigurationError('Invalid configuration: JWT_SECRET_KEY is required when NODE_ENV=production');
  }
  if (!options.embeddedDatabase) {
    throw new ConfigurationError(
      'Invalid configuration: JWT_SECRET_KEY is required when DATABASE_URL is set (a generated secret is only for the embedded development database)',
    );
  }
  const warning = `JWT_SECRET_KEY is unset: using a generated development-only secret from ${options.secretFile}; set JWT_SECRET_KEY for any shared or production use`;
  if (!existsSync(options.secretFile)) {
    await mkdir(dirname(options.secretFile), { recursive: true, mode: 0o755 });
    try {
      await writeFile(options.secretFile, randomBytes(64).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another instance starting on the same data folder wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const secret = (await readFile(options.secretFile, 'utf8')).trim();
  checkLength(`the generated secret in ${options.secretFile} (delete it to regenerate)`, secret);
  return { secret, warning };
}
