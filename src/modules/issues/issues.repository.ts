import { Rooms } from '../../common/realtime';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { ChangeContext, changedFields, setBasedUpdateParams, setBasedUpdateSql } from '../../common/changes';
import { NotFoundError } from '../../common/errors';
import { ActivityAction, ActivityEntry, ActivityLog, fieldEntries } from '../activity';
import { OutboxService } from '../outbox';
import { TasksService } from '../tasks';
import { Issue } from './entities/issue.entity';
import { ISSUE_COLUMNS, ISSUE_FIELDS, ISSUE_RECORDED_FIELDS, IssueField } from './issue-columns';
import { IssueChange, IssueChangeListeners } from './issue-changes';
import { BLOCKING_STATUSES, IssueType } from './issue-enums';
import { toIssueJson } from './issue.json';

/** What a use case may set on an issue. */
export type IssuePatch = Partial<Pick<Issue, IssueField>>;

const UPDATE_SQL = setBasedUpdateSql('issues', 'int', ISSUE_COLUMNS);

/** An open `blocker` linked to a task blocks it. */
export function blocksTask(issue: Pick<Issue, 'issueType' | 'taskId' | 'status'>): boolean {
  return issue.issueType === IssueType.BLOCKER && issue.taskId !== null && BLOCKING_STATUSES.has(issue.status);
}

/**
 * The one write path of `issues`. Every write keeps the linked task's blocked state in step (through
 * the tasks module), records activity rows, queues `issue_updated` and calls the change listeners,
 * all in the caller's transaction. Callers lock what they change (`lock`, `lockMany`).
 */
@Injectable()
export class IssuesRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly activity: ActivityLog,
    private readonly outbox: OutboxService,
    private readonly listeners: IssueChangeListeners,
    private readonly tasks: TasksService,
  ) {}

  private get issues() {
    return this.txHost.tx.getRepository(Issue);
  }

  // Reads

  /** Issues with reporter and assignee joined, for lists. */
  withPeople() {
    return this.issues.createQueryBuilder('i').innerJoinAndSelect('i.reporter', 'reporter').leftJoinAndSelect('i.assignee', 'assignee');
  }

  async load(issueId: number): Promise<Issue> {
    const issue = await this.withPeople().where('i.id = :issueId', { issueId }).getOne();
    if (!issue) throw new NotFoundError('Issue', issueId);
    return issue;
  }

  /** The project's open blocker issues (they block their task), highest priority and oldest first. */
  async openBlockers(projectId: string): Promise<Pick<Issue, 'id' | 'title'>[]> {
    return this.issues
      .createQueryBuilder('i')
      .select(['i.id', 'i.title'])
      .where('i.project_id = :projectId AND i.issue_type = :blocker AND i.status IN (:...statuses)', {
        projectId,
        blocker: IssueType.BLOCKER,
        statuses: [...BLOCKING_STATUSES],
      })
      .orderBy(`array_position(ARRAY['critical','high','medium','low']::issue_priority[], i.priority)`)
      .addOrderBy('i.created_at')
      .addOrderBy('i.id')
      .getMany();
  }

  async lock(issueId: number): Promise<Issue> {
    const issue = await this.issues.createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :issueId', { issueId }).getOne();
    if (!issue) throw new NotFoundError('Issue', issueId);
    return issue;
  }

  /** Locks the issues that exist among `issueIds`, in id order. */
  async lockMany(issueIds: readonly number[]): Promise<Issue[]> {
    return this.issues
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where({ id: In([...issueIds]) })
      .orderBy('i.id')
      .getMany();
  }

  // Writes

  /** Inserts one issue; returns it with reporter and assignee loaded. */
  async insert(draft: Issue, context: ChangeContext): Promise<Issue> {
    const { id } = await this.issues.save(draft);
    const issue = await this.load(id);
    await this.recorded([this.change('created', null, issue, ISSUE_FIELDS, context)], context);
    return issue;
  }

  async update(locked: Issue, patch: IssuePatch, context: ChangeContext): Promise<Issue> {
    const [saved] = await this.updateMany([locked], () => patch, context);
    return saved;
  }

  /** A patch per locked issue, in one UPDATE. Returns the new rows (people loaded) in the given order. */
  async updateMany(locked: readonly Issue[], patchOf: (issue: Issue) => IssuePatch, context: ChangeContext): Promise<Issue[]> {
    if (locked.length === 0) return [];
    const patched = locked.map((before) => Object.assign(new Issue(), before, patchOf(before)));
    const [rows]: [{ id: number }[], number] = await this.txHost.tx.query(UPDATE_SQL, setBasedUpdateParams(patched, ISSUE_COLUMNS));
    const loaded = new Map((await this.withPeople().where({ id: In(rows.map((r) => r.id)) }).getMany()).map((i) => [i.id, i]));
    const afters = locked.map((before) => {
      const after = loaded.get(before.id);
      if (!after) throw new NotFoundError('Issue', before.id);
      return after;
    });
    await this.recorded(
      locked.map((before, i) => this.change('updated', before, afters[i], changedFields(before, afters[i], ISSUE_FIELDS), context)),
      context,
    );
    return afters;
  }

  // Internals

  private change(
    kind: IssueChange['kind'],
    before: Issue | null,
    after: Issue,
    fields: readonly IssueField[],
    context: ChangeContext,
  ): IssueChange {
    return {
      kind,
      issueId: after.id,
      projectId: after.projectId,
      actorId: context.actorId,
      reason: context.reason ?? null,
      before,
      after,
      changedFields: [...fields],
    };
  }

  /** The linked tasks' blocked state, activity rows, `issue_updated` events and listeners of one write. */
  private async recorded(changes: IssueChange[], context: ChangeContext): Promise<void> {
    for (const change of changes) await this.syncBlocker(change, context);
    await this.activity.record(changes.flatMap(activityOf));
    await this.outbox.enqueueMany(
      changes.map(({ after }) => ({ room: Rooms.project(after!.projectId), event: 'issue_updated', payload: { ...toIssueJson(after!) } })),
    );
    await this.listeners.notify(changes);
  }

  private async syncBlocker({ before, after, issueId }: IssueChange, context: ChangeContext): Promise<void> {
    const was = before !== null && blocksTask(before) ? before.taskId : null;
    const is = after !== null && blocksTask(after) ? after.taskId : null;
    if (was === is) return;
    if (was !== null) await this.tasks.blockerResolved(was, issueId, context.actorId);
    if (is !== null) await this.tasks.blockerLinked(is, issueId, context.actorId);
  }
}

/** The activity rows of one issue change: its creation, or a row per changed recorded field. */
export function activityOf(change: IssueChange): ActivityEntry[] {
  const base = { issueId: change.issueId, projectId: change.projectId, actorId: change.actorId, reason: change.reason };
  if (change.kind === 'created') return [{ ...base, action: ActivityAction.CREATED }];
  if (!change.before || !change.after) return [];
  return fieldEntries(ISSUE_RECORDED_FIELDS, change.before, change.after, change.changedFields, base);
}
