import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Page } from '../../common/pagination';
import { ClientEventRegistry } from './client-events';
import { EventDto, EventsQuery } from './dto/events.dto';

interface EventRow {
  id: string;
  room: string;
  event: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Catch-up for reconnecting clients: the delivered events of every room the caller may receive now,
 * after a delivery sequence (`event_id`). Rows are kept OUTBOX_RETENTION_DAYS after delivery.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly registry: ClientEventRegistry,
  ) {}

  /** `user:<me>`, the caller's organizations, their projects and the rooms of feature modules (channels). */
  async roomsOf(userId: number): Promise<string[]> {
    const rows: { room: string }[] = await this.txHost.tx.query(
      `SELECT 'org:' || m.organization_id AS room FROM organization_members m WHERE m.user_id = $1
       UNION ALL
       SELECT 'project:' || p.id FROM projects p
         JOIN organization_members m ON m.organization_id = p.organization_id WHERE m.user_id = $1`,
      [userId],
    );
    return [`user:${userId}`, ...rows.map((r) => r.room), ...(await this.registry.extraRooms(userId))];
  }

  async list(userId: number, query: EventsQuery): Promise<Page<EventDto>> {
    const rooms = await this.roomsOf(userId);
    const after = query.after ?? '0';
    // Delivered rows only, by delivery sequence: the order (and the `event_id`) live sockets saw.
    const [rows, [{ total }]] = await Promise.all([
      this.txHost.tx.query<EventRow[]>(
        `SELECT delivery_seq::text AS id, room, event, payload, created_at FROM outbox_events
          WHERE delivery_seq > $1::bigint AND room = ANY($2::text[]) ORDER BY delivery_seq LIMIT $3`,
        [after, rooms, query.limit + 1],
      ),
      this.txHost.tx.query<{ total: number }[]>(
        'SELECT count(*)::int AS total FROM outbox_events WHERE delivery_seq > $1::bigint AND room = ANY($2::text[])',
        [after, rooms],
      ),
    ]);
    const hasMore = rows.length > query.limit;
    if (hasMore) rows.pop();
    return {
      items: rows.map((r) => ({ id: r.id, room: r.room, event: r.event, payload: r.payload, created_at: r.created_at.toISOString() })),
      total,
      skip: 0,
      limit: query.limit,
      next_cursor: hasMore ? (rows.at(-1)?.id ?? null) : null,
    };
  }
}
