// Copied from src/modules/realtime/socket-events.ts by `npm run generate -w client`; do not edit.

/**
 * The Socket.IO protocol of the gateway: every server-to-client and client-to-server event with its payload
 * and acknowledgement. The payloads that are HTTP resources too (a task, an issue...) are named by their
 * OpenAPI schema, so each side binds them to its own types: the server to its DTO classes, the typed client
 * (`client/`, which copies this file) to the schemas generated from openapi.json. This file imports nothing.
 */

/** The schemas the events carry, by their OpenAPI component name. */
export interface EventSchemas {
  NotificationDto: object;
  TaskDto: object;
  IssueDto: object;
  MessageDto: object;
  ProblemDetails: object;
}

export type PresenceStatus = 'online' | 'away' | 'offline';

/** Second argument of every event delivered from the outbox: resume with `GET /events?after=<event_id>`. */
export interface DeliveryMeta {
  event_id: string;
}

export interface PresenceUpdatePayload {
  user_id: number;
  status: PresenceStatus;
  timestamp: string;
}

export interface TypingPayload {
  user_id: number;
  channel_id: number;
}

export interface SessionRevokedPayload {
  reason: string;
}

/** The acknowledgement of every client event. */
export type EventAck<T, S extends EventSchemas> = { ok: true; data: T } | { ok: false; error: S['ProblemDetails'] };

/** Server to client: event name -> listener. */
export interface ServerToClientEvents<S extends EventSchemas> {
  presence_update: (payload: PresenceUpdatePayload) => void;
  typing: (payload: TypingPayload) => void;
  notification: (payload: S['NotificationDto'], meta: DeliveryMeta) => void;
  task_updated: (payload: S['TaskDto'], meta: DeliveryMeta) => void;
  issue_updated: (payload: S['IssueDto'], meta: DeliveryMeta) => void;
  message: (payload: S['MessageDto'], meta: DeliveryMeta) => void;
  /** The user's sessions were revoked (password change, logout-all); the socket is closed right after. */
  session_revoked: (payload: SessionRevokedPayload, meta: DeliveryMeta) => void;
}

/** Client to server: event name -> emitter with its acknowledgement. */
export interface ClientToServerEvents<S extends EventSchemas> {
  message: (
    payload: { content: string; channel_id: number } | { content: string; recipient_id: number },
    ack: (response: EventAck<S['MessageDto'], S>) => void,
  ) => void;
  typing: (payload: { channel_id: number }, ack: (response: EventAck<{ channel_id: number }, S>) => void) => void;
  subscribe_project: (
    payload: { project_id: string },
    ack: (response: EventAck<{ project_id: string }, S>) => void,
  ) => void;
  presence: (
    payload: { status: 'online' | 'away' },
    ack: (response: EventAck<{ user_id: number; status: PresenceStatus }, S>) => void,
  ) => void;
}

/** Handshake `auth` of a connection. */
export interface HandshakeAuth {
  token: string;
  /** The organization the socket acts in; the user's default without it. */
  organization_id?: string;
}

/** Every event name, for code that checks the registry and documents against this map. */
export const SERVER_EVENT_NAMES = [
  'presence_update',
  'typing',
  'notification',
  'task_updated',
  'issue_updated',
  'message',
  'session_revoked',
] as const satisfies readonly (keyof ServerToClientEvents<EventSchemas>)[];

export const CLIENT_EVENT_NAMES = ['message', 'typing', 'subscribe_project', 'presence'] as const satisfies readonly (keyof ClientToServerEvents<EventSchemas>)[];
