import { hashSync } from 'bcryptjs';
import type { OriginalDatabase } from './original-database';

/** Original ids and passwords of the fixture, so tests can name them. */
export const ORIGINAL = {
  users: { alice: 1, bob: 2, carol: 3, dave: 4, aliceAgain: 5, ghost: 6, erin: 7, frank: 8 },
  passwords: { alice: 'alice-old-pass', bob: 'bob-old-pass', carol: 'carol-old-pass', dave: 'dave-old-pass', aliceAgain: 'alice-second-pass', frank: 'frank-old-pass' },
  orgs: { acme: '0a000000-0000-4000-8000-000000000001', globex: '0a000000-0000-4000-8000-000000000002' },
  projects: {
    website: '0b000000-0000-4000-8000-000000000001',
    platform: '0b000000-0000-4000-8000-000000000002',
    side: '0b000000-0000-4000-8000-000000000003',
  },
  epics: { research: '0c000000-0000-4000-8000-000000000000', launch: '0c000000-0000-4000-8000-000000000001', globex: '0c000000-0000-4000-8000-000000000002' },
  stories: { design: '0d000000-0000-4000-8000-000000000000', build: '0d000000-0000-4000-8000-000000000001', globex: '0d000000-0000-4000-8000-000000000002' },
  tasks: {
    third: '0e000000-0000-4000-8000-000000000001',
    first: '0e000000-0000-4000-8000-000000000002',
    second: '0e000000-0000-4000-8000-000000000003',
    foreignStory: '0e000000-0000-4000-8000-000000000004',
    badStatus: '0e000000-0000-4000-8000-000000000005',
    overdue: '0e000000-0000-4000-8000-000000000006',
    done: '0e000000-0000-4000-8000-000000000007',
    badRisk: '0e000000-0000-4000-8000-000000000008',
    side: '0e000000-0000-4000-8000-000000000009',
  },
};

const O = ORIGINAL;
const hash = (password: string) => hashSync(password, 10).replace(/^\$2[aby]\$/, '$2b$');
const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

