import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { buildOpenApiDocument } from '../src/app.setup';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

/**
 * The outsider matrix: every operation whose path names a project, epic, story, task or issue is
 * called by a user of another organization with the real ids of the owner's objects, and must answer
 * exactly like an unknown id (404 problem), changing nothing. Likewise every operation that documents
 * the X-Organization-Id header is called with the owner's organization in it: a 404 like an organization
 * that does not exist. Operations are discovered from the OpenAPI document, so routes added later are
 * covered without editing this file.
 */

type Kind = 'project' | 'epic' | 'story' | 'task' | 'issue';
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const SCOPED_PARAMS: Record<string, Kind> = {
  project_id: 'project',
  epic_id: 'epic',
  story_id: 'story',
  task_id: 'task',
  issue_id: 'issue',
};
const NOT_FOUND_CODES = new Set(['PROJECT_NOT_FOUND', 'EPIC_NOT_FOUND', 'STORY_NOT_FOUND', 'TASK_NOT_FOUND', 'ISSUE_NOT_FOUND']);
const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
const MISSING_UUID = '00000000-0000-4000-8000-000000000000';
const MISSING_INT = 2_000_000_000;

/**
 * Scoped operations that exist today, so a broken discovery cannot pass vacuously; raise them when routes
 * are added. 19 outside the tasks module (projects 3, epics/stories 7, issues 6, risk 3) and 7 in it
 * (list, create, get, patch, delete, start, complete), which is being rewritten and is counted only
 * while its routes are mounted.
 */
const MINIMUM_SCOPED_OPERATIONS = 19;
const MINIMUM_TASK_MODULE_OPERATIONS = 7;
/** A few that must be among them whatever else changes. */
const WELL_KNOWN = [
  'GET /api/v1/projects/{project_id}',
  'PATCH /api/v1/projects/{project_id}',
  'DELETE /api/v1/projects/{project_id}',
  'GET /api/v1/projects/{project_id}/epics',
  'POST /api/v1/projects/{project_id}/epics',
  'POST /api/v1/epics/{epic_id}/stories',
  'PATCH /api/v1/epics/{epic_id}',
  'DELETE /api/v1/epics/{epic_id}',
  'PATCH /api/v1/stories/{story_id}',
  'DELETE /api/v1/stories/{story_id}',
];

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

interface DocumentedOperation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
}

/** The header that names the organization a request acts in. */
const ORGANIZATION_HEADER = 'X-Organization-Id';

/**
 * Routes the contract scopes by organization: each must document the header, so a route added without
 * it shows up here. Other documented ones are covered too.
 */
const HEADER_WELL_KNOWN = [
  'GET /api/v1/organizations/my-organization',
  'GET /api/v1/organizations/members',
  'POST /api/v1/organizations/add-member',
  'PATCH /api/v1/organizations/members/{user_id}',
  'POST /api/v1/organizations/leave',
  'DELETE /api/v1/organizations/remove-member/{user_id}',
  'POST /api/v1/organizations/invitations',
  'GET /api/v1/organizations/invitations',
  'DELETE /api/v1/organizations/invitations/{invitation_id}',
  'GET /api/v1/projects',
  'POST /api/v1/projects',
  'GET /api/v1/chat/channels',
  'POST /api/v1/chat/channels',
  'GET /api/v1/chat/conversations',
  'GET /api/v1/chat/search',
  'GET /api/v1/chat/online-users',
  'GET /api/v1/chat/direct-messages/{user_id}',
  'POST /api/v1/chat/direct-messages/{user_id}',
];

interface HeaderOperation {
  method: Method;
  path: string;
  bodySchema?: Schema;
  requiredQuery: { name: string; schema: Schema }[];
}

/** Every operation that documents the organization header. */
function discoverHeaderScoped(doc: OpenAPIObject): HeaderOperation[] {
  const operations: HeaderOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as DocumentedOperation | undefined;
      const parameters = op?.parameters ?? [];
      if (!parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === ORGANIZATION_HEADER.toLowerCase())) continue;
      operations.push({
        method,
        path,
        bodySchema: op?.requestBody?.content?.['application/json']?.schema,
        requiredQuery: parameters
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => ({ name: p.name, schema: p.schema ?? { type: 'string' } })),
      });
    }
  }
  return operations;
}

