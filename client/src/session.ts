import type { components } from './schema.js';

export type TokenResponse = components['schemas']['TokenPairDto'];

/** The pair a signed-in client holds; the refresh token rotates on every refresh. */
export interface Tokens {
  access_token: string;
  refresh_token: string;
}

export interface SessionOptions {
  baseUrl: string;
  tokens?: Tokens | null;
  /** Called with every new pair (sign-in and each rotation) and with null on sign-out: persist it here. */
  onTokens?: (tokens: Tokens | null) => void;
  /** Called once when the server refused the refresh token: the user must sign in again. */
  onSignOut?: () => void;
  fetch?: typeof fetch;
}

export const REFRESH_PATH = '/api/v1/auth/refresh';

/**
 * Holds the token pair and refreshes it. At most one refresh is in flight: every request that got a 401
 * while it runs waits for the same outcome, so a rotated refresh token is never presented twice (a reuse
 * would revoke the whole family). A refresh the server refuses (4xx) clears the pair and signals sign-out;
 * a refresh that could not reach the server keeps the pair, so a later request can try again.
 */
export class Session {
  private tokens: Tokens | null;
  private refreshing: Promise<Tokens | null> | null = null;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: SessionOptions) {
    this.tokens = options.tokens ?? null;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get current(): Tokens | null {
    return this.tokens;
  }

  set(tokens: Tokens | null): void {
    this.tokens = tokens ? { access_token: tokens.access_token, refresh_token: tokens.refresh_token } : null;
    this.options.onTokens?.(this.tokens);
  }

  /**
   * A fresh pair after `rejectedAccessToken` got a 401: the pair another caller already refreshed to, the
   * outcome of the refresh in flight, or a new refresh. Null when there is none (signed out).
   */
  async renew(rejectedAccessToken: string | undefined): Promise<Tokens | null> {
    if (this.tokens && rejectedAccessToken !== undefined && this.tokens.access_token !== rejectedAccessToken) {
      return this.tokens;
    }
    if (!this.refreshing) {
      this.refreshing = this.refresh().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async refresh(): Promise<Tokens | null> {
    const presented = this.tokens;
    if (!presented) return null;
    const response = await this.fetchImpl(`${this.options.baseUrl}${REFRESH_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refresh_token: presented.refresh_token }),
    }).catch(() => undefined);
    if (!response || response.status >= 500) {
      await response?.body?.cancel();
      return null;
    }
    if (!response.ok) {
      await response.body?.cancel();
      // Signed in again meanwhile: that newer pair stands.
      if (this.tokens === presented) {
        this.set(null);
        this.options.onSignOut?.();
      }
      return null;
    }
    const pair = (await response.json()) as TokenResponse;
    this.set(pair);
    return this.tokens;
  }
}
