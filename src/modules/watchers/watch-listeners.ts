import { Injectable, OnModuleInit } from '@nestjs/common';
import { IssueChange, IssueChangeListeners } from '../issues';
import { NewNotification, NotificationsService, NotificationType } from '../notifications';
import { MembershipListeners, MembershipRemoval } from '../organizations';
import { ProjectsService } from '../projects';
import { TaskChange, TaskChangeListeners } from '../tasks';
import { issueSubject, Subject, subjectLink, taskSubject } from './subject';
import { NewWatcher, WatchersService } from './watchers.service';

/** A task or issue change as watching sees it. */
interface Followed {
  subject: Subject;
  projectId: string;
  actorId: number | null;
  title: string;
  /** Users who start watching: the creator and the assignee. */
  joining: number[];
  status: { from: string; to: string } | null;
}

/**
 * Inside each task and issue write: the creator and every new assignee start watching, and a status
 * change notifies the watchers (`status_changed`) except the one who made it, in one insert per write.
 * A member who leaves an organization stops watching its projects' tasks and issues.
 */
@Injectable()
export class WatchListeners implements OnModuleInit {
  constructor(
    private readonly taskChanges: TaskChangeListeners,
    private readonly issueChanges: IssueChangeListeners,
    private readonly membership: MembershipListeners,
    private readonly projects: ProjectsService,
    private readonly watchers: WatchersService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    // Watching follows a task's assignee and status (`followed`).
    this.taskChanges.registerFor(['assigneeId', 'status'], (changes) => this.follow('task', changes.map(followedTask).filter(isFollowed)));
    this.issueChanges.register((changes) => this.follow('issue', changes.map(followedIssue).filter(isFollowed)));
    this.membership.register(async (removals) => {
      for (const removal of removals) await this.forget(removal);
    });
  }

  private async follow(type: Subject['type'], followed: Followed[]): Promise<void> {
    if (followed.length === 0) return;
    const joining: NewWatcher[] = followed.flatMap((f) => f.joining.map((userId) => ({ subjectId: f.subject.id, projectId: f.projectId, userId })));
    const moved = followed.filter((f) => f.status !== null);
    // The new watchers join first, so a status change in the same write reaches them too.
    const watchers = await this.watchers.addManyAndList(type, joining, moved.map((f) => f.subject.id));
    if (moved.length === 0) return;
    const notifications: NewNotification[] = moved.flatMap((f) =>
      (watchers.get(String(f.subject.id)) ?? [])
        .filter((userId) => userId !== f.actorId)
        .map((userId) => ({
          userId,
          type: NotificationType.STATUS_CHANGED,
          title: `Status changed: ${f.title}`.slice(0, 200),
          message: `"${f.title}" moved from ${f.status!.from} to ${f.status!.to}`.slice(0, 1000),
          link: subjectLink(f.subject),
        })),
    );
    await this.notifications.notifyMany(notifications);
  }

  private async forget({ organizationId, userId }: MembershipRemoval): Promise<void> {
    await this.watchers.removeFromProjects(userId, await this.projects.idsOfOrganization(organizationId));
  }
}

function isFollowed(followed: Followed | null): followed is Followed {
  return followed !== null;
}

function present(...ids: (number | null | undefined)[]): number[] {
  return ids.filter((id): id is number => typeof id === 'number');
}

/** The fields of a task or an issue that watching follows. */
interface Followable {
  assigneeId: number | null;
  status: string;
  title: string;
}

interface FollowableChange {
  kind: 'created' | 'updated' | 'deleted';
  projectId: string;
  actorId: number | null;
  before: Followable | null;
  after: Followable | null;
}

/** Who starts watching (on creation: `creatorId` and the assignee; later: a new assignee) and any status move. */
function followed(subject: Subject, change: FollowableChange, creatorId: number | null): Followed | null {
  const { before, after } = change;
  if (!after) return null;
  const joining =
    change.kind === 'created' ? present(creatorId, after.assigneeId) : present(before?.assigneeId !== after.assigneeId ? after.assigneeId : null);
  const status = before && before.status !== after.status ? { from: before.status, to: after.status } : null;
  if (joining.length === 0 && !status) return null;
  return { subject, projectId: change.projectId, actorId: change.actorId, title: after.title, joining, status };
}

const followedTask = (change: TaskChange) => followed(taskSubject(change.taskId), change, change.actorId);
const followedIssue = (change: IssueChange) => followed(issueSubject(change.issueId), change, change.after?.reporterId ?? null);
