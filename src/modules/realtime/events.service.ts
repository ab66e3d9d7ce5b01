import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Page } from '../../common/pagination';
import { Room, Rooms } from '../../common/realtime';
import { OutboxReader } from '../outbox';
import { ClientEventRegistry } from './client-events';
import { EventDto, EventsQuery } from './dto/events.dto';

/**
 * Catch-up for reconnecting clients: the delivered events of every room the caller may receive now,
 * after a delivery sequence (`event_id`). Rows are kept OUTBOX_RETENTION_DAYS after delivery.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly registry: ClientEventRegistry,
    private readonly outbox: OutboxReader,
  ) {}

  /** The caller's user room, their organizations, their projects and the rooms of feature modules (channels). */
  async roomsOf(userId: number): Promise<Room[]> {
    const rows: { organization_id: string | null; project_id: string | null }[] = await this.txHost.tx.query(
      `SELECT m.organization_id, NULL AS project_id FROM organization_members m WHERE m.user_id = $1
       UNION ALL
       SELECT NULL, p.id FROM projects p
         JOIN organization_members m ON m.organization_id = p.organization_id WHERE m.user_id = $1`,
      [userId],
    );
    const rooms = rows.map((r) => (r.project_id ? Rooms.project(r.project_id) : Rooms.org(r.organization_id!)));
    return [Rooms.user(userId), ...rooms, ...(await this.registry.extraRooms(userId))];
  }

  async list(userId: number, query: EventsQuery): Promise<Page<EventDto>> {
    const page = await this.outbox.after(await this.roomsOf(userId), query.after ?? '0', query.limit);
    return {
      items: page.records.map((r) => ({
        id: r.eventId,
        room: r.room,
        event: r.event,
        payload: { ...r.payload },
        created_at: r.createdAt.toISOString(),
      })),
      total: page.total,
      skip: 0,
      limit: query.limit,
      next_cursor: page.hasMore ? (page.records.at(-1)?.eventId ?? null) : null,
    };
  }
}
