import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library default) with OWASP's minimum: 19 MiB memory, 2 iterations. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password, OPTIONS);
  }

  /** Spends the same time as a real check, so an unknown email is not revealed by timing. */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummy ??= this.hash('atlas-dummy-password-for-timing');
    await this.verify(await this.dummy, password);
    return false;
  }
}