interface Operation {
  method: Method;
  path: string;
  kinds: Kind[];
  bodySchema?: Schema;
  requiredQuery: { name: string; schema: Schema }[];
}

interface Ids {
  project: string;
  epic: string;
  story: string;
  task: string;
  issue: number;
}

const label = (op: Pick<Operation, 'method' | 'path'>) => `${op.method.toUpperCase()} ${op.path}`;

/** Every operation with a scoped path parameter; an unknown path parameter beside them fails loudly. */
function discover(doc: OpenAPIObject): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const kinds = params.filter((p) => p in SCOPED_PARAMS).map((p) => SCOPED_PARAMS[p]);
    if (kinds.length === 0) continue;
    const unknown = params.filter((p) => !(p in SCOPED_PARAMS));
    if (unknown.length > 0) throw new Error(`${path}: no id to substitute for {${unknown.join('}, {')}}; teach the access matrix`);
    for (const method of METHODS) {
      const op = item[method] as DocumentedOperation | undefined;
      if (!op) continue;
      operations.push({
        method,
        path,
        kinds,
        bodySchema: op.requestBody?.content?.['application/json']?.schema,
        requiredQuery: (op.parameters ?? [])
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => ({ name: p.name, schema: p.schema ?? { type: 'string' } })),
      });
    }
  }
  return operations;
}

/** A plausible valid value for a schema: what a member of the project could send. */
function sample(doc: OpenAPIObject, schema: Schema, ids: Ids, name = ''): unknown {
  if (schema.$ref) {
    const ref = schema.$ref.replace('#/components/schemas/', '');
    return sample(doc, doc.components!.schemas![ref], ids, name);
  }
  // A lone `allOf` wraps a reference (e.g. a named enum); several are merged objects.
  if (schema.allOf?.length === 1) return sample(doc, schema.allOf[0], ids, name);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(doc, s, ids, name)));
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const clamp = (n: number) => Math.min(schema.maximum ?? n, Math.max(schema.minimum ?? n, n));
  // `string | null` fields can be documented as "object" (reflection of a union); their constraints tell.
  const stringLike = !schema.properties && (schema.minLength ?? schema.maxLength ?? schema.pattern) !== undefined;
  switch (stringLike ? 'string' : schema.type) {
    case 'integer':
    case 'number':
      return clamp(1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
        sample(doc, { ...(schema.items ?? { type: 'string' }), format: schema.items?.format ?? schema.format }, ids, name),
      );
    case 'string':
      if (schema.format === 'uuid') {
        const kind = SCOPED_PARAMS[name.replace(/s$/, '')] ?? SCOPED_PARAMS[name];
        return kind && kind !== 'issue' ? ids[kind] : ids.task;
      }
      if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
      if (schema.format === 'email') return 'someone@example.test';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default: {
      const properties = schema.properties ?? {};
      const required = schema.required ?? [];
      // Required fields only; a schema without any (a PATCH) gets every field, so the call would change something.
      const fields = required.length > 0 ? required : Object.keys(properties);
      return Object.fromEntries(fields.map((field) => [field, sample(doc, properties[field] ?? { type: 'string' }, ids, field)]));
    }
  }
}

function urlOf(op: Operation, ids: Ids | Record<Kind, string | number>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, param: string) => encodeURIComponent(String(ids[SCOPED_PARAMS[param]])));
}

