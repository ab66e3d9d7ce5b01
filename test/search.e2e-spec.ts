import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { parseSearch, toTsQueryText } from '../src/modules/search';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createProject, createUser, TestUser } from './support/users';

interface Result {
  type: string;
  id: string | number;
  project_id: string;
  title: string;
  snippet: string;
  rank: number;
  task_id: string | null;
  issue_id: number | null;
}

describe('search (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let owner: TestUser;
  let projectId: string;
  let otherProject: string;
  let deploymentTask: string;
  let backlogTask: string;
  let sideTask: string;
  let issueId: number;
  let commentId: number;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    owner = await createUser(t);
    projectId = await createProject(t, owner, 'Main');
    otherProject = await createProject(t, owner, 'Side');
    const task = async (project: string, title: string, description?: string) =>
      (await t.http.post(`/api/v1/projects/${project}/tasks`).set('Authorization', owner.auth).send({ title, description }).expect(201)).body
        .id as string;
    deploymentTask = await task(projectId, 'Automate the deployment pipeline', 'Blue green rollout with a canary stage');
    backlogTask = await task(projectId, 'Groom the backlog', 'mention the deployment once in passing');
    sideTask = await task(otherProject, 'Deployment checklist for the side project');
    issueId = (
      await t.http
        .post('/api/v1/issues')
        .set('Authorization', owner.auth)
        .send({ project_id: projectId, title: 'Canary crashes', description: 'The <script>alert(1)</script> canary deployment crashes' })
        .expect(201)
    ).body.id;
    commentId = (
      await t.http
        .post(`/api/v1/projects/tasks/${backlogTask}/comments`)
        .set('Authorization', owner.auth)
        .send({ body: 'Deployment of the canary slipped to Friday' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => t.close());

  const search = (query: string, user = owner) => t.http.get(`/api/v1/search?${query}`).set('Authorization', user.auth);
  const found = async (query: string) => ((await search(query).expect(200)).body.items as Result[]).map((r) => `${r.type}:${r.id}`);

  it('finds tasks, issues and comments by words and prefixes, most relevant first, with titles and marked snippets', async () => {
    const res = await search('q=deploy').expect(200);
    expect(res.body.total).toBe(5);
    const items = res.body.items as Result[];
    // A title match (weight A) outranks a description match, which outranks a comment. The two tasks with the
    // word in their title rank alike, so their order between them is not fixed.
    expect(items.slice(0, 2).map((r) => r.title).sort()).toEqual(['Automate the deployment pipeline', 'Deployment checklist for the side project']);
    expect(items[0]).toMatchObject({ type: 'task', task_id: expect.any(String), issue_id: null });
    expect(items.map((r) => r.rank)).toEqual([...items.map((r) => r.rank)].sort((a, b) => b - a));
    expect(items.every((r) => r.rank > 0 && r.rank < 1)).toBe(true);
    const comment = items.find((r) => r.type === 'comment')!;
    expect(comment).toEqual({
      type: 'comment',
      id: commentId,
      project_id: projectId,
      title: 'Groom the backlog',
      snippet: '<mark>Deployment</mark> of the canary slipped to Friday',
      rank: expect.any(Number),
      task_id: backlogTask,
      issue_id: null,
    });
    const issue = items.find((r) => r.type === 'issue')!;
    expect(issue).toMatchObject({ id: issueId, title: 'Canary crashes', issue_id: issueId, task_id: null });
    // The snippet is safe HTML: the text is escaped, only the marks are tags.
    expect(issue.snippet).toContain('&lt;script&gt;');
    expect(issue.snippet).not.toContain('<script>');
    expect(issue.snippet).toContain('<mark>deployment</mark>');
  });

  it('ANDs words, matches phrases, excludes -words and offers alternatives with or', async () => {
    expect(await found('q=canary%20deploy')).toEqual(expect.arrayContaining([`task:${deploymentTask}`, `issue:${issueId}`, `comment:${commentId}`]));
    expect(await found('q=canary%20deploy')).toHaveLength(3);
    expect(await found(`q=${encodeURIComponent('"canary stage"')}`)).toEqual([`task:${deploymentTask}`]);
    expect(await found(`q=${encodeURIComponent('"stage canary"')}`)).toEqual([]);
    expect((await found('q=deploy%20-canary')).sort()).toEqual([`task:${backlogTask}`, `task:${sideTask}`].sort());
    expect((await found('q=friday%20or%20crashes')).sort()).toEqual([`comment:${commentId}`, `issue:${issueId}`].sort());
    expect(await found('q=DEPLOYMENT%20PIPE')).toEqual([`task:${deploymentTask}`]);
  });

  it('narrows by types and by project', async () => {
    expect(await found('q=deploy&types=comment')).toEqual([`comment:${commentId}`]);
    expect((await found('q=deploy&types=issue,comment')).sort()).toEqual([`comment:${commentId}`, `issue:${issueId}`].sort());
    const side = (await search(`q=deploy&project_id=${otherProject}`).expect(200)).body.items as Result[];
    expect(side.map((r) => [r.type, r.project_id, r.title])).toEqual([['task', otherProject, 'Deployment checklist for the side project']]);
  });

  it('follows edits and deletions (the vectors are generated columns)', async () => {
    await t.http.patch(`/api/v1/projects/tasks/${backlogTask}`).set('Authorization', owner.auth).send({ title: 'Groom the quokka backlog' }).expect(200);
    expect(await found('q=quokk')).toEqual([`task:${backlogTask}`]);
    await t.http.patch(`/api/v1/comments/${commentId}`).set('Authorization', owner.auth).send({ body: 'Slipped: the wombat release' }).expect(200);
    expect(await found('q=wombat')).toEqual([`comment:${commentId}`]);
    expect(await found('q=friday')).toEqual([]);
    await t.http.delete(`/api/v1/comments/${commentId}`).set('Authorization', owner.auth).expect(204);
    expect(await found('q=wombat')).toEqual([]);
  });

  it('pages by offset and by a cursor that walks the whole ranking once', async () => {
    const project = await createProject(t, owner, 'paging');
    for (let i = 0; i < 7; i++) {
      await t.http
        .post(`/api/v1/projects/${project}/tasks`)
        .set('Authorization', owner.auth)
        .send({ title: `zebra ${'zebra '.repeat(i % 3)}${i}`, description: i % 2 ? 'zebra' : undefined })
        .expect(201);
    }
    const all = (await search(`q=zebra&project_id=${project}&limit=100`).expect(200)).body.items as Result[];
    expect(all).toHaveLength(7);
    const walked: Result[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await search(`q=zebra&project_id=${project}&limit=3${after}`).expect(200)).body as { total: number; items: Result[]; next_cursor: string | null };
      expect(page.total).toBe(7);
      walked.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    expect(walked.map((r) => r.id)).toEqual(all.map((r) => r.id));
    const offset = (await search(`q=zebra&project_id=${project}&limit=3&skip=6`).expect(200)).body;
    expect(offset.items.map((r: Result) => r.id)).toEqual([all[6].id]);
    const past = (await search(`q=zebra&project_id=${project}&skip=50`).expect(200)).body;
    expect(past).toMatchObject({ items: [], total: 7, next_cursor: null });
    // A cursor is bound to its query.
    const first = (await search(`q=zebra&project_id=${project}&limit=3`).expect(200)).body.next_cursor as string;
    expectProblem(await search(`q=zebr&project_id=${project}&cursor=${encodeURIComponent(first)}`), 422, 'INVALID_CURSOR');
  });

  it('a page is one query over tasks, issues and comments', async () => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await search('q=deploy&limit=50').expect(200);
      const searching = spy.mock.calls.filter(([sql]) => /\b(tasks|issues|comments)\b/.test(String(sql)));
      expect(searching).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([
    ['', 'q'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=%20%20', 'q'],
    ['q=!!!%20***', 'q'],
    ['q=-alone', 'q'],
    ['q=x&types=task,bogus', 'types'],
    ['q=x&types=', 'types'],
    ['q=x&project_id=nope', 'project_id'],
    ['q=x&limit=101', 'limit'],
  ])('%j is a 422 naming %s', async (query, field) => {
    const res = await search(query);
    expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('a project of another organization is a 404, and an outsider finds nothing of the owner’s', async () => {
    const outsider = await createUser(t);
    expectProblem(await search(`q=deploy&project_id=${projectId}`, outsider), 404, 'PROJECT_NOT_FOUND');
    expect((await search('q=deploy', outsider).expect(200)).body).toMatchObject({ total: 0, items: [] });
  });

  it('whatever the text, the query is valid tsquery syntax or refused: never a database error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'grapheme' }), async (text) => {
        const tsquery = toTsQueryText(parseSearch(text));
        if (tsquery === null) return;
        await db.query(`SELECT to_tsquery('simple', $1)`, [tsquery]);
      }),
      { numRuns: 300 },
    );
    for (const text of [`'); DROP TABLE tasks; --`, `a:* & !b | (c`, `\\'\\\\`, '"""', '-"x" or or -y z']) {
      const res = await search(`q=${encodeURIComponent(text)}`);
      expect([200, 422]).toContain(res.status);
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM tasks`))[0].n).toBeGreaterThan(0);
  });
});
