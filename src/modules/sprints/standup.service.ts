import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access';
import { ActivityLog } from '../activity';
import { IssuesRepository } from '../issues';
import { Memberships } from '../organizations';
import { TaskQueries, TasksRepository, TaskStatus } from '../tasks';
import { RefDto, StandupDto, StandupQuery } from './dto/reports.dto';
import { SprintClock } from './sprint-clock';

const DAY_MS = 86_400_000;
const AT_RISK_LIMIT = 50;

/**
 * The standup of a project since an instant (default 24 hours ago), per member of its organization:
 * what they completed (from the recorded status transitions: tasks whose last transition since then
 * was theirs, to Done), what they have in progress and what of theirs is blocked (as it stands now);
 * then the project's open blockers and its high-risk tasks.
 */
@Injectable()
export class StandupService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly activity: ActivityLog,
    private readonly issues: IssuesRepository,
    private readonly memberships: Memberships,
    private readonly tasks: TasksRepository,
    private readonly taskQueries: TaskQueries,
    private readonly clock: SprintClock,
  ) {}

  async standup(userId: number, projectId: string, query: StandupQuery): Promise<StandupDto> {
    const access = await this.access.project(userId, projectId);
    const since = query.since ? new Date(query.since) : new Date(this.clock.now().getTime() - DAY_MS);
    const [members, transitions, open, blockers, atRisk] = await Promise.all([
      this.memberships.membersOf(access.organizationId),
      this.activity.lastStatusTransitionsSince(projectId, since),
      this.taskQueries.openAssigned(projectId),
      this.issues.openBlockers(projectId),
      this.tasks.highRisk(projectId, AT_RISK_LIMIT),
    ]);
    const completions = transitions
      .filter((t) => t.status === String(TaskStatus.DONE) && t.actorId !== null)
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const titles = new Map((await this.taskQueries.refs(completions.map((c) => c.taskId))).map((ref) => [ref.id, ref]));
    const lists = new Map<number, Record<'completed' | 'in_progress' | 'blocked', RefDto[]>>(
      members.map((member) => [member.userId, { completed: [], in_progress: [], blocked: [] }]),
    );
    for (const { taskId, actorId } of completions) {
      const ref = titles.get(taskId);
      if (ref) lists.get(actorId!)?.completed.push(ref);
    }
    for (const task of open) {
      const list = lists.get(task.assigneeId);
      const ref = { id: task.id, title: task.title };
      if (task.blocked) list?.blocked.push(ref);
      else if (task.status === TaskStatus.IN_PROGRESS) list?.in_progress.push(ref);
    }
    return {
      since: since.toISOString(),
      members: members.map((member) => ({ user_id: member.userId, username: member.username, ...lists.get(member.userId)! })),
      open_blockers: blockers.map(({ id, title }) => ({ id, title })),
      at_risk: atRisk.map(({ id, title }) => ({ id, title })),
    };
  }
}