describe('access matrix: an outsider is answered 404 everywhere (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let doc: OpenAPIObject;
  let operations: Operation[];
  let owner: TestUser;
  let outsider: TestUser;
  let ids: Ids;
  let outsiderProject: string;

  const call = (user: TestUser, method: Method, url: string, body?: unknown): Promise<Response> => {
    const req = t.http[method](url).set('Authorization', user.auth);
    return body === undefined ? req : req.send(body as object);
  };

  /** Every row the outsider could conceivably touch, serialised for comparison. */
  const snapshot = async (): Promise<string> => {
    const rows = async (sql: string, params: unknown[]) => db.query(sql, params);
    return JSON.stringify({
      projects: await rows(`SELECT * FROM projects WHERE organization_id = $1 ORDER BY id`, [owner.organizationId]),
      epics: await rows(`SELECT e.* FROM epics e JOIN projects p ON p.id = e.project_id WHERE p.organization_id = $1 ORDER BY e.id`, [
        owner.organizationId,
      ]),
      stories: await rows(
        `SELECT s.* FROM stories s JOIN projects p ON p.id = s.project_id WHERE p.organization_id = $1 ORDER BY s.id`,
        [owner.organizationId],
      ),
      tasks: await rows(`SELECT t.* FROM tasks t JOIN projects p ON p.id = t.project_id WHERE p.organization_id = $1 ORDER BY t.id`, [
        owner.organizationId,
      ]),
      issues: await rows(`SELECT i.* FROM issues i JOIN projects p ON p.id = i.project_id WHERE p.organization_id = $1 ORDER BY i.id`, [
        owner.organizationId,
      ]),
      members: await rows(`SELECT * FROM organization_members WHERE organization_id = $1 ORDER BY id`, [owner.organizationId]),
      invitations: await rows(`SELECT * FROM organization_invitations WHERE organization_id = $1 ORDER BY id`, [owner.organizationId]),
      channels: await rows(`SELECT * FROM chat_channels WHERE organization_id = $1 ORDER BY id`, [owner.organizationId]),
      users: await rows(`SELECT id, username, avatar_url, session_version FROM users ORDER BY id`, []),
      messages: await rows(`SELECT count(*)::int AS n FROM chat_messages`, []),
      ownerNotifications: await rows(`SELECT id, read FROM notifications WHERE user_id = $1 ORDER BY id`, [owner.id]),
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    doc = buildOpenApiDocument(t.app);
    operations = discover(doc);
    owner = await createUser(t);
    outsider = await createUser(t);
    outsiderProject = await createProject(t, outsider, 'Outsider project');

    const project = await createProject(t, owner, 'Owner project');
    const epic = await t.http.post(`/api/v1/projects/${project}/epics`).set('Authorization', owner.auth).send({ name: 'Epic' }).expect(201);
    const story = await t.http
      .post(`/api/v1/epics/${epic.body.id}/stories`)
      .set('Authorization', owner.auth)
      .send({ name: 'Story' })
      .expect(201);
    const task = await t.http
      .post(`/api/v1/projects/${project}/tasks`)
      .set('Authorization', owner.auth)
      .send({ title: 'Task', story_id: story.body.id })
      .expect(201);
    await db.query(`UPDATE tasks SET assignee_id = $2 WHERE id = $1`, [task.body.id, owner.id]);
    const issue = await t.http
      .post('/api/v1/issues')
      .set('Authorization', owner.auth)
      .send({ project_id: project, task_id: task.body.id, title: 'Issue', description: 'Broken', issue_type: 'bug' })
      .expect(201);
    ids = { project, epic: epic.body.id, story: story.body.id, task: task.body.id, issue: issue.body.id };
  });
  afterAll(async () => t.close());

  /** Calls each operation as the outsider, with the owner's ids and then with unknown ids, collecting mismatches. */
  const probe = async (selected: Operation[]): Promise<string[]> => {
    const failures: string[] = [];
    const missing: Record<Kind, string | number> = {
      project: MISSING_UUID,
      epic: MISSING_UUID,
      story: MISSING_UUID,
      task: MISSING_UUID,
      issue: MISSING_INT,
    };
    for (const op of selected) {
      const body = op.bodySchema ? sample(doc, op.bodySchema, ids) : op.method === 'get' || op.method === 'delete' ? undefined : {};
      const query = op.requiredQuery.map((q) => `${q.name}=${encodeURIComponent(String(sample(doc, q.schema, ids, q.name)))}`).join('&');
      const suffix = query ? `?${query}` : '';
      const res = await call(outsider, op.method, `${urlOf(op, ids)}${suffix}`, body);
      const unknown = await call(outsider, op.method, `${urlOf(op, missing)}${suffix}`, body);
      const code = res.body?.code as string | undefined;
      const problem = /^application\/problem\+json/.test(res.headers['content-type'] ?? '');
      if (res.status !== 404 || !problem || !code || !NOT_FOUND_CODES.has(code)) {
        failures.push(`${label(op)} body=${JSON.stringify(body)} -> ${res.status} ${code ?? ''} ${res.body?.detail ?? ''}`);
      } else if (unknown.status !== res.status || unknown.body?.code !== code) {
        failures.push(`${label(op)}: an unknown id answers ${unknown.status} ${unknown.body?.code}, the owner's id ${res.status} ${code}`);
      }
    }
    return failures;
  };

  it('discovers every scoped operation from the OpenAPI document (no vacuous pass)', () => {
    const labels = operations.map(label);
    expect(labels).toEqual(expect.arrayContaining(WELL_KNOWN));
    expect(operations.length).toBeGreaterThanOrEqual(MINIMUM_SCOPED_OPERATIONS + MINIMUM_TASK_MODULE_OPERATIONS);
    // Every mutating verb is represented: the matrix is not just GETs.
    expect(new Set(operations.map((o) => o.method))).toEqual(new Set(['get', 'post', 'patch', 'delete']));
  });

  it('project, epic, story and task operations: 404 problem for the outsider, same as an unknown id; nothing changes', async () => {
    const selected = operations.filter((op) => !op.kinds.includes('issue'));
    expect(selected.length).toBeGreaterThanOrEqual(WELL_KNOWN.length);
    const before = await snapshot();
    expect(await probe(selected)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('issue operations: 404 problem for the outsider; nothing changes', async () => {
    const selected = operations.filter((op) => op.kinds.includes('issue'));
    expect(selected.length).toBeGreaterThan(0);
    const before = await snapshot();
    expect(await probe(selected)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  describe('the X-Organization-Id header', () => {
    let headerOperations: HeaderOperation[];
    let pathIds: Record<string, number>;

    beforeAll(async () => {
      headerOperations = discoverHeaderScoped(doc);
      const member = await createUser(t, { organizationId: owner.organizationId });
      const invitation = await t.http
        .post('/api/v1/organizations/invitations')
        .set('Authorization', owner.auth)
        .send({ email: 'matrix-invitee@example.test', role: 'qa' })
        .expect(201);
      // The most tempting targets: a real member and a real pending invitation of the owner's organization.
      pathIds = { user_id: member.id, invitation_id: invitation.body.id as number };
    });

    const urlWith = (op: HeaderOperation) => {
      const path = op.path.replace(/\{([^}]+)\}/g, (_, param: string) => {
        if (!(param in pathIds)) throw new Error(`${label(op)}: no id to substitute for {${param}}; teach the access matrix`);
        return String(pathIds[param]);
      });
      const query = op.requiredQuery.map((q) => `${q.name}=${encodeURIComponent(String(sample(doc, q.schema, ids, q.name)))}`).join('&');
      return query ? `${path}?${query}` : path;
    };
    const callWith = (op: HeaderOperation, organizationId: string) => {
      const body = op.bodySchema ? sample(doc, op.bodySchema, ids) : op.method === 'get' || op.method === 'delete' ? undefined : {};
      const req = t.http[op.method](urlWith(op)).set('Authorization', outsider.auth).set(ORGANIZATION_HEADER, organizationId);
      return body === undefined ? req : req.send(body as object);
    };

    it('is documented on every organization-scoped route (no vacuous pass)', () => {
      expect(headerOperations.map(label)).toEqual(expect.arrayContaining(HEADER_WELL_KNOWN));
    });

    it('naming an organization the caller is not in: 404 everywhere, exactly like one that does not exist; nothing changes', async () => {
      const before = await snapshot();
      const failures: string[] = [];
      for (const op of headerOperations) {
        const foreign = await callWith(op, owner.organizationId);
        const missing = await callWith(op, MISSING_UUID);
        const problem = /^application\/problem\+json/.test(foreign.headers['content-type'] ?? '');
        if (foreign.status !== 404 || !problem || foreign.body?.code !== 'ORGANIZATION_NOT_FOUND') {
          failures.push(`${label(op)} -> ${foreign.status} ${foreign.body?.code ?? ''} ${foreign.body?.detail ?? ''}`);
        } else if (missing.status !== 404 || missing.body?.code !== 'ORGANIZATION_NOT_FOUND') {
          failures.push(`${label(op)}: an unknown organization answers ${missing.status} ${missing.body?.code}`);
        }
      }
      expect(failures).toEqual([]);
      expect(await snapshot()).toBe(before);
    });

    it('a malformed value: 422 naming the header everywhere; nothing changes', async () => {
      const before = await snapshot();
      const failures: string[] = [];
      for (const op of headerOperations) {
        const res = await callWith(op, 'not-an-organization');
        const fields = ((res.body?.errors ?? []) as { field: string }[]).map((e) => e.field);
        if (res.status !== 422 || res.body?.code !== 'VALIDATION_FAILED' || !fields.includes(ORGANIZATION_HEADER)) {
          failures.push(`${label(op)} -> ${res.status} ${res.body?.code ?? ''} ${JSON.stringify(res.body?.errors ?? [])}`);
        }
      }
      expect(failures).toEqual([]);
      expect(await snapshot()).toBe(before);
    });
  });

  describe('ids in request bodies', () => {
    /** Two problems are "the same" when they differ only by the ids, the instance and the request id. */
    const shapeOf = (res: Response, ...idsToMask: (string | number)[]) => {
      let text = JSON.stringify({ status: res.status, ...res.body, instance: undefined, request_id: undefined });
      for (const id of idsToMask) text = text.split(String(id)).join('<id>');
      return JSON.parse(text) as unknown;
    };

    it('POST /api/v1/issues with another organization’s project_id is a 404 and creates nothing', async () => {
      const before = await snapshot();
      const issuesBefore = await db.query(`SELECT id FROM issues`);
      const body = { title: 'Sneaky', description: 'x', issue_type: 'blocker' };
      const res = await call(outsider, 'post', '/api/v1/issues', { ...body, project_id: ids.project });
      expectProblem(res, 404, 'PROJECT_NOT_FOUND');
      const unknown = await call(outsider, 'post', '/api/v1/issues', { ...body, project_id: MISSING_UUID });
      expect(shapeOf(res, ids.project)).toEqual(shapeOf(unknown, MISSING_UUID));

      // Their own project with the owner's task: refused exactly like a task that does not exist.
      const foreignTask = await call(outsider, 'post', '/api/v1/issues', { ...body, project_id: outsiderProject, task_id: ids.task });
      const missingTask = await call(outsider, 'post', '/api/v1/issues', { ...body, project_id: outsiderProject, task_id: MISSING_UUID });
      expect([404, 422]).toContain(foreignTask.status);
      expect(shapeOf(foreignTask, ids.task)).toEqual(shapeOf(missingTask, MISSING_UUID));

      expect(await db.query(`SELECT id FROM issues`)).toEqual(issuesBefore);
      expect(await snapshot()).toBe(before);
    });

    it('POST /projects/{project_id}/tasks in their own project with the owner’s story_id is refused like an unknown story', async () => {
      const before = await snapshot();
      const tasksBefore = await db.query(`SELECT id FROM tasks WHERE project_id = $1`, [outsiderProject]);
      const path = `/api/v1/projects/${outsiderProject}/tasks`;
      const foreign = await call(outsider, 'post', path, { title: 'Sneaky', story_id: ids.story });
      const missing = await call(outsider, 'post', path, { title: 'Sneaky', story_id: MISSING_UUID });
      expect([404, 422]).toContain(foreign.status);
      expect(shapeOf(foreign, ids.story)).toEqual(shapeOf(missing, MISSING_UUID));
      expect(await db.query(`SELECT id FROM tasks WHERE project_id = $1`, [outsiderProject])).toEqual(tasksBefore);
      expect(await snapshot()).toBe(before);
    });

    it('POST /projects/tasks/bulk-assign with the owner’s task ids: 422 listing them like unknown ids; nothing is assigned', async () => {
      const before = await snapshot();
      for (const assignee of [outsider.id, owner.id]) {
        const res = await call(outsider, 'post', '/api/v1/projects/tasks/bulk-assign', {
          task_ids: [ids.task, MISSING_UUID],
          assigned_to: assignee,
        });
        expectProblem(res, 422, 'VALIDATION_FAILED');
        const errors = res.body.errors as { field: string; message: string }[];
        const forTask = (index: number) => errors.find((e) => e.field === `task_ids[${index}]`);
        expect(forTask(0)).toBeDefined();
        expect(forTask(1)).toBeDefined();
        expect(forTask(0)!.message.replace(ids.task, '<id>')).toBe(forTask(1)!.message.replace(MISSING_UUID, '<id>'));
        expect(JSON.stringify(res.body)).not.toContain(ids.project);
      }
      expect(await snapshot()).toBe(before);
    });
  });
});
