import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Rooms } from '../src/common/realtime';
import { OutboxNotifier, OutboxRelay, OutboxRetention } from '../src/modules/outbox';
import { ClientSocket, closeAll, connect, eventually, recordUnchecked } from './support/sockets';
import { createTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { createUser } from './support/users';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const pendingIn = (db: DataSource, room: string) =>
  db
    .query(`SELECT count(*)::int AS n FROM outbox_events WHERE room = $1 AND delivered_at IS NULL`, [room])
    .then(([{ n }]: { n: number }[]) => n);

describe('outbox relay and dispatcher: crash safety and single delivery across instances', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    closeAll(open.splice(0));
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });
  afterAll(async () => database.drop());

  const boot = async (env?: Record<string, string>) => {
    const app = await createTestApp({ database, env });
    apps.push(app);
    return app;
  };

  it('rows committed while no app runs are delivered and marked delivered when one starts', async () => {
    const first = await boot();
    const user = await createUser(first);
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    const room = Rooms.user(user.id);
    const ids = await withClient(database.url, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO outbox_events (room, event, payload) SELECT $1, 'notification', jsonb_build_object('n', g)
           FROM generate_series(1, 3) g RETURNING id`,
        [room],
      );
      return rows.map((r) => r.id);
    });
    const second = await boot();
    const db = second.app.get(DataSource);
    await eventually(async () => (await pendingIn(db, room)) === 0, 'the rows are delivered after the restart');
    const rows = await db.query(`SELECT id::text, delivered_at FROM outbox_events WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
    expect(rows).toHaveLength(3);
    rows.forEach((r: { delivered_at: Date | null }) => expect(r.delivered_at).toBeInstanceOf(Date));
  });

  it('a dispatcher that dies after claiming rows (before its commit) loses nothing: the rows go out to the client', async () => {
    const t = await boot();
    const user = await createUser(t);
    const socket = await connect(t.url, user.token);
    open.push(socket);
    const received = recordUnchecked<{ n: number }>(socket, 'notification');
    const room = Rooms.user(user.id);

    // A "dispatcher" on its own connection takes the drain lock and claims the rows, then its process dies.
    const crashed = new Client({ connectionString: database.url });
    await crashed.connect();
    crashed.on('error', () => undefined); // the terminated backend reports an error on this connection
    await crashed.query('BEGIN');
    await crashed.query(`SELECT pg_advisory_xact_lock(hashtext('atlas:outbox-dispatcher'))`);
    await withClient(database.url, (client) =>
      client.query(
        `INSERT INTO outbox_events (room, event, payload) SELECT $1, 'notification', jsonb_build_object('n', g)
           FROM generate_series(1, 5) g`,
        [room],
      ),
    );
    const claimed = await crashed.query(
      `SELECT id FROM outbox_events WHERE delivered_at IS NULL AND room = $1 ORDER BY id FOR UPDATE SKIP LOCKED`,
      [room],
    );
    expect(claimed.rows).toHaveLength(5);
    const db = t.app.get(DataSource);
    expect(await pendingIn(db, room)).toBe(5);
    expect(received).toEqual([]); // held by the claim
    const [{ pid }] = (await crashed.query('SELECT pg_backend_pid() AS pid')).rows;
    await withClient(database.url, (client) => client.query('SELECT pg_terminate_backend($1)', [pid]));
    await crashed.end().catch(() => undefined);

    await eventually(() => received.length === 5, 'the five rows after the crash');
    expect(received.map((r) => r.payload.n)).toEqual([1, 2, 3, 4, 5]);
    await eventually(async () => (await pendingIn(db, room)) === 0, 'marked delivered');
  });

  it('the retention sweep deletes delivered rows older than OUTBOX_RETENTION_DAYS, keeps recent and undelivered ones', async () => {
    const t = await boot();
    const retention = t.app.get(OutboxRetention);
    const db = t.app.get(DataSource);
    // Hold the drain lock so the undelivered row stays undelivered while the sweep runs.
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('atlas:outbox-dispatcher'))`);
      const rows: { id: string; label: string }[] = await db.query(
        `INSERT INTO outbox_events (room, event, payload, created_at, delivered_at, delivery_seq) VALUES
           ($1, 'notification', '{}', now() - interval '9 days', now() - interval '8 days', nextval('outbox_events_delivery_seq')),
           ($1, 'notification', '{}', now() - interval '6 days', now() - interval '6 days', nextval('outbox_events_delivery_seq')),
           ($1, 'notification', '{}', now() - interval '30 days', NULL, NULL)
         RETURNING id, CASE WHEN delivered_at IS NULL THEN 'undelivered'
                            WHEN delivered_at < now() - interval '7 days' THEN 'old' ELSE 'recent' END AS label`,
        [Rooms.user(0)],
      );
      // Another sweep (the one at boot) may hold the retention lock for a moment: then ours returns null
      // (and that one may be the sweep that deletes the row; either way a full sweep ran after the insert).
      await eventually(async () => (await retention.sweep()) !== null, 'a sweep of ours ran');
      const left: { id: string }[] = await db.query('SELECT id::text FROM outbox_events WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      expect(new Set(left.map((r) => r.id))).toEqual(new Set(rows.filter((r) => r.label !== 'old').map((r) => r.id)));
    } finally {
      await holder.end();
    }
  });

  it('a LISTEN (re)connection that completes after shutdown is closed, not leaked', async () => {
    const t = await boot();
    const notifier = t.app.get(OutboxNotifier);
    const listeners = () =>
      withClient(database.url, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'atlas-outbox-listener'`,
        );
        return rows[0].n;
      });
    expect(await listeners()).toBe(1);
    await notifier.beforeApplicationShutdown();
    await eventually(async () => (await listeners()) === 0, 'the LISTEN connection is closed');
    // What a reconnect timer that fired just before shutdown does: connect after the notifier stopped.
    await (notifier as unknown as { listen(): Promise<void> }).listen();
    await eventually(async () => (await listeners()) === 0, 'the late LISTEN connection is closed as well');
  });

  it('commits that keep coming are drained a batch per OUTBOX_COALESCE_MS, not a drain per commit, in order', async () => {
    const windowMs = 300;
    const app = await boot({ OUTBOX_COALESCE_MS: String(windowMs) });
    const user = await createUser(app);
    const socket = await connect(app.url, user.token);
    open.push(socket);
    const got = recordUnchecked<{ n: number }>(socket, 'notification');
    const drains = jest.spyOn(app.app.get(OutboxRelay), 'deliverBatch');
    const room = Rooms.user(user.id);

    const started = Date.now();
    await withClient(database.url, async (client) => {
      // One commit after another, each waking the dispatcher.
      for (let n = 1; n <= 40; n++) {
        await client.query(`INSERT INTO outbox_events (room, event, payload) VALUES ($1, 'notification', jsonb_build_object('n', $2::int))`, [room, n]);
      }
    });
    await eventually(() => got.length >= 40, 'all 40 rows delivered');
    const elapsedMs = Date.now() - started;

    expect(got.map((r) => r.payload.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // The first wake drains at once; each later drain starts a full window after the end of the one before.
    expect(drains.mock.calls.length).toBeLessThanOrEqual(Math.floor(elapsedMs / windowMs) + 1);
    expect(drains.mock.calls.length).toBeLessThan(40);
  });

  it('two instances on one database never send the same row twice, and each keeps a commit’s rows in id order', async () => {
    const a = await boot();
    const b = await boot();
    const user = await createUser(a);
    const onA = await connect(a.url, user.token);
    const onB = await connect(b.url, user.token);
    open.push(onA, onB);
    const gotA = recordUnchecked<{ n: number }>(onA, 'notification');
    const gotB = recordUnchecked<{ n: number }>(onB, 'notification');
    const room = Rooms.user(user.id);

    // 20 concurrent transactions of 25 rows: both dispatchers are woken by every commit.
    await Promise.all(
      Array.from({ length: 20 }, (_, tx) =>
        withClient(database.url, (client) =>
          client.query(
            `INSERT INTO outbox_events (room, event, payload) SELECT $1, 'notification', jsonb_build_object('n', $2::int * 25 + g)
               FROM generate_series(1, 25) g`,
            [room, tx],
          ),
        ),
      ),
    );
    const db = a.app.get(DataSource);
    await eventually(async () => (await pendingIn(db, room)) === 0, 'all 500 rows delivered');
    // Without Redis each instance reaches only its own sockets: together they saw every row exactly once.
    await eventually(() => gotA.length + gotB.length >= 500, 'both clients received their share');
    const ids = [...gotA, ...gotB].map((r) => r.meta!.event_id);
    expect(ids).toHaveLength(500);
    expect(new Set(ids).size).toBe(500);
    // Transactions commit in any order, so ids interleave across them; within one transaction's rows
    // (one commit), every client sees them in id order.
    for (const got of [gotA, gotB]) {
      const byTransaction = new Map<number, number[]>();
      for (const { payload } of got) {
        const tx = Math.floor((payload.n - 1) / 25);
        byTransaction.set(tx, [...(byTransaction.get(tx) ?? []), payload.n]);
      }
      for (const sequence of byTransaction.values()) {
        expect(sequence).toEqual([...sequence].sort((x, y) => x - y));
      }
    }
  });
});
