import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ForbiddenError, NotFoundError, ResourceKind, ValidationFailedError } from '../../common/errors';

/** What a member may do in a project, as seen by the access policy. */
export interface ProjectAccess {
  userId: number;
  projectId: string;
  organizationId: string;
  projectOwnerId: number;
  organizationOwnerId: number;
  role: string;
}

/** A chat channel as the access policy sees it: visible to its members, and to its organization when public. */
export interface ChannelAccess {
  userId: number;
  channelId: number;
  organizationId: string;
  channelType: 'public' | 'private';
  isMember: boolean;
}

type ScopedKind = Extract<ResourceKind, 'Project' | 'Epic' | 'Story' | 'Task' | 'Issue' | 'Sprint' | 'Comment' | 'Label'>;

/** How each kind of id reaches its project. */
const SOURCES: Record<ScopedKind, string> = {
  Project: 'projects p',
  Epic: 'epics x JOIN projects p ON p.id = x.project_id',
  Story: 'stories x JOIN projects p ON p.id = x.project_id',
  Task: 'tasks x JOIN projects p ON p.id = x.project_id',
  Issue: 'issues x JOIN projects p ON p.id = x.project_id',
  Sprint: 'sprints x JOIN projects p ON p.id = x.project_id',
  Comment: 'comments x JOIN projects p ON p.id = x.project_id',
  Label: 'labels x JOIN projects p ON p.id = x.project_id',
};

const MANAGER_ROLES = new Set(['owner', 'manager']);

/** The access of user `$1` to the thing `$2` of `kind`, with `extra` columns of it (aliased `x`). */
function accessSql(kind: ScopedKind, extra?: string): string {
  const alias = kind === 'Project' ? 'p' : 'x';
  return `SELECT p.id AS "projectId", p.organization_id AS "organizationId", p.owner_id AS "projectOwnerId",
              o.owner_id AS "organizationOwnerId", m.role, m.user_id AS "userId"${extra ? `, ${extra}` : ''}
         FROM ${SOURCES[kind]}
         JOIN organizations o ON o.id = p.organization_id
         JOIN organization_members m ON m.organization_id = p.organization_id AND m.user_id = $1
        WHERE ${alias}.id = $2`;
}

/**
 * The one answer to "may user U act on this project (or on this epic, story, task, issue, comment, label)?".
 * A non-member gets the same 404 as for an id that does not exist.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async project(userId: number, projectId: string): Promise<ProjectAccess> {
    return this.resolve('Project', userId, projectId);
  }

  async epic(userId: number, epicId: string): Promise<ProjectAccess> {
    return this.resolve('Epic', userId, epicId);
  }

  async story(userId: number, storyId: string): Promise<ProjectAccess> {
    return this.resolve('Story', userId, storyId);
  }

  async task(userId: number, taskId: string): Promise<ProjectAccess> {
    return this.resolve('Task', userId, taskId);
  }

  /**
   * `task(userId, taskId)` and the task's row locked FOR UPDATE, in one statement: `columns` are the
   * row's columns to return (over the alias `x`). A non-member locks nothing and gets the same 404.
   */
  async lockedTask<Row extends object>(userId: number, taskId: string, columns: string): Promise<{ access: ProjectAccess; row: Row }> {
    const [row]: (ProjectAccess & Row)[] = await this.txHost.tx.query(`${accessSql('Task', columns)} FOR UPDATE OF x`, [userId, taskId]);
    if (!row) throw new NotFoundError('Task', taskId);
    const { projectId, organizationId, projectOwnerId, organizationOwnerId, role, userId: member } = row;
    return { access: { projectId, organizationId, projectOwnerId, organizationOwnerId, role, userId: member }, row };
  }

  async issue(userId: number, issueId: number): Promise<ProjectAccess> {
    return this.resolve('Issue', userId, issueId);
  }

  async sprint(userId: number, sprintId: string): Promise<ProjectAccess> {
    return this.resolve('Sprint', userId, sprintId);
  }

  async comment(userId: number, commentId: number): Promise<ProjectAccess> {
    return this.resolve('Comment', userId, commentId);
  }

  async label(userId: number, labelId: string): Promise<ProjectAccess> {
    return this.resolve('Label', userId, labelId);
  }

  /**
   * A channel the user may see: one they belong to, or a public channel of one of their organizations.
   * A private channel is a 404 to non-members, as if it did not exist.
   */
  async channel(userId: number, channelId: number): Promise<ChannelAccess> {
    const rows: ChannelAccess[] = await this.txHost.tx.query(
      `SELECT c.id AS "channelId", c.organization_id AS "organizationId", c.channel_type AS "channelType",
              (cm.user_id IS NOT NULL) AS "isMember", m.user_id AS "userId"
         FROM chat_channels c
         JOIN organization_members m ON m.organization_id = c.organization_id AND m.user_id = $1
         LEFT JOIN chat_channel_members cm ON cm.channel_id = c.id AND cm.user_id = $1
        WHERE c.id = $2 AND (c.channel_type = 'public' OR cm.user_id IS NOT NULL)`,
      [userId, channelId],
    );
    const access = rows[0];
    if (!access) throw new NotFoundError('Channel', channelId);
    return access;
  }

  /** `otherUserId` is an active member of the organization; anyone else is a 404. */
  async colleague(organizationId: string, otherUserId: number): Promise<void> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM organization_members m JOIN users u ON u.id = m.user_id AND u.is_active
        WHERE m.organization_id = $1 AND m.user_id = $2`,
      [organizationId, otherUserId],
    );
    if (rows.length === 0) throw new NotFoundError('User', otherUserId);
  }

  /** Project owner, organization owner or manager. */
  canManage(access: ProjectAccess): boolean {
    return access.projectOwnerId === access.userId || MANAGER_ROLES.has(access.role);
  }

  requireManager(access: ProjectAccess, action: string): void {
    if (!this.canManage(access)) {
      throw new ForbiddenError(`Only the project owner or an organization owner or manager may ${action}`);
    }
  }

  /**
   * Is `userId` a member of the project's organization (e.g. a prospective assignee)? The share
   * lock keeps the membership until the caller commits, so a concurrent removal (which unassigns the
   * member's tasks) waits and then sees the new assignment.
   */
  async isMember(access: Pick<ProjectAccess, 'organizationId'>, userId: number): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM organization_members m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.user_id = $2 AND u.is_active
          FOR SHARE OF m`,
      [access.organizationId, userId],
    );
    return rows.length > 0;
  }

  /** A prospective assignee must be a member: otherwise a 422 on `field`. */
  async requireMember(access: Pick<ProjectAccess, 'organizationId' | 'projectId'>, userId: number, field: string): Promise<void> {
    if (!(await this.isMember(access, userId))) {
      throw new ValidationFailedError([{ field, message: `user ${userId} is not a member of project ${access.projectId}` }]);
    }
  }

  private async resolve(kind: ScopedKind, userId: number, id: string | number): Promise<ProjectAccess> {
    const rows: ProjectAccess[] = await this.txHost.tx.query(accessSql(kind), [userId, id]);
    const access = rows[0];
    if (!access) throw new NotFoundError(kind, id);
    return access;
  }
}
