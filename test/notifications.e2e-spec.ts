import { DataSource } from 'typeorm';
import { NotificationsService, NotificationType } from '../src/modules/notifications';
import { expectProblem } from './support/problem';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/users';

const BASE = '/api/v1/notifications';

interface NotificationJson {
  id: number;
  type: string;
  title: string;
  message: string;
  link: string | null;
  read: boolean;
  created_at: string;
  read_at: string | null;
}

describe('notifications (e2e)', () => {
  let t: TestApp;
  const db = () => t.app.get(DataSource);
  const service = () => t.app.get(NotificationsService);

  const notify = async (user: TestUser, title: string, link: string | null = null): Promise<NotificationJson> => {
    const result = await service().notify({ userId: user.id, type: NotificationType.MENTION, title, message: `${title} body`, link });
    return result.notification as NotificationJson;
  };
  /** Set-based: `count` notifications one second apart, the newest an hour ago. */
  const insertMany = async (user: TestUser, count: number): Promise<void> => {
    await db().query(
      `INSERT INTO notifications (user_id, type, title, message, created_at)
       SELECT $1, 'task_at_risk', 'Bulk ' || g, 'Bulk message ' || g, now() - interval '1 hour' - g * interval '1 second'
       FROM generate_series(1, $2) g`,
      [user.id, count],
    );
  };
  const row = async (id: number) =>
    (await db().query<{ read: boolean; read_at: Date | null }[]>(`SELECT read, read_at FROM notifications WHERE id = $1`, [id]))[0];
  const list = async (user: TestUser, query = '') => (await t.http.get(`${BASE}${query}`).set('Authorization', user.auth).expect(200)).body;
  const unreadCount = async (user: TestUser): Promise<number> =>
    (await t.http.get(`${BASE}/unread-count`).set('Authorization', user.auth).expect(200)).body.count;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('every route needs a token: 401 problem', async () => {
    const calls = [
      t.http.get(BASE),
      t.http.get(`${BASE}/unread-count`),
      t.http.post(`${BASE}/1/read`),
      t.http.post(`${BASE}/mark-all-read`),
      t.http.delete(`${BASE}/1`),
    ];
    for (const res of await Promise.all(calls)) expectProblem(res, 401, 'UNAUTHORIZED');
  });

  describe('listing', () => {
    let user: TestUser;
    let created: NotificationJson[];

    beforeAll(async () => {
      user = await createUser(t);
      created = [];
      for (const title of ['first', 'second', 'third']) created.push(await notify(user, title, `/things/${title}`));
    });

    it('GET / answers a page of the caller\'s notifications, newest first, in the contract shape', async () => {
      const page = await list(user);
      expect(page).toEqual({ items: [...created].reverse(), total: 3, skip: 0, limit: 20, next_cursor: null });
      expect(page.items[0]).toEqual({
        id: expect.any(Number),
        type: 'mention',
        title: 'third',
        message: 'third body',
        link: '/things/third',
        read: false,
        created_at: expect.stringMatching(/Z$/),
        read_at: null,
      } satisfies Record<keyof NotificationJson, unknown>);
    });

    it('skip and limit page by offset', async () => {
      const page = await list(user, '?limit=1&skip=1');
      expect(page.items.map((n: NotificationJson) => n.title)).toEqual(['second']);
      expect(page).toMatchObject({ total: 3, skip: 1, limit: 1 });
    });

    it('does not show other users\' notifications', async () => {
      const stranger = await createUser(t);
      expect(await list(stranger)).toEqual({ items: [], total: 0, skip: 0, limit: 20, next_cursor: null });
    });
  });

  describe('reading, unread_only, counts, deleting', () => {
    let user: TestUser;
    let items: NotificationJson[];

    beforeEach(async () => {
      user = await createUser(t);
      items = [await notify(user, 'a'), await notify(user, 'b'), await notify(user, 'c')];
    });

    it('POST /:id/read marks one read; unread_only and unread-count follow; a second read changes nothing', async () => {
      expect(await unreadCount(user)).toBe(3);
      const res = await t.http.post(`${BASE}/${items[1].id}/read`).set('Authorization', user.auth).expect(200);
      expect(res.body).toEqual({ message: expect.any(String) });
      const readAt = (await row(items[1].id)).read_at;
      expect(readAt).toBeInstanceOf(Date);

      expect(await unreadCount(user)).toBe(2);
      const unread = await list(user, '?unread_only=true');
      expect(unread.items.map((n: NotificationJson) => n.title)).toEqual(['c', 'a']);
      expect(unread.total).toBe(2);
      const all = await list(user, '?unread_only=false');
      expect(all.total).toBe(3);
      expect(all.items.find((n: NotificationJson) => n.id === items[1].id)).toMatchObject({ read: true, read_at: readAt?.toISOString() });

      await t.http.post(`${BASE}/${items[1].id}/read`).set('Authorization', user.auth).expect(200);
      expect((await row(items[1].id)).read_at).toEqual(readAt);
      expect(await unreadCount(user)).toBe(2);
    });

    it('POST /mark-all-read marks every unread one and reports how many', async () => {
      await t.http.post(`${BASE}/${items[0].id}/read`).set('Authorization', user.auth).expect(200);
      const res = await t.http.post(`${BASE}/mark-all-read`).set('Authorization', user.auth).expect(200);
      expect(res.body).toEqual({ message: expect.any(String), count: 2 });
      expect(await unreadCount(user)).toBe(0);
      expect((await list(user, '?unread_only=true')).items).toEqual([]);
      expect((await list(user)).items.every((n: NotificationJson) => n.read && n.read_at !== null)).toBe(true);
      const again = await t.http.post(`${BASE}/mark-all-read`).set('Authorization', user.auth).expect(200);
      expect(again.body.count).toBe(0);
    });

    it('DELETE /:id answers 200 with a message and removes it; a second delete is a 404', async () => {
      const res = await t.http.delete(`${BASE}/${items[2].id}`).set('Authorization', user.auth).expect(200);
      expect(res.body).toEqual({ message: expect.any(String) });
      const page = await list(user);
      expect(page.items.map((n: NotificationJson) => n.title)).toEqual(['b', 'a']);
      expect(page.total).toBe(2);
      expect(await unreadCount(user)).toBe(2);
      expectProblem(await t.http.delete(`${BASE}/${items[2].id}`).set('Authorization', user.auth), 404, 'NOTIFICATION_NOT_FOUND');
    });

    it('another user\'s notification or an unknown id: 404 problem on read and delete, and it is unchanged', async () => {
      const intruder = await createUser(t);
      for (const id of [items[0].id, 2_000_000_000]) {
        const read = await t.http.post(`${BASE}/${id}/read`).set('Authorization', intruder.auth);
        expectProblem(read, 404, 'NOTIFICATION_NOT_FOUND');
        const removed = await t.http.delete(`${BASE}/${id}`).set('Authorization', intruder.auth);
        expectProblem(removed, 404, 'NOTIFICATION_NOT_FOUND');
      }
      const markAll = await t.http.post(`${BASE}/mark-all-read`).set('Authorization', intruder.auth).expect(200);
      expect(markAll.body.count).toBe(0);
      expect(await row(items[0].id)).toEqual({ read: false, read_at: null });
      expect((await list(user)).total).toBe(3);
      expect(await unreadCount(user)).toBe(3);
    });

    it('bad input on every route: 4xx problem and nothing changes', async () => {
      for (const bad of ['abc', '0', '1.5', '-1', '99999999999']) {
        expectProblem(await t.http.post(`${BASE}/${bad}/read`).set('Authorization', user.auth), 422, 'VALIDATION_FAILED');
        expectProblem(await t.http.delete(`${BASE}/${bad}`).set('Authorization', user.auth), 422, 'VALIDATION_FAILED');
      }
      for (const query of ['?unread_only=maybe', '?unread_only=1', '?unread_only=', '?unread_only=true&unread_only=false', '?sort=asc', '?limit=101', '?limit=0', '?skip=-1']) {
        const res = await t.http.get(`${BASE}${query}`).set('Authorization', user.auth);
        expectProblem(res, 422, 'VALIDATION_FAILED');
      }
      const maybe = await t.http.get(`${BASE}?unread_only=maybe`).set('Authorization', user.auth);
      expect(maybe.body.errors).toEqual([{ field: 'unread_only', message: 'unread_only must be true or false' }]);
      expectProblem(await t.http.get(`${BASE}/unread-count/extra`).set('Authorization', user.auth), 404, 'ROUTE_NOT_FOUND');
      expect((await list(user)).items.map((n: NotificationJson) => [n.title, n.read])).toEqual([
        ['c', false],
        ['b', false],
        ['a', false],
      ]);
      expect(await unreadCount(user)).toBe(3);
    });
  });

  describe('cursor pagination', () => {
    let user: TestUser;

    beforeAll(async () => {
      user = await createUser(t);
      await insertMany(user, 1000);
    });

    it('walks 1,000 notifications, each exactly once, while new ones arrive between pages', async () => {
      const first = await list(user, '?limit=100');
      expect(first.total).toBe(1000);
      const seen: string[] = first.items.map((n: NotificationJson) => n.title);
      let cursor: string | null = first.next_cursor;
      let arrived = 0;
      while (cursor) {
        await notify(user, `arrived ${arrived++}`);
        const page = await list(user, `?limit=100&cursor=${encodeURIComponent(cursor)}`);
        expect(page.skip).toBe(0);
        seen.push(...page.items.map((n: NotificationJson) => n.title));
        cursor = page.next_cursor;
      }
      expect(arrived).toBe(9);
      expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => `Bulk ${i + 1}`));
      expect((await list(user, '?limit=1')).total).toBe(1009);
    });

    it('the unread list pages by cursor too', async () => {
      await db().query(`UPDATE notifications SET read = true, read_at = now() WHERE user_id = $1 AND title LIKE 'Bulk %' AND right(title, 1) = '0'`, [user.id]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(user, `?unread_only=true&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.total).toBe(1009 - 100);
        seen.push(...page.items.map((n: NotificationJson) => n.title));
        cursor = page.next_cursor;
      } while (cursor);
      expect(seen).toHaveLength(909);
      expect(seen.some((title) => /^Bulk \d*0$/.test(title))).toBe(false);
    });

    it('a tampered cursor, or one issued for another list or user, is a 422 problem', async () => {
      const cursor: string = (await list(user, '?limit=5')).next_cursor;
      const [payload, signature] = cursor.split('.');
      const forged = Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000Z', 1])).toString('base64url');
      for (const bad of [`${forged}.${signature}`, `${payload}.AAAA${signature.slice(4)}`, 'garbage']) {
        const res = await t.http.get(`${BASE}?cursor=${encodeURIComponent(bad)}`).set('Authorization', user.auth);
        expectProblem(res, 422, 'INVALID_CURSOR');
      }
      const onUnread = await t.http.get(`${BASE}?unread_only=true&cursor=${encodeURIComponent(cursor)}`).set('Authorization', user.auth);
      expectProblem(onUnread, 422, 'INVALID_CURSOR');
      const other = await createUser(t);
      const foreign = await t.http.get(`${BASE}?cursor=${encodeURIComponent(cursor)}`).set('Authorization', other.auth);
      expectProblem(foreign, 422, 'INVALID_CURSOR');
      const withSkip = await t.http.get(`${BASE}?skip=5&cursor=${encodeURIComponent(cursor)}`).set('Authorization', user.auth);
      expectProblem(withSkip, 422, 'VALIDATION_FAILED');
    });
  });
});
