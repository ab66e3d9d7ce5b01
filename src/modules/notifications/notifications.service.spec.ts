import { Injectable, Module } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { createUser, TestUser } from '../../../test/support/users';
import { PendingUser } from '../../common/auth';
import { DomainError, ErrorCode } from '../../common/errors';
import { NotificationsModule, NotificationsService, NotificationType, NotifyResult } from './index';
import { Rooms } from '../../common/realtime';

class UseCaseFailedError extends Error {}

/** A use case from another module: notifies inside its own transaction, then does more work. */
@Injectable()
class TestUseCase {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  @Transactional()
  async notifyThenFail(userId: number): Promise<void> {
    await this.notifications.notify({ userId, type: NotificationType.MENTION, title: 'Doomed', message: 'Rolled back' });
    throw new UseCaseFailedError('the use case failed after notifying');
  }

  /** Notifies twice with one dedup key, then keeps writing in the same transaction. */
  @Transactional()
  async notifyTwiceThenWrite(userId: number, key: string): Promise<NotifyResult[]> {
    const input = { userId, type: NotificationType.TASK_AT_RISK, title: 'At risk', message: 'Late', dedupKey: key };
    const results = [await this.notifications.notify(input), await this.notifications.notify(input)];
    await this.txHost.tx.query(`UPDATE users SET avatar_url = 'after-duplicate' WHERE id = $1`, [userId]);
    return results;
  }
}

@Module({ imports: [NotificationsModule], providers: [TestUseCase] })
class TestUseCaseModule {}

