import { randomBytes } from 'node:crypto';
import { hashSync } from 'bcryptjs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { ImportReportJson } from '../src/import/report';
import { ORIGINAL, fillOriginal } from './support/original/fixture';
import { createOriginalDatabase, OriginalDatabase } from './support/original/original-database';
import { ImportRun, runImportCli } from './support/original/run-import';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { adminQuery, createTestDatabase } from './support/test-database';
import { TEST_ENV, withDatabase } from './support/test-database-env';

const O = ORIGINAL;

// Each case runs the importer as a child process (ts-node), which takes seconds on a loaded machine.
jest.setTimeout(180_000);

describe('import from the original Atlas', () => {
  let t: TestApp;
  let original: OriginalDatabase;
  let first: ImportRun;
  let report: ImportReportJson;
  const tokens = new Map<string, string>();
  let zed: { token: string; id: number };
  let daveAtlas: { token: string; id: number };

  const register = async (username: string, email: string, password: string) => {
    const res = await t.http.post('/api/v1/auth/register').send({ username, email, password }).expect(201);
    return { token: res.body.access_token as string, id: res.body.user.id as number };
  };
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });
  const as = (name: string) => `Bearer ${tokens.get(name)!}`;
  const db = () => t.app.get(DataSource);
  const atlasId = async (table: string, sourceId: string | number) => {
    const [row] = await db().query<{ atlas_id: string }[]>(`SELECT atlas_id FROM import_id_map WHERE source_table = $1 AND source_id = $2`, [
      table,
      String(sourceId),
    ]);
    return row?.atlas_id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    // Atlas already has accounts of its own: one unrelated, one whose username the original also uses,
    // and one that the original's dave (same email, other case) will merge into.
    zed = await register('zed', 'zed@atlas.test', 'zed-atlas-pass');
    await register('bob', 'bob.atlas@atlas.test', 'bob-atlas-pass');
    daveAtlas = await register('dave_atlas', 'Dave@Other.org', 'dave-atlas-pass');
    original = await createOriginalDatabase(`atlas_orig_${randomBytes(5).toString('hex')}`);
    await fillOriginal(original);
    first = await runImportCli(['--from', original.url, '--database-url', t.database.url, '--json']);
    expect({ code: first.code, stderr: first.code === 0 ? '' : first.stderr }).toEqual({ code: 0, stderr: '' });
    report = first.report!;
    for (const [name, email, password] of [
      ['alice', 'alice@example.com', O.passwords.alice],
      ['bob', 'bob@example.com', O.passwords.bob],
      ['carol', 'carol@example.com', O.passwords.carol],
      ['frank', 'frank@example.com', O.passwords.frank],
    ]) {
      const res = await login(email, password).expect(200);
      tokens.set(name, res.body.access_token as string);
    }
  });

  afterAll(async () => {
    await original?.drop();
    await t?.close();
  });

  it('reports per table what was read, imported, merged and rejected, with progress on stderr', () => {
    expect(report.dry_run).toBe(false);
    expect(report.tables).toEqual({
      users: { read: 8, imported: 6, merged: 2, rejected: 0, already_imported: 0 },
      organizations: { read: 2, imported: 2, merged: 0, rejected: 0, already_imported: 0 },
      organization_members: { read: 9, imported: 7, merged: 2, rejected: 0, already_imported: 0 },
      projects: { read: 3, imported: 3, merged: 0, rejected: 0, already_imported: 0 },
      epics: { read: 3, imported: 3, merged: 0, rejected: 0, already_imported: 0 },
      stories: { read: 3, imported: 3, merged: 0, rejected: 0, already_imported: 0 },
      tasks: { read: 9, imported: 7, merged: 0, rejected: 2, already_imported: 0 },
      issues: { read: 4, imported: 3, merged: 0, rejected: 1, already_imported: 0 },
      notifications: { read: 6, imported: 5, merged: 0, rejected: 1, already_imported: 0 },
      channels: { read: 3, imported: 3, merged: 0, rejected: 0, already_imported: 0 },
      channel_members: { read: 10, imported: 8, merged: 1, rejected: 1, already_imported: 0 },
      messages: { read: 5, imported: 3, merged: 0, rejected: 2, already_imported: 0 },
    });
    expect(report.not_imported).toEqual({ user_presence: expect.any(String) });
    expect(report.rejections).toEqual(
      expect.arrayContaining([
        { table: 'tasks', id: O.tasks.badStatus, reason: expect.stringContaining('status "Blocked"') },
        { table: 'tasks', id: O.tasks.badRisk, reason: expect.stringContaining('risk level "extreme"') },
        { table: 'issues', id: '2', reason: expect.stringContaining('issue type "feature"') },
        { table: 'notifications', id: '5', reason: expect.stringContaining('type "weekly_digest"') },
        { table: 'channel_members', id: '8', reason: expect.stringContaining("not a member of the channel's organization") },
        { table: 'messages', id: '3', reason: 'a direct message between people who share no organization' },
        { table: 'messages', id: '5', reason: 'empty content' },
      ]),
    );
    expect(report.rejections).toHaveLength(7);
    expect(report.merges).toEqual(
      expect.arrayContaining([
        { table: 'users', id: String(O.users.aliceAgain), into: `users ${O.users.alice}`, reason: expect.stringContaining('case-insensitively') },
        { table: 'users', id: String(O.users.dave), into: `Atlas user ${daveAtlas.id}`, reason: expect.stringContaining('already exists') },
        { table: 'organization_members', id: 'm-06', into: 'organization_members m-02', reason: expect.any(String) },
        { table: 'channel_members', id: '2', into: 'channel_members 4', reason: 'the same user in the same channel twice' },
      ]),
    );
    const change = (table: string, text: string) => report.adjustments.find((a) => a.table === table && a.change.includes(text));
    expect(change('users', 'no email')).toMatchObject({ count: 1, ids: [String(O.users.ghost)] });
    expect(change('users', 'no password')).toMatchObject({ count: 2, ids: [String(O.users.ghost), String(O.users.erin)] });
    expect(change('users', 'username changed')?.ids).toEqual(expect.arrayContaining([String(O.users.bob), String(O.users.ghost)]));
    expect(change('organization_members', 'scrum master')).toMatchObject({ count: 1, ids: ['m-03'] });
    expect(change('tasks', 'story belongs to another project')).toMatchObject({ ids: [O.tasks.foreignStory] });
    expect(change('tasks', 'assignee is not a member')).toMatchObject({ ids: [O.tasks.overdue] });
    expect(change('issues', 'task belongs to another project')).toMatchObject({ ids: ['3'] });
    expect(change('projects', 'no organization')).toMatchObject({ ids: [O.projects.side] });
    expect(first.stderr).toMatch(/tasks +\[#+\] 100% 9\/9/);
  });

  describe('accounts', () => {
    it('logs in with the old bcrypt password at any email case, then holds an argon2id hash', async () => {
      const id = Number(await atlasId('users', O.users.alice));
      const [{ password_hash }] = await db().query<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = $1`, [id]);
      expect(password_hash).toMatch(/^\$argon2id\$/);
      const again = await login('ALICE@EXAMPLE.COM', O.passwords.alice).expect(200);
      expect(again.body.user).toMatchObject({ id, username: 'alice', email: 'Alice@Example.com', role: 'owner' });
      expectProblem(await login('alice@example.com', 'not-the-password'), 401, 'INVALID_CREDENTIALS');
    });

    it('keeps a bcrypt hash until the first login', async () => {
      const id = Number(await atlasId('users', O.users.carol));
      const [{ password_hash }] = await db().query<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = $1`, [id]);
      expect(password_hash).toMatch(/^\$argon2id\$/); // carol logged in in beforeAll
      const [{ n }] = await db().query<{ n: string }[]>(
        `SELECT count(*) AS n FROM users u JOIN import_id_map m ON m.source_table = 'users' AND m.atlas_id = u.id::text
          WHERE m.source_id = $1 AND u.password_hash LIKE '$2b$%'`,
        [String(O.users.frank)],
      );
      expect(n).toBe('0');
    });

    it('upgrades a bcrypt hash once when two first logins race', async () => {
      await db().query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [zed.id, hashSync('zed-old-pass', 4)]);
      const logins = await Promise.all([login('zed@atlas.test', 'zed-old-pass'), login('zed@atlas.test', 'zed-old-pass')]);
      expect(logins.map((r) => r.status)).toEqual([200, 200]);
      const [{ password_hash }] = await db().query<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = $1`, [zed.id]);
      expect(password_hash).toMatch(/^\$argon2id\$/);
      await login('zed@atlas.test', 'zed-old-pass').expect(200);
      expectProblem(await login('zed@atlas.test', 'zed-atlas-pass'), 401, 'INVALID_CREDENTIALS');
    });

    it('merges accounts whose emails differ only in case: the survivor keeps its password', async () => {
      expect(await atlasId('users', O.users.aliceAgain)).toBe(await atlasId('users', O.users.alice));
      expectProblem(await login('alice@example.com', O.passwords.aliceAgain), 401, 'INVALID_CREDENTIALS');
    });

    it('merges into an Atlas account with the same email, which keeps its own password and data', async () => {
      expect(Number(await atlasId('users', O.users.dave))).toBe(daveAtlas.id);
      expectProblem(await login('dave@other.org', O.passwords.dave), 401, 'INVALID_CREDENTIALS');
      const res = await login('dave@other.org', 'dave-atlas-pass').expect(200);
      tokens.set('dave', res.body.access_token as string);
      const owned = await db().query<{ name: string; imported: boolean }[]>(
        `SELECT name, imported_at IS NOT NULL AS imported FROM organizations WHERE owner_id = $1 ORDER BY imported_at NULLS FIRST`,
        [daveAtlas.id],
      );
      expect(owned).toEqual([
        { name: "dave_atlas's Team", imported: false },
        { name: 'Globex', imported: true },
      ]);
    });

    it('refuses accounts without a password exactly like a wrong password', async () => {
      const wrong = await login('bob@example.com', 'wrong-password');
      const none = await login('erin@example.com', 'anything-at-all');
      const placeholder = await login(`original-user-${O.users.ghost}@import.invalid`, 'anything-at-all');
      for (const res of [wrong, none, placeholder]) expectProblem(res, 401, 'INVALID_CREDENTIALS');
      expect(none.body.detail).toBe(wrong.body.detail);
      const [ghost] = await db().query<{ username: string; password_hash: string | null }[]>(
        `SELECT username, password_hash FROM users WHERE id = $1`,
        [Number(await atlasId('users', O.users.ghost))],
      );
      expect(ghost).toEqual({ username: 'ghost_user', password_hash: null });
    });

    it('renames a username that Atlas already has', async () => {
      const me = await t.http.get('/api/v1/users/me').set('Authorization', as('bob')).expect(200);
      expect(me.body).toMatchObject({ username: `bob_${O.users.bob}`, email: 'bob@example.com', role: 'developer' });
    });

    it('gives an account without any organization its personal team, holding its project that had none', async () => {
      const org = await t.http.get('/api/v1/organizations/my-organization').set('Authorization', as('frank')).expect(200);
      expect(org.body).toMatchObject({ name: "frank's Team", is_owner: true });
      const projects = await t.http.get('/api/v1/projects').set('Authorization', as('frank')).expect(200);
      expect(projects.body.items).toEqual([expect.objectContaining({ id: O.projects.side, organization_id: org.body.id })]);
    });
  });

  describe('what each user sees', () => {
    const projectNames = async (name: string) => {
      const res = await t.http.get('/api/v1/projects').set('Authorization', as(name)).expect(200);
      return (res.body.items as { name: string }[]).map((p) => p.name).sort();
    };

    it('lists exactly their old projects', async () => {
      expect(await projectNames('alice')).toEqual(['Acme Website']);
      expect(await projectNames('bob')).toEqual(['Acme Website']);
      expect(await projectNames('carol')).toEqual(['Acme Website', 'Globex Platform']);
      expect(await projectNames('dave')).toEqual(['Globex Platform']);
      const none = await t.http.get('/api/v1/projects').set('Authorization', `Bearer ${zed.token}`).expect(200);
      expect(none.body.items).toEqual([]);
    });

    it('keeps organizations, members and normalised roles', async () => {
      const members = await t.http.get('/api/v1/organizations/members').set('Authorization', as('alice')).expect(200);
      const roles = Object.fromEntries((members.body.items as { username: string; role: string }[]).map((m) => [m.username, m.role]));
      expect(roles).toEqual({ alice: 'owner', [`bob_${O.users.bob}`]: 'developer', carol: 'developer', ghost_user: 'qa' });
      const [{ role }] = await db().query<{ role: string }[]>(
        `SELECT role FROM organization_members WHERE organization_id = $1 AND user_id = $2`,
        [O.orgs.globex, Number(await atlasId('users', O.users.erin))],
      );
      expect(role).toBe('product_owner');
    });

    it('keeps the board tree in its order, without rejected tasks or a story of another project', async () => {
      const tree = await t.http.get(`/api/v1/projects/${O.projects.website}/epics`).set('Authorization', as('bob')).expect(200);
      expect(tree.body.map((e: { name: string }) => e.name)).toEqual(['Research', 'Launch']);
      const launch = tree.body[1];
      expect(launch.stories.map((s: { name: string }) => s.name)).toEqual(['Design', 'Build']);
      expect(launch.stories[1].tasks).toEqual([
        { id: O.tasks.first, title: 'First in the story', status: 'To Do', assignee_id: null, progress_percentage: 0 },
        { id: O.tasks.second, title: 'Second in the story', status: 'In Progress', assignee_id: expect.any(Number), progress_percentage: 10 },
        { id: O.tasks.third, title: 'Third in the story', status: 'In Progress', assignee_id: expect.any(Number), progress_percentage: 40 },
      ]);
      const list = await t.http.get(`/api/v1/projects/${O.projects.website}/tasks?limit=100`).set('Authorization', as('bob')).expect(200);
      expect(list.body.total).toBe(5);
      const foreign = await t.http.get(`/api/v1/projects/tasks/${O.tasks.foreignStory}`).set('Authorization', as('bob')).expect(200);
      expect(foreign.body).toMatchObject({ project_id: O.projects.website, story_id: null, order: 0 });
      const done = await t.http.get(`/api/v1/projects/tasks/${O.tasks.done}`).set('Authorization', as('bob')).expect(200);
      expect(done.body).toMatchObject({ status: 'Done', risk_level: 'high', progress_percentage: 100, estimate_hours: 8 });
      const blocked = await t.http.get(`/api/v1/projects/tasks/${O.tasks.third}`).set('Authorization', as('bob')).expect(200);
      expect(blocked.body).toMatchObject({ is_blocked: true, order: 2 });
    });

    it('keeps issues with normalised types, priorities and statuses', async () => {
      const website = await t.http.get(`/api/v1/issues/project/${O.projects.website}`).set('Authorization', as('alice')).expect(200);
      const byTitle = Object.fromEntries((website.body.items as { title: string; resolved_at: string | null }[]).map((i) => [i.title, i]));
      expect(Object.keys(byTitle).sort()).toEqual(['Blocked by the API', 'Fixed bug']);
      expect(byTitle['Blocked by the API']).toMatchObject({
        issue_type: 'blocker',
        priority: 'high',
        status: 'in_progress',
        task_id: O.tasks.third,
        reporter_username: `bob_${O.users.bob}`,
        assignee_username: 'carol',
      });
      expect(byTitle['Fixed bug']).toMatchObject({ issue_type: 'bug', priority: 'critical', status: 'resolved', resolution: 'patched' });
      expect(byTitle['Fixed bug'].resolved_at).toEqual(expect.any(String));
      const platform = await t.http.get(`/api/v1/issues/project/${O.projects.platform}`).set('Authorization', as('dave')).expect(200);
      expect(platform.body.items).toEqual([
        expect.objectContaining({ title: 'Linked to a task of another project', task_id: null, issue_type: 'blocker', priority: 'medium', status: 'open' }),
      ]);
    });

    it('keeps notifications with their read state and times, newest first', async () => {
      const [readAt] = await original.query<{ read_at: Date }>(`SELECT read_at::timestamptz(3) AS read_at FROM notifications WHERE id = 2`);
      const res = await t.http.get('/api/v1/notifications').set('Authorization', as('bob')).expect(200);
      expect(res.body.items.map((n: { title: string; read: boolean }) => [n.title, n.read])).toEqual([
        ['New task', false],
        ['Older task', true],
        ['An issue', true],
      ]);
      expect(res.body.items[1]).toMatchObject({ type: 'task_assigned', read_at: readAt.read_at.toISOString() });
      expect(res.body.items[2].read_at).toBe(res.body.items[2].created_at);
      const unread = await t.http.get('/api/v1/notifications/unread-count').set('Authorization', as('bob')).expect(200);
      expect(unread.body).toEqual({ count: 1 });
      const alice = await t.http.get('/api/v1/notifications').set('Authorization', as('alice')).expect(200);
      expect(alice.body.items.map((n: { title: string }) => n.title)).toEqual(['New issue']);
    });

    it('puts channels in an organization, collapses duplicate members and keeps messages', async () => {
      const general = Number(await atlasId('channels', 1));
      const globexChat = Number(await atlasId('channels', 2));
      const channels = await t.http.get('/api/v1/chat/channels').set('Authorization', as('bob')).expect(200);
      expect(channels.body.items).toEqual([expect.objectContaining({ id: general, name: 'general', organization_id: O.orgs.acme, is_member: true })]);
      const [{ n }] = await db().query<{ n: string }[]>(`SELECT count(*) AS n FROM chat_channel_members WHERE channel_id = $1`, [general]);
      expect(n).toBe('4');
      const messages = await t.http.get(`/api/v1/chat/channels/${general}/messages`).set('Authorization', as('alice')).expect(200);
      expect(messages.body.items.map((m: { content: string }) => m.content)).toEqual(['hello everyone']);
      await t.http.get(`/api/v1/chat/channels/${globexChat}/messages`).set('Authorization', as('bob')).expect(404);
      const carolId = Number(await atlasId('users', O.users.carol));
      const dm = await t.http.get(`/api/v1/chat/direct-messages/${carolId}`).set('Authorization', as('bob')).expect(200);
      expect(dm.body.items.map((m: { content: string }) => m.content)).toEqual(['hi carol']);
      // Channels are listed per organization: Carol's private channel is in Globex.
      const carolChannels = await t.http
        .get('/api/v1/chat/channels')
        .set('Authorization', as('carol'))
        .set('X-Organization-Id', O.orgs.globex)
        .expect(200);
      expect(carolChannels.body.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: 'carol-dave', channel_type: 'private', organization_id: O.orgs.globex })]),
      );
    });

    it('lets nothing cross organizations', async () => {
      await t.http.get(`/api/v1/projects/${O.projects.platform}`).set('Authorization', as('bob')).expect(404);
      await t.http.get(`/api/v1/projects/tasks/${O.tasks.overdue}`).set('Authorization', as('bob')).expect(404);
      await t.http.get(`/api/v1/projects/${O.projects.website}`).set('Authorization', `Bearer ${zed.token}`).expect(404);
      await t.http.get(`/api/v1/projects/${O.projects.side}`).set('Authorization', as('alice')).expect(404);
      const overdue = await t.http.get(`/api/v1/projects/tasks/${O.tasks.overdue}`).set('Authorization', as('dave')).expect(200);
      expect(overdue.body.assignee_id).toBeNull();
      const [{ n }] = await db().query<{ n: string }[]>(
        `SELECT count(*) AS n FROM tasks t JOIN projects p ON p.id = t.project_id
          WHERE t.assignee_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM organization_members m WHERE m.organization_id = p.organization_id AND m.user_id = t.assignee_id)`,
      );
      expect(n).toBe('0');
    });
  });

  it('leaves risk to the scan, which computes it for imported tasks', async () => {
    const before = await t.http.get(`/api/v1/projects/tasks/${O.tasks.second}`).set('Authorization', as('carol')).expect(200);
    expect(before.body).toMatchObject({ risk_level: 'medium', risk_score: 0 });
    const scan = await t.http.post(`/api/v1/projects/${O.projects.website}/detect-delays`).set('Authorization', as('alice')).expect(200);
    expect(scan.body.tasks_scanned).toBe(4);
    const after = await t.http.get(`/api/v1/projects/tasks/${O.tasks.second}`).set('Authorization', as('carol')).expect(200);
    expect(after.body).toMatchObject({ risk_level: 'low', risk_score: 15 });
    const risk = await t.http.get(`/api/v1/projects/tasks/${O.tasks.second}/risk`).set('Authorization', as('carol')).expect(200);
    expect(risk.body.risk_score).toBe(15);
  });

  it('imports nothing on a second run', async () => {
    const counts = async () =>
      db().query<{ t: string; n: string }[]>(
        `SELECT 'users' AS t, count(*)::text AS n FROM users UNION ALL SELECT 'tasks', count(*)::text FROM tasks
         UNION ALL SELECT 'notifications', count(*)::text FROM notifications UNION ALL SELECT 'members', count(*)::text FROM organization_members
         UNION ALL SELECT 'organizations', count(*)::text FROM organizations UNION ALL SELECT 'map', count(*)::text FROM import_id_map`,
      );
    const before = await counts();
    const second = await runImportCli(['--from', original.url, '--database-url', t.database.url, '--json', '--no-progress']);
    expect(second.code).toBe(0);
    for (const [table, c] of Object.entries(second.report!.tables)) {
      const firstCounts = report.tables[table];
      expect({ table, ...c }).toEqual({
        table,
        read: firstCounts.read,
        imported: 0,
        merged: 0,
        rejected: firstCounts.rejected,
        already_imported: firstCounts.imported + firstCounts.merged,
      });
    }
    expect(second.report!.rejections).toEqual(report.rejections);
    expect(await counts()).toEqual(before);
  });

  it('imports rows the original gained since the last run, beside what is there', async () => {
    await original.query(
      `INSERT INTO tasks (id, project_id, story_id, title, status, "order") VALUES ('0e000000-0000-4000-8000-0000000000aa', $1, $2, 'Added later', 'To do', 3)`,
      [O.projects.website, O.stories.build],
    );
    await original.query(`INSERT INTO notifications (user_id, type, title, message, read) VALUES ($1, 'mention', 'Later', 'Added later', false)`, [O.users.bob]);
    const run = await runImportCli(['--from', original.url, '--database-url', t.database.url, '--json', '--no-progress']);
    expect(run.report!.tables.tasks).toMatchObject({ imported: 1, already_imported: 7 });
    expect(run.report!.tables.notifications).toMatchObject({ imported: 1, already_imported: 5 });
    const unread = await t.http.get('/api/v1/notifications/unread-count').set('Authorization', as('bob')).expect(200);
    expect(unread.body).toEqual({ count: 2 });
    const tree = await t.http.get(`/api/v1/projects/${O.projects.website}/epics`).set('Authorization', as('bob')).expect(200);
    expect(tree.body[1].stories[1].tasks.map((task: { title: string }) => task.title).at(-1)).toBe('Added later');
  });

  describe('writing nothing', () => {
    const emptyDatabase = async () => {
      const name = `atlas_empty_${randomBytes(5).toString('hex')}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      return { name, url: withDatabase(process.env[TEST_ENV.adminUrl]!, name), drop: () => adminQuery(`DROP DATABASE ${name} WITH (FORCE)`) };
    };

    it('a dry run prints the same report and leaves even the schema untouched', async () => {
      const empty = await emptyDatabase();
      try {
        const dry = await runImportCli(['--from', original.url, '--database-url', empty.url, '--dry-run', '--json', '--no-progress']);
        expect(dry.code).toBe(0);
        expect(dry.report!.dry_run).toBe(true);
        const fresh = await runImportCli(['--from', original.url, '--database-url', empty.url, '--json', '--no-progress']);
        expect(dry.report!.tables).toEqual(fresh.report!.tables);
        expect(dry.report!.rejections).toEqual(fresh.report!.rejections);
      } finally {
        await empty.drop();
      }
    });

    it('a dry run into an empty database creates no table', async () => {
      const empty = await emptyDatabase();
      try {
        const dry = await runImportCli(['--from', original.url, '--database-url', empty.url, '--dry-run', '--no-progress']);
        expect(dry.code).toBe(0);
        expect(dry.stdout).toMatch(/^Import from the original Atlas: DRY RUN, nothing was written/);
        expect(dry.stdout).toMatch(/^tasks +10 +8 +0 +2 +0$/m);
        const client = new Client({ connectionString: empty.url });
        await client.connect();
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
        await client.end();
        expect(rows[0].n).toBe(0);
      } finally {
        await empty.drop();
      }
    });

    it('a failure half-way rolls the whole import back', async () => {
      const target = await createTestDatabase();
      const client = new Client({ connectionString: target.url });
      await client.connect();
      try {
        await client.query(`CREATE FUNCTION fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
                            BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
        await client.query(`CREATE TRIGGER fail_import BEFORE INSERT ON chat_messages FOR EACH STATEMENT EXECUTE FUNCTION fail_import()`);
        const run = await runImportCli(['--from', original.url, '--database-url', target.url, '--no-progress']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('import failed, nothing was written: injected failure');
        const { rows } = await client.query(
          `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM import_id_map) AS mapped`,
        );
        expect(rows[0]).toEqual({ users: 0, mapped: 0 });
      } finally {
        await client.end();
        await target.drop();
      }
    });

    it('refuses to run beside another import into the same database', async () => {
      const holder = new Client({ connectionString: t.database.url });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT pg_advisory_xact_lock(7311010)');
        const run = await runImportCli(['--from', original.url, '--database-url', t.database.url, '--no-progress']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('another import into this Atlas database is running');
      } finally {
        await holder.query('ROLLBACK');
        await holder.end();
      }
    });

    it('never writes to the original', async () => {
      const [{ n }] = await original.query<{ n: string }>(`SELECT count(*) AS n FROM users`);
      expect(n).toBe('8');
      const run = await runImportCli(['--from', 'postgresql://postgres@127.0.0.1:1/none', '--database-url', t.database.url, '--no-progress']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('import failed, nothing was written');
    });
  });
});
