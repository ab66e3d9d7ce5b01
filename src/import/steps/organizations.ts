import { ImportReport } from '../report';
import { chooseUuids, insertMapped, insertRows, StepContext, streamTable, textFor } from './pipeline';

interface SourceOrganization {
  id: string;
  name: string | null;
  description: string | null;
  owner_id: string;
  created_at: string | null;
}

interface SourceMember {
  id: string;
  organization_id: string;
  user_id: string;
  role: string | null;
  description: string | null;
  invited_by: string | null;
  joined_at: string | null;
}

export async function importOrganizations(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const sql = `SELECT id, name, description, owner_id::text AS owner_id, created_at::text AS created_at
                 FROM organizations ORDER BY created_at NULLS FIRST, id`;
  await streamTable<SourceOrganization>(ctx, 'organizations', sql, async (rows) => {
    const accepted = rows.filter((row) => {
      if (target.user(row.owner_id) !== null) return true;
      report.reject('organizations', row.id, `its owner (users ${row.owner_id}) was not imported`);
      return false;
    });
    const ids = await chooseUuids(ctx, 'organizations', 'organizations', accepted.map((r) => r.id));
    const limit = (column: string) => ({ table: 'organizations', column });
    await insertMapped(
      ctx,
      'organizations',
      'organizations',
      [
        { name: 'name', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'owner_id', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
        { name: 'imported_at', type: 'timestamptz', sql: 'now()' },
      ],
      accepted.map((row) => ({
        sourceId: row.id,
        values: [
          textFor(ctx, 'organizations', row.id, row.name, limit('name'), 'Untitled organization'),
          textFor(ctx, 'organizations', row.id, row.description, limit('description')),
          target.user(row.owner_id),
          row.created_at ?? new Date().toISOString(),
        ],
      })),
      ids,
    );
    report.counts('organizations').imported += accepted.length;
  });
}

/**
 * Roles are normalised like the other enums; one outside Atlas's set becomes `developer`. `owner` belongs to
 * the organization's owner alone (anyone else holding it becomes `manager`), and the owner's membership says
 * `owner` whatever the original wrote. The original had no unique (organization, user): duplicates collapse
 * into the earliest membership.
 */
export async function importMembers(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const roles = target.enumTable('organization_role');
  const sql = `SELECT id, organization_id, user_id::text AS user_id, role, description, invited_by::text AS invited_by,
                      joined_at::text AS joined_at
                 FROM organization_members ORDER BY joined_at NULLS LAST, id`;
  await streamTable<SourceMember>(ctx, 'organization_members', sql, async (rows) => {
    const organizations = await target.mapped('organizations', rows.map((r) => r.organization_id));
    const owners = new Map(
      (
        await target.query<{ id: string; owner_id: number }>(`SELECT id::text AS id, owner_id FROM organizations WHERE id = ANY($1::uuid[])`, [
          [...organizations.values()],
        ])
      ).map((r) => [r.id, r.owner_id]),
    );
    const firstByKey = new Map<string, string>();
    const accepted: { row: SourceMember; organizationId: string; userId: number; role: string }[] = [];
    for (const row of rows) {
      const organizationId = organizations.get(row.organization_id);
      const userId = target.user(row.user_id);
      if (!organizationId) {
        report.reject('organization_members', row.id, `its organization ${row.organization_id} was not imported`);
        continue;
      }
      if (userId === null) {
        report.reject('organization_members', row.id, `its user (users ${row.user_id}) was not imported`);
        continue;
      }
      const key = `${organizationId}:${userId}`;
      const first = firstByKey.get(key);
      if (first) {
        report.merge('organization_members', row.id, `organization_members ${first}`, 'the same user in the same organization twice');
        await target.remember('organization_members', [row.id], [`pending:${key}`]);
        continue;
      }
      firstByKey.set(key, row.id);
      const role = memberRole(report, row, roles.normalise(row.role), owners.get(organizationId) === userId);
      accepted.push({ row, organizationId, userId, role });
    }
    const inserted = await insertRows(
      target,
      'organization_members',
      [
        { name: 'organization_id', type: 'uuid' },
        { name: 'user_id', type: 'int' },
        { name: 'role', type: 'organization_role' },
        { name: 'description', type: 'varchar' },
        { name: 'invited_by_id', type: 'int' },
        { name: 'joined_at', type: 'timestamptz' },
      ],
      accepted.map((a) => [
        a.organizationId,
        a.userId,
        a.role,
        textFor(ctx, 'organization_members', a.row.id, a.row.description, { table: 'organization_members', column: 'description' }),
        target.user(a.row.invited_by),
        a.row.joined_at ?? new Date().toISOString(),
      ]),
      'ON CONFLICT (organization_id, user_id) DO NOTHING RETURNING organization_id::text AS o, user_id AS u',
    );
    const insertedKeys = new Set(inserted.map((r) => `${String(r.o)}:${String(r.u)}`));
    for (const a of accepted) {
      const key = `${a.organizationId}:${a.userId}`;
      if (insertedKeys.has(key)) report.counts('organization_members').imported++;
      else report.merge('organization_members', a.row.id, 'an existing membership', 'the user is already a member of this organization in Atlas');
    }
    await target.remember('organization_members', accepted.map((a) => a.row.id), accepted.map((a) => `pending:${a.organizationId}:${a.userId}`));
    // Memberships are keyed by (organization, user); the map records the membership row they became.
    await target.query(
      `UPDATE import_id_map m SET atlas_id = om.id::text
         FROM organization_members om
        WHERE m.source_table = 'organization_members' AND m.atlas_id LIKE 'pending:%'
          AND om.organization_id = split_part(m.atlas_id, ':', 2)::uuid AND om.user_id = split_part(m.atlas_id, ':', 3)::int`,
    );
  });
}

function memberRole(report: ImportReport, row: SourceMember, normalised: string | null, isOwner: boolean): string {
  if (isOwner) {
    if (normalised !== 'owner') report.adjust('organization_members', row.id, 'the organization owner: role set to owner');
    return 'owner';
  }
  if (normalised === 'owner') {
    report.adjust('organization_members', row.id, 'role owner held by a member who does not own the organization: manager');
    return 'manager';
  }
  if (normalised === null) {
    report.adjust('organization_members', row.id, `role "${row.role ?? ''}" is not an Atlas role: developer`);
    return 'developer';
  }
  return normalised;
}

/** Owners the original never recorded as members become `owner` members, as Atlas requires. */
export async function ensureOwnerMemberships(ctx: StepContext): Promise<void> {
  const added = await ctx.target.query<{ source_id: string }>(
    `WITH added AS (
       INSERT INTO organization_members (organization_id, user_id, role, joined_at)
       SELECT o.id, o.owner_id, 'owner', o.created_at FROM organizations o WHERE o.imported_at = now()::timestamptz(3)
       ON CONFLICT (organization_id, user_id) DO NOTHING
       RETURNING organization_id)
     SELECT m.source_id FROM added a JOIN import_id_map m ON m.source_table = 'organizations' AND m.atlas_id = a.organization_id::text`,
  );
  for (const { source_id } of added) ctx.report.adjust('organizations', source_id, 'the owner was not a member: added as owner');
}

/**
 * Registration gives every account "<username>'s Team". An imported account that belongs to no organization
 * gets one the same way, and so does an owner of a project that had no organization in the original (the
 * project goes there). Accounts that belong to an imported organization keep it as the one they work in.
 */
export async function createPersonalTeams(ctx: StepContext): Promise<void> {
  const orphanOwners = await ctx.source.query<{ owner_id: string }>(
    `SELECT DISTINCT owner_id::text AS owner_id FROM projects WHERE organization_id IS NULL`,
  );
  const ownerIds = orphanOwners.map((o) => ctx.target.user(o.owner_id)).filter((id): id is number => id !== null);
  const created = await ctx.target.query<{ owner_id: number }>(
    `WITH wanted AS (
       SELECT u.id, u.username FROM users u
        WHERE (u.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM organization_members om WHERE om.user_id = u.id))
           OR (u.id = ANY($2::int[]) AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.owner_id = u.id AND o.imported_at IS NULL))
     ), teams AS (
       INSERT INTO organizations (name, owner_id)
       SELECT left(username || '''s Team', $3), id FROM wanted
       ON CONFLICT (owner_id) WHERE imported_at IS NULL DO NOTHING
       RETURNING id, owner_id
     ), members AS (
       INSERT INTO organization_members (organization_id, user_id, role) SELECT id, owner_id, 'owner' FROM teams
     )
     SELECT owner_id FROM teams`,
    [ctx.createdUserIds, ownerIds, ctx.target.limit('organizations', 'name')],
  );
  const createdFor = new Set(created.map((c) => c.owner_id));
  const sourceIds = await ctx.target.query<{ source_id: string; atlas_id: string }>(
    `SELECT DISTINCT ON (atlas_id) source_id, atlas_id FROM import_id_map
      WHERE source_table = 'users' AND atlas_id = ANY($1::text[]) ORDER BY atlas_id, source_id`,
    [[...createdFor].map(String)],
  );
  for (const { source_id } of sourceIds) {
    ctx.report.adjust('users', source_id, `given a personal team "<username>'s Team" (belonged to no organization, or owns a project that had none)`);
  }
}
