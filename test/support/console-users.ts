import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BrowserUser } from './browser';
import { createTestApp, type TestApp } from './test-app';
import { ensureWebConsoleBuilt } from './web-build';

export const PASSWORD = 'correct horse battery';

export interface Account {
  id: number;
  username: string;
  email: string;
  access_token: string;
  refresh_token: string;
}

export const unique = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;

/**
 * The people of a console test: accounts made over HTTP, each browser user in its own Chromium profile,
 * and the calls that set up their world through the API. `closeAll` after each test.
 */
export class ConsoleUsers {
  readonly open: BrowserUser[] = [];

  constructor(private readonly t: TestApp) {}

  async browser(): Promise<Page> {
    const user = await BrowserUser.open();
    user.context.setDefaultTimeout(20_000);
    this.open.push(user);
    return user.page;
  }

  /** Closes the browser of `page` (the user leaves), keeping the others open. */
  async leave(page: Page): Promise<void> {
    const index = this.open.findIndex((user) => user.page === page);
    const [user] = this.open.splice(index, 1);
    await user.close();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((user) => user.close()));
  }

  async register(username = unique('user')): Promise<Account> {
    const email = `${username}@example.test`;
    const response = await this.t.http.post('/api/v1/auth/register').send({ username, email, password: PASSWORD }).expect(201);
    return { ...response.body, id: response.body.user.id, username, email };
  }

  api(account: Account, organizationId?: string) {
    const authorized = <T extends { set(name: string, value: string): T }>(call: T): T => {
      const withToken = call.set('Authorization', `Bearer ${account.access_token}`);
      return organizationId ? withToken.set('X-Organization-Id', organizationId) : withToken;
    };
    return {
      post: (path: string, body: object = {}) => authorized(this.t.http.post(path)).send(body),
      patch: (path: string, body: object) => authorized(this.t.http.patch(path)).send(body),
      get: (path: string) => authorized(this.t.http.get(path)),
    };
  }

  /** Makes `member` a developer of `owner`'s personal organization; returns its id. */
  async join(owner: Account, member: Account): Promise<string> {
    const organization = (await this.api(owner).get('/api/v1/organizations/my-organization').expect(200)).body;
    const invitation = (await this.api(owner).post('/api/v1/organizations/invitations', { email: member.email, role: 'developer' }).expect(201)).body;
    await this.api(member).post(`/api/v1/organizations/invitations/${invitation.id}/accept`).expect(200);
    return organization.id as string;
  }

  async signIn(page: Page, account: Account): Promise<void> {
    await page.goto(`${this.t.url}/app/`);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email').fill(account.email);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('username').filter({ hasText: account.username }).waitFor();
  }
}

export interface ConsoleSuite {
  /** The server of the suite (set in its beforeAll). */
  readonly t: TestApp;
  readonly people: ConsoleUsers;
  /** Every open browser user, for the screenshots of a failed test. */
  users(): BrowserUser[];
}

/**
 * The hooks of a console suite: the console built, one server with its own database for the suite, every
 * browser closed after each test, the server stopped at the end.
 */
export function consoleSuite(env: Record<string, string> = {}): ConsoleSuite {
  let t: TestApp | undefined;
  let people: ConsoleUsers | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the console suite has not started (used outside a test?)');
    return value;
  };
  jest.setTimeout(120_000);
  beforeAll(async () => {
    ensureWebConsoleBuilt();
    t = await createTestApp({ env });
    people = new ConsoleUsers(t);
  });
  afterEach(async () => people?.closeAll());
  afterAll(async () => t?.close());
  return {
    get t() {
      return started(t);
    },
    get people() {
      return started(people);
    },
    users: () => people?.open ?? [],
  };
}
