/**
 * Anchor: plain node:http (and, with DATABASE_URL, pg) answering `GET /` and the first page of
 * `GET /api/v1/notifications` with the same work as Atlas: verify the bearer token (HS256, kid,
 * iss, aud), check the account (active, session version) and read the counter and the page in one
 * statement, sign the next cursor.
 *
 *   PORT=... JWT_SECRET_KEY=... [DATABASE_URL=...] node -r ts-node/register/transpile-only bench/anchors/plain-node.ts
 */
import { createHash, createHmac, createSecretKey } from 'node:crypto';
import { createServer, ServerResponse } from 'node:http';
import { decode, verify } from 'jsonwebtoken';
import { Pool } from 'pg';

const PAGE_LIMIT = 20;
const ROOT_BODY = JSON.stringify({ name: 'Atlas', version: 'v1', docs: '/docs', health: '/health' });

const secret = process.env.JWT_SECRET_KEY ?? '';
const kid = createHash('sha256').update(secret).digest('base64url').slice(0, 12);
const key = createSecretKey(Buffer.from(secret, 'utf8'));
const cursorKey = createHmac('sha256', secret).update('atlas:pagination-cursor').digest();
const pool = process.env.DATABASE_URL ? new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) : undefined;

interface NotificationRow {
  id: number;
  type: string;
  title: string;
  message: string;
  link: string | null;
  read: boolean;
  read_at: Date | null;
  created_at: Date;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function verifiedToken(authorization: string | undefined): { userId: number; sessionVersion: number } | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token || decode(token, { complete: true })?.header.kid !== kid) return undefined;
  try {
    const claims = verify(token, key, { algorithms: ['HS256'], issuer: 'atlas', audience: 'atlas-api' }) as { sub: string; sv?: number };
    return { userId: Number(claims.sub), sessionVersion: claims.sv ?? 0 };
  } catch {
    return undefined;
  }
}

function cursor(userId: number, last: NotificationRow): string {
  const payload = Buffer.from(JSON.stringify([last.created_at.toISOString(), last.id])).toString('base64url');
  const signature = createHmac('sha256', cursorKey)
    .update(`notifications:${userId}:all`)
    .update('\0')
    .update(payload)
    .digest()
    .subarray(0, 16);
  return `${payload}.${signature.toString('base64url')}`;
}

async function notifications(db: Pool, authorization: string | undefined, res: ServerResponse): Promise<void> {
  const verified = verifiedToken(authorization);
  if (verified === undefined) return send(res, 401, '{"status":401}');
  const { userId, sessionVersion } = verified;
  // One statement, as Atlas sends it: the account check, the counter and the page (read only for an account that passes).
  const page = await db.query<NotificationRow & { session_version: number | null; total: number }>(
    `SELECT v.version AS session_version, coalesce(c.total, 0) AS total, n.*
       FROM (SELECT (SELECT u.session_version FROM users u WHERE u.id = $1 AND u.is_active) AS version) v
       LEFT JOIN notification_counters c ON c.user_id = $1
       LEFT JOIN LATERAL (
         SELECT id, type, title, message, link, read, read_at, created_at FROM notifications
          WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2
       ) n ON v.version <= $3
      ORDER BY n.created_at DESC, n.id DESC`,
    [userId, PAGE_LIMIT + 1, sessionVersion],
  );
  const [first] = page.rows;
  if (first.session_version === null || sessionVersion < first.session_version) return send(res, 401, '{"status":401}');
  const total = first.total;
  const rows = page.rows.filter((row) => row.id !== null);
  const hasMore = rows.length > PAGE_LIMIT;
  if (hasMore) rows.pop();
  const items = rows.map((n) => ({
    id: n.id,
    type: n.type,
    title: n.title,
    message: n.message,
    link: n.link,
    read: n.read,
    created_at: n.created_at.toISOString(),
    read_at: n.read_at ? n.read_at.toISOString() : null,
  }));
  const next_cursor = hasMore ? cursor(userId, rows[rows.length - 1]) : null;
  send(res, 200, JSON.stringify({ items, total, skip: 0, limit: PAGE_LIMIT, next_cursor }));
}

createServer((req, res) => {
  if (req.url === '/') return send(res, 200, ROOT_BODY);
  if (pool && req.url === '/api/v1/notifications') {
    notifications(pool, req.headers.authorization, res).catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      send(res, 500, '{"status":500}');
    });
    return;
  }
  send(res, 404, '{"status":404}');
}).listen(Number(process.env.PORT), '127.0.0.1');
