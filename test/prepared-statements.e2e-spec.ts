import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { HotReads } from '../src/common/sql';
import { MAX_PREPARED_PER_CONNECTION, PREPARE_AFTER_USES, preparedStatementName } from '../src/database/prepared-statements';
import { PooledClient } from '../src/database/pooled-client';
import { createTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** A text no other test sends (use counts are kept per process). */
const uniqueText = (sql: string) => `${sql} -- ${randomBytes(6).toString('hex')}`;

describe('automatic prepared statements on the pool clients', () => {
  let database: TestDatabase;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await database.drop();
  });

  /** Typed as the pg Client it is given to the pool as. */
  async function client(): Promise<Client> {
    const c: Client = new PooledClient({ connectionString: database.url });
    // A destroyed connection is reported here; the pool listens the same way.
    c.on('error', () => undefined);
    clients.push(c);
    await c.connect();
    return c;
  }

  const preparedOn = async (c: Client) =>
    (await c.query<{ name: string; statement: string }>({ text: 'SELECT name, statement FROM pg_prepared_statements ORDER BY name' })).rows;

  it(`prepares a parameterized text from its ${PREPARE_AFTER_USES}rd use, and answers the same before and after`, async () => {
    const c = await client();
    const text = uniqueText('SELECT $1::int + 1 AS next');
    const answers: unknown[] = [];
    for (let use = 1; use <= PREPARE_AFTER_USES + 2; use++) {
      answers.push((await c.query(text, [use])).rows);
      const prepared = await preparedOn(c);
      expect(prepared.some((row) => row.statement === text)).toBe(use >= PREPARE_AFTER_USES);
    }
    expect(answers).toEqual([1, 2, 3, 4, 5].map((n) => [{ next: n + 1 }]));
    expect((await preparedOn(c)).find((row) => row.statement === text)?.name).toBe(preparedStatementName(text));
  });

  it('never prepares a text without parameters (it may hold several statements) nor the object form', async () => {
    const c = await client();
    const several = uniqueText('SELECT 1; SELECT 2');
    const object = uniqueText('SELECT $1::text AS v');
    for (let use = 0; use < PREPARE_AFTER_USES + 1; use++) {
      await c.query(several);
      await c.query({ text: object, values: ['x'] });
    }
    expect(await preparedOn(c)).toEqual([]);
  });

  it(`holds at most ${MAX_PREPARED_PER_CONNECTION} statements per connection; later texts still answer, unnamed`, async () => {
    const c = await client();
    const texts = Array.from({ length: MAX_PREPARED_PER_CONNECTION + 5 }, (_, i) => uniqueText(`SELECT $1::int * ${i} AS v`));
    for (const text of texts) for (let use = 0; use < PREPARE_AFTER_USES; use++) await c.query(text, [2]);
    expect(await preparedOn(c)).toHaveLength(MAX_PREPARED_PER_CONNECTION);
    const last = texts.length - 1;
    expect((await c.query(texts[last], [2])).rows).toEqual([{ v: 2 * last }]);
  });

  it('replaces a connection whose prepared statement went stale under a migration; a new connection answers', async () => {
    const setup = await client();
    await setup.query('CREATE TABLE stale_probe (id int PRIMARY KEY, title text)');
    await setup.query(`INSERT INTO stale_probe VALUES (1, 'one')`);
    const c = await client();
    const text = uniqueText('SELECT * FROM stale_probe WHERE id = $1');
    for (let use = 0; use < PREPARE_AFTER_USES; use++) await c.query(text, [1]);
    await setup.query('ALTER TABLE stale_probe ADD COLUMN extra int');

    const ended = new Promise<void>((resolve) => c.once('end', () => resolve()));
    await expect(c.query(text, [1])).rejects.toMatchObject({ code: '0A000' });
    await ended;

    const fresh = await client();
    for (let use = 0; use < PREPARE_AFTER_USES + 1; use++) {
      expect((await fresh.query(text, [1])).rows).toEqual([{ id: 1, title: 'one', extra: null }]);
    }
  });
});

describe('hot reads through the pool', () => {
  let t: TestApp;
  let reads: HotReads;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ env: { DATABASE_POOL_SIZE: '2' } });
    reads = t.app.get(HotReads);
    db = t.app.get(DataSource);
    await db.query('CREATE TABLE hot_probe (id int PRIMARY KEY, title text)');
    await db.query(`INSERT INTO hot_probe VALUES (1, 'one')`);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers a read whose prepared statement went stale at once, and keeps answering', async () => {
    const text = uniqueText('SELECT * FROM hot_probe WHERE id = $1');
    // Parallel reads, so both pool connections prepare the text.
    for (let round = 0; round < PREPARE_AFTER_USES; round++) {
      await Promise.all([reads.query(text, [1]), reads.query(text, [1])]);
    }
    await db.query('ALTER TABLE hot_probe ADD COLUMN extra int');
    for (let round = 0; round < PREPARE_AFTER_USES + 1; round++) {
      const answers = await Promise.all([reads.query(text, [1]), reads.query(text, [1])]);
      expect(answers).toEqual([
        [{ id: 1, title: 'one', extra: null }],
        [{ id: 1, title: 'one', extra: null }],
      ]);
    }
  });
});
