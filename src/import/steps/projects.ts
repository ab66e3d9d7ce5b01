import { chooseUuids, insertMapped, StepContext, streamTable, textFor } from './pipeline';

interface SourceProject {
  id: string;
  name: string | null;
  description: string | null;
  owner_id: string;
  organization_id: string | null;
  created_at: string | null;
  updated_at: string | null;
}

interface SourcePlanItem {
  id: string;
  parent_id: string;
  name: string | null;
  description: string | null;
  order: number | null;
  created_at: string | null;
  updated_at: string | null;
}

const now = () => new Date().toISOString();

/**
 * A project keeps its organization. One without an organization (older originals allowed that) goes to its
 * owner's personal team, where nobody else sees it.
 */
export async function importProjects(ctx: StepContext): Promise<void> {
  const { report, target } = ctx;
  const sql = `SELECT id, name, description, owner_id::text AS owner_id, organization_id, created_at::text AS created_at,
                      updated_at::text AS updated_at
                 FROM projects ORDER BY created_at NULLS FIRST, id`;
  await streamTable<SourceProject>(ctx, 'projects', sql, async (rows) => {
    const organizations = await target.mapped('organizations', rows.map((r) => r.organization_id));
    const ownerIds = rows.map((r) => target.user(r.owner_id)).filter((id): id is number => id !== null);
    const personal = new Map(
      (
        await target.query<{ owner_id: number; id: string }>(
          `SELECT owner_id, id::text AS id FROM organizations WHERE owner_id = ANY($1::int[]) AND imported_at IS NULL`,
          [ownerIds],
        )
      ).map((r) => [r.owner_id, r.id]),
    );
    const accepted: { row: SourceProject; ownerId: number; organizationId: string }[] = [];
    for (const row of rows) {
      const ownerId = target.user(row.owner_id);
      if (ownerId === null) {
        report.reject('projects', row.id, `its owner (users ${row.owner_id}) was not imported`);
        continue;
      }
      let organizationId = row.organization_id === null ? undefined : organizations.get(row.organization_id);
      if (row.organization_id === null) {
        organizationId = personal.get(ownerId);
        report.adjust('projects', row.id, "no organization in the original: placed in its owner's personal team");
      }
      if (!organizationId) {
        report.reject('projects', row.id, `its organization ${row.organization_id ?? '(none)'} was not imported`);
        continue;
      }
      accepted.push({ row, ownerId, organizationId });
    }
    const outsiders = await nonMembers(ctx, accepted.map((a) => [a.organizationId, a.ownerId]));
    accepted.forEach((a, i) => {
      if (outsiders.has(i)) {
        report.adjust('projects', a.row.id, 'its owner is not a member of its organization: stays owner, sees it only as a member');
      }
    });
    const ids = await chooseUuids(ctx, 'projects', 'projects', accepted.map((a) => a.row.id));
    const limit = (column: string) => ({ table: 'projects', column });
    await insertMapped(
      ctx,
      'projects',
      'projects',
      [
        { name: 'organization_id', type: 'uuid' },
        { name: 'owner_id', type: 'int' },
        { name: 'name', type: 'varchar' },
        { name: 'description', type: 'varchar' },
        { name: 'created_at', type: 'timestamptz' },
        { name: 'updated_at', type: 'timestamptz' },
      ],
      accepted.map(({ row, ownerId, organizationId }) => ({
        sourceId: row.id,
        values: [
          organizationId,
          ownerId,
          textFor(ctx, 'projects', row.id, row.name, limit('name'), 'Untitled project'),
          textFor(ctx, 'projects', row.id, row.description, limit('description')),
          row.created_at ?? now(),
          row.updated_at ?? row.created_at ?? now(),
        ],
      })),
      ids,
    );
    report.counts('projects').imported += accepted.length;
  });
}

/** Indexes of (organization, user) pairs where the user is not a member. */
export async function nonMembers(ctx: StepContext, pairs: [string, number][]): Promise<Set<number>> {
  if (pairs.length === 0) return new Set();
  const rows = await ctx.target.query<{ i: string }>(
    `SELECT x.i FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS x(o, u, i)
      WHERE NOT EXISTS (SELECT 1 FROM organization_members m WHERE m.organization_id = x.o AND m.user_id = x.u)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  return new Set(rows.map((r) => Number(r.i) - 1));
}

export async function importEpics(ctx: StepContext): Promise<void> {
  const sql = `SELECT id, project_id AS parent_id, name, description, "order", created_at::text AS created_at,
                      updated_at::text AS updated_at
                 FROM epics ORDER BY id`;
  await streamTable<SourcePlanItem>(ctx, 'epics', sql, async (rows) => {
    const projects = await ctx.target.mapped('projects', rows.map((r) => r.parent_id));
    const accepted = rows.filter((row) => {
      if (projects.has(row.parent_id)) return true;
      ctx.report.reject('epics', row.id, `its project ${row.parent_id} was not imported`);
      return false;
    });
    await insertPlanItems(ctx, 'epics', accepted, (row) => [projects.get(row.parent_id)!], [{ name: 'project_id', type: 'uuid' }]);
  });
}

export async function importStories(ctx: StepContext): Promise<void> {
  const sql = `SELECT id, epic_id AS parent_id, name, description, "order", created_at::text AS created_at,
                      updated_at::text AS updated_at
                 FROM stories ORDER BY id`;
  await streamTable<SourcePlanItem>(ctx, 'stories', sql, async (rows) => {
    const epics = await ctx.target.mapped('epics', rows.map((r) => r.parent_id));
    const projectOf = new Map(
      (
        await ctx.target.query<{ id: string; project_id: string }>(
          `SELECT id::text AS id, project_id::text AS project_id FROM epics WHERE id = ANY($1::uuid[])`,
          [[...epics.values()]],
        )
      ).map((r) => [r.id, r.project_id]),
    );
    const accepted = rows.filter((row) => {
      if (epics.has(row.parent_id)) return true;
      ctx.report.reject('stories', row.id, `its epic ${row.parent_id} was not imported`);
      return false;
    });
    await insertPlanItems(
      ctx,
      'stories',
      accepted,
      (row) => {
        const epicId = epics.get(row.parent_id)!;
        return [epicId, projectOf.get(epicId)!];
      },
      [
        { name: 'epic_id', type: 'uuid' },
        { name: 'project_id', type: 'uuid' },
      ],
    );
  });
}

/** Epics and stories keep their `order` (the board order), names and times. */
async function insertPlanItems(
  ctx: StepContext,
  table: 'epics' | 'stories',
  rows: SourcePlanItem[],
  parents: (row: SourcePlanItem) => string[],
  parentColumns: { name: string; type: string }[],
): Promise<void> {
  const ids = await chooseUuids(ctx, table, table, rows.map((r) => r.id));
  const limit = (column: string) => ({ table, column });
  await insertMapped(
    ctx,
    table,
    table,
    [
      ...parentColumns,
      { name: 'name', type: 'varchar' },
      { name: 'description', type: 'varchar' },
      { name: 'order', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    rows.map((row) => ({
      sourceId: row.id,
      values: [
        ...parents(row),
        textFor(ctx, table, row.id, row.name, limit('name'), table === 'epics' ? 'Untitled epic' : 'Untitled story'),
        textFor(ctx, table, row.id, row.description, limit('description')),
        row.order ?? 0,
        row.created_at ?? now(),
        row.updated_at ?? row.created_at ?? now(),
      ],
    })),
    ids,
  );
  ctx.report.counts(table).imported += rows.length;
}
