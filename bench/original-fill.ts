import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const SCHEMA = readFileSync(join(__dirname, '..', 'test', 'support', 'original', 'schema.sql'), 'utf8');
const BCRYPT = `$2b$12$${'R9h/cIPz0gi.URNNX3kh2O'}${'PST9/PgBkqquzi.Ss7KIUgO2t0jWMUW'}`;

export interface OriginalSize {
  users: number;
  organizations: number;
  projects: number;
  tasks: number;
  notifications: number;
  issues: number;
  messages: number;
}

/**
 * Fills an empty database with the original's schema and rows in its style (odd-case statuses, roles
 * outside Atlas's set, duplicate memberships), set-based with generate_series.
 */
export async function fillOriginalAtScale(url: string, size: OriginalSize): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SCHEMA);
    const { users, organizations: orgs, projects } = size;
    await client.query(
      `INSERT INTO users (id, username, email, password_hash, role, is_active)
       SELECT g, 'user' || g, CASE WHEN g % 50 = 0 THEN NULL ELSE 'User' || g || '@Example.test' END,
              CASE WHEN g % 25 = 0 THEN NULL ELSE $2 END, 'developer', true
         FROM generate_series(1, $1) g`,
      [users, BCRYPT],
    );
    await client.query(
      `INSERT INTO organizations (id, name, owner_id) SELECT md5('org' || g)::uuid::text, 'Org ' || g, g FROM generate_series(1, $1) g`,
      [orgs],
    );
    // User u belongs to organization 1 + (u - 1) % orgs; a few joined twice.
    await client.query(
      `INSERT INTO organization_members (id, organization_id, user_id, role, invited_by)
       SELECT md5('m' || g || '-' || d)::uuid::text, md5('org' || (1 + (g - 1) % $2))::uuid::text, g,
              (ARRAY['Developer', 'QA', 'designer', 'scrum master', 'Product Owner'])[1 + g % 5], 1 + (g - 1) % $2
         FROM generate_series(1, $1) g, generate_series(1, CASE WHEN g % 100 = 0 THEN 2 ELSE 1 END) d`,
      [users, orgs],
    );
    await client.query(
      `INSERT INTO projects (id, name, owner_id, organization_id)
       SELECT md5('p' || g)::uuid::text, 'Project ' || g, 1 + (g - 1) % $2, md5('org' || (1 + (g - 1) % $2))::uuid::text
         FROM generate_series(1, $1) g`,
      [projects, orgs],
    );
    await client.query(
      `INSERT INTO epics (id, project_id, name, "order") SELECT md5('e' || p || '-' || e)::uuid::text, md5('p' || p)::uuid::text, 'Epic ' || e, e
         FROM generate_series(1, $1) p, generate_series(1, 5) e`,
      [projects],
    );
    await client.query(
      `INSERT INTO stories (id, epic_id, name, "order") SELECT md5('s' || p || '-' || e || '-' || s)::uuid::text, md5('e' || p || '-' || e)::uuid::text, 'Story ' || s, s
         FROM generate_series(1, $1) p, generate_series(1, 5) e, generate_series(1, 4) s`,
      [projects],
    );
    // Task g is in project 1 + g % projects, story (g / projects) % 20 of it; assignees are members of its organization.
    await client.query(
      `INSERT INTO tasks (id, project_id, story_id, title, status, assignee_id, due_date, estimate_hours, progress_percentage,
                          risk_level, priority, "order")
       SELECT md5('t' || g)::uuid::text, md5('p' || (1 + g % $2))::uuid::text,
              md5('s' || (1 + g % $2) || '-' || (1 + (g / $2) % 5) || '-' || (1 + (g / $2 / 5) % 4))::uuid::text,
              'Task ' || g, (ARRAY['To Do', 'in progress', 'IN_PROGRESS', 'Done', 'to do'])[1 + g % 5],
              CASE WHEN g % 3 = 0 THEN NULL ELSE (1 + (g % $2) % $3) + $3 * (g % greatest($4 / $3 - 1, 1)) END,
              now() + ((g % 40) - 10) * interval '1 day', g % 16, g % 101,
              (ARRAY['low', 'Medium', 'HIGH'])[1 + g % 3], 0, g / $2
         FROM generate_series(1, $1) g`,
      [size.tasks, projects, orgs, users],
    );
    await client.query(
      `INSERT INTO issues (project_id, task_id, reporter_id, title, description, issue_type, priority, status)
       SELECT md5('p' || (1 + g % $2))::uuid::text, CASE WHEN g % 2 = 0 AND (g * $2 + g % $2) % $3 > 0 THEN md5('t' || (g * $2 + g % $2) % $3)::uuid::text END,
              1 + (g % $2) % $4, 'Issue ' || g, 'Described', (ARRAY['Blocker', 'bug', 'question'])[1 + g % 3],
              (ARRAY['low', 'Medium', 'high', 'CRITICAL'])[1 + g % 4], (ARRAY['open', 'In Progress', 'resolved'])[1 + g % 3]
         FROM generate_series(1, $1) g`,
      [size.issues, projects, size.tasks, orgs],
    );
    await client.query(
      `INSERT INTO notifications (user_id, type, title, message, link, read, created_at, read_at)
       SELECT 1 + g % $2, (ARRAY['task_assigned', 'Task_At_Risk', 'new_issue', 'issue_assigned', 'mention'])[1 + g % 5],
              'Notification ' || g, 'Message of notification ' || g, CASE WHEN g % 2 = 0 THEN '/tasks/' || g END,
              g % 3 = 0, now() - g * interval '1 second', CASE WHEN g % 3 = 0 THEN now() - g * interval '1 second' + interval '1 minute' END
         FROM generate_series(1, $1) g`,
      [size.notifications, users],
    );
    await client.query(
      `INSERT INTO channels (name, channel_type, created_by) SELECT 'channel-' || g, 'public', g FROM generate_series(1, $1) g`,
      [orgs],
    );
    await client.query(
      `INSERT INTO channel_members (channel_id, user_id, role)
       SELECT 1 + (u - 1) % $2, u, 'member' FROM generate_series(1, $1) u, generate_series(1, CASE WHEN u % 10 = 0 THEN 2 ELSE 1 END) d`,
      [users, orgs],
    );
    await client.query(
      `INSERT INTO messages (sender_id, channel_id, recipient_id, content, message_type, is_edited)
       SELECT 1 + g % $2, CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + (g % $2) % $3 END,
              CASE WHEN g % 4 = 0 THEN 1 + (g % $2 + $3) % $2 END, 'message ' || g, 'text', false
         FROM generate_series(1, $1) g`,
      [size.messages, users, orgs],
    );
    await client.query(`INSERT INTO user_presence (user_id, status) SELECT g, 'offline' FROM generate_series(1, $1) g`, [users]);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
