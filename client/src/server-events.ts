// Copied from src/common/realtime/server-events.ts by `npm run generate -w client`; do not edit.

import type { components } from './schema.js';

type ProblemDetails = components['schemas']['ProblemDetails'];

/**
 * The Socket.IO protocol, defined once: what the server sends (name -> payload) and what clients send
 * (name -> payload and acknowledged data). The gateway, the outbox writers, the dispatcher and the tests
 * type their sockets with it. Payloads of domain events are the same JSON as the HTTP API returns; the
 * socket test support checks at compile time that they keep the DTOs' exact fields.
 */

export interface NotificationPayload {
  id: number;
  type: string;
  title: string;
  message: string;
  link: string | null;
  read: boolean;
  created_at: string;
  read_at: string | null;
}

export interface TaskPayload {
  id: string;
  project_id: string;
  story_id: string | null;
  title: string;
  description: string | null;
  status: 'To Do' | 'In Progress' | 'Done';
  assignee_id: number | null;
  due_date: string | null;
  estimate_hours: number | null;
  progress_percentage: number;
  risk_level: 'low' | 'medium' | 'high';
  risk_score: number;
  priority: number;
  order: number;
  is_blocked: boolean;
  sprint_id: string | null;
  story_points: number | null;
  label_ids: string[];
  created_at: string;
  updated_at: string;
}

export interface SprintPayload {
  id: string;
  project_id: string;
  name: string;
  goal: string | null;
  status: 'planned' | 'active' | 'completed';
  start_date: string;
  end_date: string;
  started_at: string | null;
  completed_at: string | null;
  committed_points: number | null;
  completed_points: number | null;
  created_at: string;
  updated_at: string;
}

export interface CommentPayload {
  id: number;
  task_id: string | null;
  issue_id: number | null;
  author_id: number;
  author_username: string;
  body: string;
  mentions: number[];
  edited: boolean;
  created_at: string;
  updated_at: string;
}

export interface CommentDeletedPayload {
  id: number;
  task_id: string | null;
  issue_id: number | null;
}

/** A planned sprint was deleted (its tasks went back to the backlog). */
export interface SprintDeletedPayload {
  id: string;
  project_id: string;
}

export interface IssuePayload {
  id: number;
  project_id: string;
  task_id: string | null;
  title: string;
  description: string;
  issue_type: 'blocker' | 'bug' | 'question';
  priority: 'low' | 'medium' | 'high' | 'critical';
  status: 'open' | 'in_progress' | 'resolved' | 'closed';
  reporter_id: number;
  reporter_username: string;
  assignee_id: number | null;
  assignee_username: string | null;
  resolution: string | null;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
}

export interface MessagePayload {
  id: number;
  sender_id: number;
  content: string;
  created_at: string;
  channel_id: number | null;
  recipient_id: number | null;
}

export type PresenceStatus = 'online' | 'away' | 'offline';

export interface PresenceUpdatePayload {
  user_id: number;
  status: PresenceStatus;
  timestamp: string;
}

export interface TypingPayload {
  user_id: number;
  channel_id: number;
}

/** Sent to a user's room before every socket in it is disconnected (their memberships changed). */
export interface SessionRevokedPayload {
  reason: string;
}

/** Durable events: written to the outbox in the use case's transaction, delivered after commit. */
export interface OutboxEvents {
  notification: NotificationPayload;
  task_updated: TaskPayload;
  issue_updated: IssuePayload;
  sprint_updated: SprintPayload;
  sprint_deleted: SprintDeletedPayload;
  comment_added: CommentPayload;
  comment_updated: CommentPayload;
  comment_deleted: CommentDeletedPayload;
  message: MessagePayload;
  session_revoked: SessionRevokedPayload;
}

/** Ephemeral events: sent at once, no delivery guarantee, no catch-up. */
export interface EphemeralEvents {
  presence_update: PresenceUpdatePayload;
  typing: TypingPayload;
}

export type ServerEvents = OutboxEvents & EphemeralEvents;
export type OutboxEventName = keyof OutboxEvents;
export type EphemeralEventName = keyof EphemeralEvents;
export type ServerEventName = keyof ServerEvents;

/**
 * Sent as the second argument of every outbox event: its delivery sequence, also the `id` of the event in
 * `GET /api/v1/events` and the cursor to resume from (`after=<event_id>`).
 */
export interface DeliveryMeta {
  event_id: string;
}

/** The acknowledgement of every client event. */
export type Ack<T = unknown> = { ok: true; data: T } | { ok: false; error: ProblemDetails };

/** Client events: the payload a client sends and the `data` of a positive ack. */
export interface ClientEvents {
  subscribe_project: { payload: { project_id: string }; data: { project_id: string } };
  presence: { payload: { status: 'online' | 'away' }; data: { user_id: number; status: PresenceStatus } };
  message: { payload: { content: string; channel_id?: number; recipient_id?: number }; data: MessagePayload };
  typing: { payload: { channel_id: number }; data: { channel_id: number } };
}

export type ClientEventName = keyof ClientEvents;

/** Socket.IO's listener-map form of the server's events, for `Server<...>` and a client's `Socket<...>`. */
export type ServerToClientEvents = {
  [E in OutboxEventName]: (payload: OutboxEvents[E], meta: DeliveryMeta) => void;
} & {
  [E in EphemeralEventName]: (payload: EphemeralEvents[E]) => void;
};

export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEvents[E]['payload'], ack: (response: Ack<ClientEvents[E]['data']>) => void) => void;
};
