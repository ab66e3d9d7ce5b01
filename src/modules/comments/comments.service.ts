import { Rooms } from '../../common/realtime';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { mapPage, Page, PageQueryDto, Paginator } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { ActivityAction, ActivityLog } from '../activity';
import { IssuesRepository } from '../issues';
import { NotificationsService } from '../notifications';
import { Memberships } from '../organizations';
import { OutboxService } from '../outbox';
import { TasksRepository } from '../tasks';
import { issueSubject, Subject, subjectAccess, subjectColumn, subjectRef, taskSubject, WatchersService } from '../watchers';
import { CommentContext, commentAddedNotices, mentionNotices } from './comment-notices';
import { toCommentJson } from './comment.json';
import { CommentBodyDto, CommentDto } from './dto/comment.dto';
import { Comment } from './entities/comment.entity';
import { NotTheCommentAuthorError } from './comments.errors';
import { mentionCandidates, mentionedIds } from './mentions';

/**
 * Comments on tasks and issues. Posting one, in one transaction: the comment with its resolved
 * mentions, a `commented` row in the subject's history, the author added to the watchers, one
 * notification per recipient (`mention` for the mentioned, `comment_added` for the other watchers,
 * never the author) in one insert, and the `comment_added` event for the project room.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly paginator: Paginator,
    private readonly activity: ActivityLog,
    private readonly watchers: WatchersService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly memberships: Memberships,
    private readonly tasks: TasksRepository,
    private readonly issues: IssuesRepository,
  ) {}

  private get comments() {
    return this.txHost.tx.getRepository(Comment);
  }

  @Transactional()
  async create(userId: number, subject: Subject, input: CommentBodyDto): Promise<CommentDto> {
    const { projectId, organizationId } = await subjectAccess(this.access, userId, subject);
    const mentions = await this.resolveMentions(organizationId, input.body);
    const { id } = await this.comments.save(
      Object.assign(new Comment(), {
        taskId: subject.type === 'task' ? subject.id : null,
        issueId: subject.type === 'issue' ? subject.id : null,
        projectId,
        authorId: userId,
        body: input.body,
        mentions,
        edited: false,
      }),
    );
    const comment = await this.load(id);
    await this.activity.record([
      { ...subjectRef(subject), projectId, actorId: userId, action: ActivityAction.COMMENTED, field: 'comment_id', newValue: String(id) },
    ]);
    await this.watchers.add(subject, projectId, [userId]);

    const context = await this.contextOf(comment, subject);
    const mentioned = mentions.filter((mentionedId) => mentionedId !== userId);
    const watching = (await this.watchers.watchersOf(subject.type, [subject.id])).get(String(subject.id)) ?? [];
    const others = watching.filter((watcherId) => watcherId !== userId && !mentioned.includes(watcherId));
    await this.notifications.notifyMany([...mentionNotices(context, mentioned), ...commentAddedNotices(context, others)]);

    const json = toCommentJson(comment);
    await this.outbox.enqueue({ room: Rooms.project(projectId), event: 'comment_added', payload: { ...json } });
    return json;
  }

  /** Oldest first. */
  async list(userId: number, subject: Subject, query: PageQueryDto): Promise<Page<CommentDto>> {
    await subjectAccess(this.access, userId, subject);
    const column = subjectColumn(subject);
    const builder = this.comments
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.author', 'author')
      .where(`c.${column} = :subjectId`, { subjectId: subject.id });
    const page = await this.paginator.paginate(builder, query, {
      scope: `comments:${column}:${subject.id}`,
      direction: 'ASC',
      columns: [
        { column: 'c.created_at', value: (c) => c.createdAt },
        { column: 'c.id', value: (c) => c.id },
      ],
    });
    return mapPage(page, toCommentJson);
  }

  /** The author only; members newly mentioned by the edit get their `mention`, nobody else is notified. */
  @Transactional()
  async update(userId: number, commentId: number, input: CommentBodyDto): Promise<CommentDto> {
    const { organizationId } = await this.access.comment(userId, commentId);
    const locked = await this.lock(commentId);
    if (locked.authorId !== userId) throw new NotTheCommentAuthorError(commentId);
    if (locked.body === input.body) return toCommentJson(await this.load(commentId));

    const mentions = await this.resolveMentions(organizationId, input.body);
    await this.comments.update(commentId, { body: input.body, mentions, edited: true });
    const comment = await this.load(commentId);
    const newlyMentioned = mentions.filter((id) => id !== userId && !locked.mentions.includes(id));
    await this.notifications.notifyMany(mentionNotices(await this.contextOf(comment, subjectOf(comment)), newlyMentioned));

    const json = toCommentJson(comment);
    await this.outbox.enqueue({ room: Rooms.project(comment.projectId), event: 'comment_updated', payload: { ...json } });
    return json;
  }

  /** The author, the project owner or an organization owner or manager. */
  @Transactional()
  async remove(userId: number, commentId: number): Promise<void> {
    const access = await this.access.comment(userId, commentId);
    const comment = await this.lock(commentId);
    if (comment.authorId !== userId && !this.access.canManage(access)) {
      throw new ForbiddenError('Only the author, the project owner or an organization owner or manager may delete a comment');
    }
    await this.comments.delete(commentId);
    await this.outbox.enqueue({
      room: Rooms.project(comment.projectId),
      event: 'comment_deleted',
      payload: { id: comment.id, task_id: comment.taskId, issue_id: comment.issueId },
    });
  }

  private async resolveMentions(organizationId: string, body: string): Promise<number[]> {
    const members = await this.memberships.membersNamed(organizationId, mentionCandidates(body));
    return mentionedIds(body, members);
  }

  private async contextOf(comment: Comment, subject: Subject): Promise<CommentContext> {
    const subjectTitle = subject.type === 'task' ? (await this.tasks.get(subject.id)).title : (await this.issues.load(subject.id)).title;
    return { comment, subject, subjectTitle, authorUsername: comment.author.username };
  }

  private async load(commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({ where: { id: commentId }, relations: { author: true } });
    if (!comment) throw new NotFoundError('Comment', commentId);
    return comment;
  }

  private async lock(commentId: number): Promise<Comment> {
    const comment = await this.comments.createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :commentId', { commentId }).getOne();
    if (!comment) throw new NotFoundError('Comment', commentId);
    return comment;
  }
}

function subjectOf(comment: Comment): Subject {
  return comment.taskId !== null ? taskSubject(comment.taskId) : issueSubject(comment.issueId!);
}