describe('NotificationsService', () => {
  let t: TestApp;
  let service: NotificationsService;
  let user: TestUser;
  const db = () => t.app.get(DataSource);

  const countRows = async (userId: number) => {
    const [row] = await db().query<{ notifications: number; outbox: number }[]>(
      `SELECT (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS notifications,
              (SELECT count(*)::int FROM outbox_events WHERE room = $2) AS outbox`,
      [userId, Rooms.user(userId)],
    );
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp({ imports: [TestUseCaseModule] });
    service = t.app.get(NotificationsService);
  });
  afterAll(async () => t.close());
  beforeEach(async () => {
    user = await createUser(t);
  });

  it('writes the notification and its outbox row, and returns the notification JSON', async () => {
    const result = await service.notify({
      userId: user.id,
      type: NotificationType.TASK_ASSIGNED,
      title: 'Task assigned',
      message: 'You were assigned "Write tests"',
      link: '/tasks/1',
    });
    expect(result).toEqual({
      created: true,
      notification: {
        id: expect.any(Number),
        type: 'task_assigned',
        title: 'Task assigned',
        message: 'You were assigned "Write tests"',
        link: '/tasks/1',
        read: false,
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        read_at: null,
      },
    });
    const outbox = await db().query(`SELECT room, event, payload FROM outbox_events WHERE room = $1`, [
      Rooms.user(user.id),
    ]);
    expect(outbox).toEqual([{ room: Rooms.user(user.id), event: 'notification', payload: result.notification }]);
  });

  it('rolls back with the use case that failed after notifying: no notification, no outbox row', async () => {
    await expect(t.app.get(TestUseCase).notifyThenFail(user.id)).rejects.toThrow(UseCaseFailedError);
    expect(await countRows(user.id)).toEqual({ notifications: 0, outbox: 0 });
  });

  it('a duplicate dedup key inside a transaction is not an error and does not abort it', async () => {
    const results = await t.app.get(TestUseCase).notifyTwiceThenWrite(user.id, 'task:1:at-risk');
    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect(results[1].notification).toBeUndefined();
    expect(await countRows(user.id)).toEqual({ notifications: 1, outbox: 1 });
    const [{ avatar_url }] = await db().query(`SELECT avatar_url FROM users WHERE id = $1`, [user.id]);
    expect(avatar_url).toBe('after-duplicate');
  });

  it('20 parallel notifications with one dedup key create exactly one row and one outbox row', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        service.notify({
          userId: user.id,
          type: NotificationType.NEW_ISSUE,
          title: 'New issue',
          message: 'Something broke',
          dedupKey: 'issue:7:new',
        }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.filter((r) => !r.created)).toHaveLength(19);
    expect(await countRows(user.id)).toEqual({ notifications: 1, outbox: 1 });
    // The same key for another user is another notification.
    const other = await createUser(t);
    const again = await service.notify({ userId: other.id, type: NotificationType.NEW_ISSUE, title: 'x', message: 'y', dedupKey: 'issue:7:new' });
    expect(again.created).toBe(true);
  });

  describe('notifyMany', () => {
    const outboxOf = (userId: number) =>
      db().query<{ event: string; payload: unknown }[]>(`SELECT event, payload FROM outbox_events WHERE room = $1 ORDER BY id`, [Rooms.user(userId)]);

    it('queues each notification with exactly the JSON the list answers, in order, for each recipient', async () => {
      const other = await createUser(t);
      const created = await service.notifyMany([
        { userId: other.id, type: NotificationType.MENTION, title: 'Quotes " and \\ and 🔔', message: 'Line\nbreak', link: '/x?a=1&b=2' },
        { userId: user.id, type: NotificationType.TASK_ASSIGNED, title: 'First', message: 'One' },
        { userId: user.id, type: NotificationType.COMMENT_ADDED, title: 'Second', message: 'Two', link: '/api/v1/issues/1' },
      ]);
      expect(created).toBe(3);
      for (const recipient of [user, other]) {
        const listed = await service.list(new PendingUser(recipient.id, 0), { limit: 20 });
        const queued = await outboxOf(recipient.id);
        expect(queued).toEqual([...listed.items].reverse().map((payload) => ({ event: 'notification', payload })));
      }
      expect((await outboxOf(other.id)).map((row) => row.payload)).toEqual([
        expect.objectContaining({ title: 'Quotes " and \\ and 🔔', message: 'Line\nbreak', link: '/x?a=1&b=2', read: false, read_at: null }),
      ]);
    });

    it('writes nothing for anyone when one recipient does not exist, and names that recipient', async () => {
      const error: unknown = await service
        .notifyMany([
          { userId: user.id, type: NotificationType.MENTION, title: 'Hi', message: 'There' },
          { userId: 2_000_000_001, type: NotificationType.MENTION, title: 'Hi', message: 'There' },
        ])
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.NOTIFICATION_RECIPIENT_NOT_FOUND);
      expect((error as DomainError).message).toContain('2000000001');
      expect(await countRows(user.id)).toEqual({ notifications: 0, outbox: 0 });
    });

    it('skips a type the recipient switched off and a repeated dedup key, and counts only what it created', async () => {
      await db().query(`INSERT INTO notification_preferences (user_id, type, enabled) VALUES ($1, 'comment_added', false)`, [user.id]);
      const input = { userId: user.id, type: NotificationType.TASK_AT_RISK, title: 'At risk', message: 'Late', dedupKey: 'risk:1' };
      expect(await service.notifyMany([input, { ...input, type: NotificationType.COMMENT_ADDED, dedupKey: null }])).toBe(1);
      expect(await service.notifyMany([input])).toBe(0);
      expect(await countRows(user.id)).toEqual({ notifications: 1, outbox: 1 });
    });
  });

  describe('invariants', () => {
    const valid = () => ({ userId: user.id, type: NotificationType.MENTION, title: 'Hi', message: 'You were mentioned' });
    const rejection = async (input: Parameters<NotificationsService['notify']>[0]) => {
      const error: unknown = await service.notify(input).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      return error as DomainError;
    };

    it('an unknown type', async () => {
      const error = await rejection({ ...valid(), type: 'party' as NotificationType });
      expect(error.code).toBe(ErrorCode.NOTIFICATION_TYPE_UNKNOWN);
    });

    it('title, message, link and dedup key lengths, counted in characters', async () => {
      const error = await rejection({
        ...valid(),
        title: 't'.repeat(201),
        message: '   ',
        link: 'l'.repeat(501),
        dedupKey: '',
      });
      expect(error.code).toBe(ErrorCode.NOTIFICATION_INVALID);
      expect(error.errors?.map((e) => e.field)).toEqual(['title', 'message', 'link', 'dedup_key']);
      // 200 emoji are 400 UTF-16 units but 200 characters, as PostgreSQL counts them.
      const result = await service.notify({ ...valid(), title: '🔔'.repeat(200), message: 'm'.repeat(1000) });
      expect(result.created).toBe(true);
    });

    it('a recipient who does not exist', async () => {
      const error = await rejection({ ...valid(), userId: 2_000_000_000 });
      expect(error.code).toBe(ErrorCode.NOTIFICATION_RECIPIENT_NOT_FOUND);
    });

    it('nothing is written when an invariant fails', async () => {
      await rejection({ ...valid(), title: '' });
      expect(await countRows(user.id)).toEqual({ notifications: 0, outbox: 0 });
    });
  });
});
