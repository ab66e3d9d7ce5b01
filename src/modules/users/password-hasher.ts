import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { compare as compareBcrypt } from 'bcryptjs';

/** argon2id (the library default) with OWASP's minimum: 19 MiB memory, 2 iterations. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** bcrypt hashes ($2a$, $2b$, $2y$) come from the original Atlas; they are replaced at the first login. */
const BCRYPT_PREFIX = '$2';

@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  /** An account without a password (imported from a GitHub-only login) is refused like a wrong password. */
  verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) return this.verifyAgainstDummy(password);
    if (passwordHash.startsWith(BCRYPT_PREFIX)) return compareBcrypt(password, passwordHash);
    return verify(passwordHash, password, OPTIONS);
  }

  /** True for a hash that verified but should be replaced by an argon2id one. */
  needsRehash(passwordHash: string | null): boolean {
    return passwordHash?.startsWith(BCRYPT_PREFIX) ?? false;
  }

  /** Spends the same time as a real check, so an unknown email is not revealed by timing. */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummy ??= this.hash('atlas-dummy-password-for-timing');
    await verify(await this.dummy, password, OPTIONS);
    return false;
  }
}
