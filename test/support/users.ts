import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../../src/common/auth';
import type { TestApp } from './test-app';

export interface TestUser {
  id: number;
  username: string;
  email: string;
  organizationId: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

/**
 * Inserts a user who owns an organization of their own, straight into the database, and signs an
 * access token for them. Pass `organizationId` to make them a member of another organization instead.
 */
export async function createUser(
  t: TestApp,
  options: { organizationId?: string; role?: string; username?: string } = {},
): Promise<TestUser> {
  const db = t.app.get(DataSource);
  const username = options.username ?? `user_${randomBytes(5).toString('hex')}`;
  const email = `${username}@example.test`;
  const [{ id }] = await db.query<{ id: number }[]>(
    `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, 'not-a-login-account') RETURNING id`,
    [username, email],
  );
  let organizationId = options.organizationId;
  if (!organizationId) {
    [{ id: organizationId }] = await db.query<{ id: string }[]>(
      `INSERT INTO organizations (name, owner_id) VALUES ($1, $2) RETURNING id`,
      [`${username}'s Team`, id],
    );
  }
  await db.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, $3)`, [
    organizationId,
    id,
    options.role ?? (options.organizationId ? 'developer' : 'owner'),
  ]);
  const token = t.app.get(AccessTokenService).sign(id);
  return { id, username, email, organizationId, token, auth: `Bearer ${token}` };
}

/** Inserts a project owned by `owner` in their organization. */
export async function createProject(t: TestApp, owner: TestUser, name = 'Project'): Promise<string> {
  const [{ id }] = await t.app
    .get(DataSource)
    .query<{ id: string }[]>(`INSERT INTO projects (organization_id, owner_id, name) VALUES ($1, $2, $3) RETURNING id`, [
      owner.organizationId,
      owner.id,
      name,
    ]);
  return id;
}

/** Makes `user` a member of another organization (directly, as if they had joined it). */
export async function joinOrganization(t: TestApp, user: TestUser, organizationId: string, role = 'developer'): Promise<void> {
  await t.app
    .get(DataSource)
    .query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, $3)`, [organizationId, user.id, role]);
}

export const TEST_PASSWORD = 'correct horse battery';

/** Registers through the API (a real password, their own team) and returns the same shape as `createUser`. */
export async function registerUser(t: TestApp, prefix = 'reg'): Promise<TestUser & { refreshToken: string }> {
  const username = `${prefix}_${randomBytes(4).toString('hex')}`;
  const email = `${username}@example.test`;
  const res = await t.http.post('/api/v1/auth/register').send({ username, email, password: TEST_PASSWORD });
  if (res.status !== 201) throw new Error(`register answered ${res.status}: ${JSON.stringify(res.body)}`);
  const [{ id: organizationId }] = await t.app
    .get(DataSource)
    .query<{ id: string }[]>(`SELECT id FROM organizations WHERE owner_id = $1`, [res.body.user.id]);
  const token: string = res.body.access_token;
  return { id: res.body.user.id, username, email, organizationId, token, auth: `Bearer ${token}`, refreshToken: res.body.refresh_token };
}