/** Rows as the original wrote them, with its quirks (see the comments). */
export async function fillOriginal(db: OriginalDatabase): Promise<void> {
  const u = O.users;
  const users: [number, string, string | null, string | null, string | null][] = [
    [u.alice, 'alice', 'Alice@Example.com', hash(O.passwords.alice), null],
    [u.bob, 'bob', 'bob@example.com', hash(O.passwords.bob), null],
    [u.carol, 'carol', 'carol@example.com', hash(O.passwords.carol), null],
    [u.dave, 'dave', 'dave@other.org', hash(O.passwords.dave), null],
    // The same person signed up twice: emails differ only in case (the original's unique index is case-sensitive).
    [u.aliceAgain, 'alice2', 'alice@example.com', hash(O.passwords.aliceAgain), null],
    // GitHub sign-in without a public email, and one with an email: neither has a password.
    [u.ghost, 'ghost user', null, null, 'gh-6'],
    [u.erin, 'erin', 'erin@example.com', null, 'gh-7'],
    [u.frank, 'frank', 'frank@example.com', hash(O.passwords.frank), null],
  ];
  for (const [id, username, email, passwordHash, githubId] of users) {
    await db.query(
      `INSERT INTO users (id, username, email, password_hash, github_id, role, is_active, created_at)
       VALUES ($1, $2, $3, $4, $5, 'developer', true, now() - $1::int * interval '1 day')`,
      [id, username, email, passwordHash, githubId],
    );
  }
  await db.query(`SELECT setval('users_id_seq', 100)`);

  await db.query(`INSERT INTO organizations (id, name, description, owner_id) VALUES ($1, 'Acme', 'Acme Inc.', $2), ($3, 'Globex', NULL, $4)`, [
    O.orgs.acme,
    u.alice,
    O.orgs.globex,
    u.dave,
  ]);
  const members: [string, string, number, string, string][] = [
    ['m-01', O.orgs.acme, u.alice, 'owner', '30'],
    ['m-02', O.orgs.acme, u.bob, 'DEVELOPER', '29'],
    ['m-03', O.orgs.acme, u.carol, 'scrum master', '28'],
    ['m-04', O.orgs.acme, u.ghost, 'QA', '27'],
    ['m-05', O.orgs.acme, u.aliceAgain, 'manager', '26'],
    // The application checked for an existing membership; a double click got past it.
    ['m-06', O.orgs.acme, u.bob, 'developer', '25'],
    ['m-07', O.orgs.globex, u.dave, 'Owner', '30'],
    ['m-08', O.orgs.globex, u.erin, 'Product Owner', '20'],
    ['m-09', O.orgs.globex, u.carol, 'designer', '19'],
  ];
  for (const [id, org, user, role, daysAgo] of members) {
    await db.query(
      `INSERT INTO organization_members (id, organization_id, user_id, role, invited_by, joined_at)
       VALUES ($1, $2, $3, $4, $5, now() - ($6 || ' days')::interval)`,
      [id, org, user, role, org === O.orgs.acme ? u.alice : u.dave, daysAgo],
    );
  }

  await db.query(
    `INSERT INTO projects (id, name, description, owner_id, organization_id, created_at) VALUES
       ($1, 'Acme Website', 'The public site', $4, $7, now() - interval '20 days'),
       ($2, 'Globex Platform', NULL, $5, $8, now() - interval '19 days'),
       ($3, 'Frank side project', 'from before organizations existed', $6, NULL, now() - interval '18 days')`,
    [O.projects.website, O.projects.platform, O.projects.side, u.alice, u.dave, u.frank, O.orgs.acme, O.orgs.globex],
  );
  await db.query(
    `INSERT INTO epics (id, project_id, name, "order") VALUES ($1, $4, 'Launch', 1), ($2, $4, 'Research', 0), ($3, $5, 'Globex epic', 0)`,
    [O.epics.launch, O.epics.research, O.epics.globex, O.projects.website, O.projects.platform],
  );
  await db.query(
    `INSERT INTO stories (id, epic_id, name, "order") VALUES ($1, $4, 'Build', 1), ($2, $4, 'Design', 0), ($3, $5, 'Globex story', 0)`,
    [O.stories.build, O.stories.design, O.stories.globex, O.epics.launch, O.epics.globex],
  );

  const t = O.tasks;
  const tasks: [string, string, string | null, string, string, number | null, string | null, number | null, string | null, number | null][] = [
    // id, project, story, title, status, assignee, due, progress, risk, order
    [t.third, O.projects.website, O.stories.build, 'Third in the story', 'In  progress', u.bob, iso(30), 40, 'low', 2],
    [t.first, O.projects.website, O.stories.build, 'First in the story', 'to do', null, null, 0, 'Low', 0],
    [t.second, O.projects.website, O.stories.build, 'Second in the story', 'IN_PROGRESS', u.carol, iso(20), 10, 'MEDIUM', 1],
    // The original never checked that a task's story belongs to the task's project.
    [t.foreignStory, O.projects.website, O.stories.globex, 'Story of another project', 'To Do', null, null, 0, 'low', 0],
    [t.badStatus, O.projects.website, O.stories.build, 'Unknown status', 'Blocked', null, null, 0, 'low', 3],
    // Bob is not a member of Globex.
    [t.overdue, O.projects.platform, O.stories.globex, 'Overdue and untouched', 'In Progress', u.bob, iso(-3), 0, null, 0],
    [t.done, O.projects.website, null, 'Shipped', 'done', u.bob, iso(-10), 100, 'HIGH', 0],
    [t.badRisk, O.projects.website, O.stories.build, 'Unknown risk', 'To Do', null, null, 0, 'extreme', 4],
    [t.side, O.projects.side, null, 'Side task', 'To Do', u.frank, null, 150, 'low', 0],
  ];
  for (const [id, project, story, title, status, assignee, due, progress, risk, order] of tasks) {
    await db.query(
      `INSERT INTO tasks (id, project_id, story_id, title, status, assignee_id, due_date, estimate_hours,
                          progress_percentage, risk_level, priority, "order")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 8, $8, $9, 0, $10)`,
      [id, project, story, title, status, assignee, due, progress, risk, order],
    );
  }

  await db.query(
    `INSERT INTO issues (id, project_id, task_id, reporter_id, assignee_id, title, description, issue_type, priority, status,
                         resolution, resolved_at) VALUES
       (1, $1, $3, $5, $6, 'Blocked by the API', 'waiting', 'Blocker', 'HIGH', 'In Progress', NULL, NULL),
       (2, $1, NULL, $5, NULL, 'A feature request', 'please', 'feature', 'low', 'open', NULL, NULL),
       (3, $2, $3, $7, NULL, 'Linked to a task of another project', 'odd', NULL, NULL, NULL, NULL, NULL),
       (4, $1, $4, $6, $6, 'Fixed bug', 'it broke', 'bug', 'Critical', 'resolved', 'patched', now() - interval '1 day')`,
    [O.projects.website, O.projects.platform, t.third, t.second, u.bob, u.carol, u.dave],
  );
  await db.query(`SELECT setval('issues_id_seq', 4)`);

  await db.query(
    `INSERT INTO notifications (id, user_id, type, title, message, link, read, created_at, read_at) VALUES
       (1, $1, 'task_assigned', 'New task', 'You got a task', '/tasks/1', false, now() - interval '3 days', NULL),
       (2, $1, 'Task_Assigned', 'Older task', 'You got another', NULL, true, now() - interval '4 days', now() - interval '2 days'),
       (3, $1, 'issue_assigned', 'An issue', 'Look at it', NULL, true, now() - interval '5 days', NULL),
       (4, $2, 'new_issue', 'New issue', 'Reported on your project', NULL, false, now() - interval '1 day', NULL),
       (5, $1, 'weekly_digest', 'Digest', 'Your week', NULL, false, now() - interval '6 days', NULL),
       (6, $3, 'mention', 'Mentioned', 'Someone mentioned you', NULL, false, now() - interval '1 day', NULL)`,
    [u.bob, u.aliceAgain, u.ghost],
  );
  await db.query(`SELECT setval('notifications_id_seq', 6)`);

  await db.query(
    `INSERT INTO channels (id, name, description, channel_type, created_by) VALUES
       (1, 'general', 'Everyone', 'public', $1), (2, 'globex-chat', NULL, 'private', $2), (3, 'carol-dave', NULL, 'dm', $3)`,
    [u.alice, u.dave, u.carol],
  );
  const channelMembers: [number, number, number, string][] = [
    [1, 1, u.alice, 'admin'],
    [2, 1, u.bob, 'member'],
    [3, 1, u.carol, 'member'],
    // Joining twice was possible: no unique (channel_id, user_id).
    [4, 1, u.bob, 'member'],
    [5, 1, u.ghost, 'member'],
    [6, 2, u.dave, 'admin'],
    [7, 2, u.erin, 'member'],
    [8, 2, u.bob, 'member'],
    [9, 3, u.carol, 'member'],
    [10, 3, u.dave, 'member'],
  ];
  for (const [id, channel, user, role] of channelMembers) {
    await db.query(`INSERT INTO channel_members (id, channel_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4, now() - $1::int * interval '1 hour')`, [
      id,
      channel,
      user,
      role,
    ]);
  }
  await db.query(
    `INSERT INTO messages (id, sender_id, channel_id, recipient_id, content, message_type, is_edited, created_at) VALUES
       (1, $1, 1, NULL, 'hello everyone', 'text', false, now() - interval '2 hours'),
       (2, $1, NULL, $2, 'hi carol', 'text', false, now() - interval '90 minutes'),
       (3, $1, NULL, $3, 'hi dave', 'text', false, now() - interval '80 minutes'),
       (4, $3, 2, NULL, 'globex only', 'text', false, now() - interval '70 minutes'),
       (5, $2, 1, NULL, '', 'text', false, now() - interval '60 minutes')`,
    [u.bob, u.carol, u.dave],
  );
  await db.query(`INSERT INTO user_presence (user_id, status) VALUES ($1, 'online'), ($2, 'away')`, [u.alice, u.bob]);
}
