import { isBcryptHash } from '../normalise';
import { insertRows, StepContext, streamTable, textFor } from './pipeline';

interface SourceUser {
  id: string;
  username: string | null;
  email: string | null;
  password_hash: string | null;
  avatar_url: string | null;
  is_active: boolean | null;
  created_at: string | null;
  updated_at: string | null;
  /** The account that a case-insensitive duplicate email is merged into (itself when unique). */
  survivor_id: string;
}

/**
 * Accounts sharing an email (compared case-insensitively) become one: the one with a password, then the
 * active one, then the oldest survives. Survivors come first, so every duplicate finds its account mapped.
 */
const USERS_SQL = `
  SELECT id::text AS id, username, email, password_hash, avatar_url, is_active,
         created_at::text AS created_at, updated_at::text AS updated_at, survivor_id::text AS survivor_id
    FROM (SELECT u.*,
                 CASE WHEN nullif(btrim(u.email), '') IS NULL THEN u.id
                      ELSE first_value(u.id) OVER (
                             PARTITION BY lower(btrim(u.email))
                             ORDER BY (coalesce(u.password_hash, '') <> '') DESC, coalesce(u.is_active, true) DESC, u.id)
                 END AS survivor_id
            FROM users u) s
   ORDER BY (id <> survivor_id), id`;

const USERNAME_PATTERN = /[^A-Za-z0-9_.-]+/g;

/** A placeholder that can never receive mail (RFC 2606 reserves `.invalid`). */
export function placeholderEmail(sourceId: string): string {
  return `original-user-${sourceId}@import.invalid`;
}

export async function importUsers(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const usernameMax = target.limit('users', 'username');
  const emailMax = target.limit('users', 'email');
  await streamTable<SourceUser>(ctx, 'users', USERS_SQL, async (rows) => {
    await importAccounts(ctx, rows.filter((r) => r.id === r.survivor_id), usernameMax, emailMax);
    const duplicates = rows.filter((r) => r.id !== r.survivor_id);
    for (const row of duplicates) {
      target.rememberUser(row.id, target.user(row.survivor_id)!);
      report.merge('users', row.id, `users ${row.survivor_id}`, 'same email as another account (compared case-insensitively)');
    }
    await target.remember('users', duplicates.map((r) => r.id), duplicates.map((r) => String(target.user(r.id))));
  });
}

async function importAccounts(ctx: StepContext, survivors: SourceUser[], usernameMax: number, emailMax: number): Promise<void> {
  const { report, target } = ctx;
  if (survivors.length === 0) return;

  const emails = survivors.map((row) => {
    const email = row.email?.trim() ?? '';
    if (email === '') {
      report.adjust('users', row.id, `no email: imported with the placeholder ${placeholderEmail('<id>')}, which cannot sign in until an address is set`);
      return placeholderEmail(row.id);
    }
    if (email.length > emailMax) {
      report.adjust('users', row.id, `email longer than ${emailMax} characters: imported with a placeholder address`);
      return placeholderEmail(row.id);
    }
    return email;
  });
  const existing = new Map(
    (
      await target.query<{ id: number; key: string }>(
        `SELECT id, lower(email) AS key FROM users WHERE lower(email) = ANY($1::text[])`,
        [emails.map((e) => e.toLowerCase())],
      )
    ).map((r) => [r.key, r.id]),
  );

  const fresh: { row: SourceUser; email: string; username: string }[] = [];
  const merged: { row: SourceUser; atlasId: number }[] = [];
  survivors.forEach((row, i) => {
    const atlasId = existing.get(emails[i].toLowerCase());
    if (atlasId === undefined) fresh.push({ row, email: emails[i], username: baseUsername(row, usernameMax) });
    else merged.push({ row, atlasId });
  });
  for (const { row, atlasId } of merged) {
    target.rememberUser(row.id, atlasId);
    report.merge('users', row.id, `Atlas user ${atlasId}`, 'an Atlas account with this email already exists; it keeps its own password');
  }
  await target.remember('users', merged.map((m) => m.row.id), merged.map((m) => String(m.atlasId)));
  if (fresh.length === 0) return;

  await resolveUsernames(ctx, fresh, usernameMax);
  const values = fresh.map(({ row, email, username }) => {
    let hash = row.password_hash && row.password_hash.trim() !== '' ? row.password_hash.trim() : null;
    if (hash === null) {
      report.adjust('users', row.id, 'no password (GitHub sign-in): imported without one; login is refused until one is set by a password reset');
    } else if (!isBcryptHash(hash)) {
      report.adjust('users', row.id, 'password hash is not bcrypt: imported without a password');
      hash = null;
    }
    const avatar = textFor(ctx, 'users', row.id, row.avatar_url, { table: 'users', column: 'avatar_url' });
    const createdAt = row.created_at ?? new Date().toISOString();
    return [username, email, hash, avatar, row.is_active ?? true, createdAt, row.updated_at ?? createdAt];
  });
  const inserted = await insertRows(
    target,
    'users',
    [
      { name: 'username', type: 'varchar' },
      { name: 'email', type: 'varchar' },
      { name: 'password_hash', type: 'text' },
      { name: 'avatar_url', type: 'varchar' },
      { name: 'is_active', type: 'boolean' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    values,
    'RETURNING id, username',
  );
  const idByUsername = new Map(inserted.map((r) => [r.username as string, r.id as number]));
  const atlasIds = fresh.map((f) => idByUsername.get(f.username)!);
  fresh.forEach((f, i) => target.rememberUser(f.row.id, atlasIds[i]));
  ctx.createdUserIds.push(...atlasIds);
  await target.remember('users', fresh.map((f) => f.row.id), atlasIds.map(String));
  report.counts('users').imported += fresh.length;
}

/** Atlas usernames are 3..50 of letters, digits, dots, dashes and underscores. */
function baseUsername(row: SourceUser, max: number): string {
  const cleaned = (row.username ?? '').trim().replace(USERNAME_PATTERN, '_');
  const name = cleaned.length >= 3 ? cleaned : `user_${row.id}`;
  return name.slice(0, max);
}

/** A username taken in Atlas (or twice in the batch) gets the original id as a suffix (reported). */
async function resolveUsernames(ctx: StepContext, fresh: { row: SourceUser; username: string }[], max: number): Promise<void> {
  const candidates = fresh.flatMap((f) => [f.username, ...suffixed(f.username, f.row.id, max)]);
  const taken = new Set(
    (await ctx.target.query<{ username: string }>(`SELECT username FROM users WHERE username = ANY($1::text[])`, [candidates])).map(
      (r) => r.username,
    ),
  );
  for (const f of fresh) {
    const original = f.row.username ?? '';
    const chosen = [f.username, ...suffixed(f.username, f.row.id, max)].find((name) => !taken.has(name));
    if (!chosen) throw new Error(`no free username for original user ${f.row.id}`);
    taken.add(chosen);
    if (chosen !== original) ctx.report.adjust('users', f.row.id, 'username changed (taken in Atlas, or not a valid Atlas username)');
    f.username = chosen;
  }
}

function suffixed(base: string, id: string, max: number): string[] {
  return ['', '_2', '_3'].map((extra) => {
    const suffix = `_${id}${extra}`;
    return `${base.slice(0, max - suffix.length)}${suffix}`;
  });
}
