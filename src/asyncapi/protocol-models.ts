import type {
  ClientEventName,
  ClientEvents,
  DeliveryMeta,
  OutboxEventName,
  ServerEventName,
  ServerEvents,
} from '../common/realtime';
import type { Rooms } from '../common/realtime';
import { MessageDto, SocketMessageDto, TypingAckDataDto, TypingDto, UserTypingDto } from '../modules/chat';
import { CommentDeletedDto, CommentDto } from '../modules/comments';
import { IssueDto } from '../modules/issues';
import { NotificationDto } from '../modules/notifications';
import {
  DeliveryMetaDto,
  PresenceAckDataDto,
  PresenceDto,
  PresenceUpdateDto,
  SessionRevokedDto,
  SubscribeProjectAckDataDto,
  SubscribeProjectDto,
} from '../modules/realtime';
import { SprintDeletedDto, SprintDto } from '../modules/sprints';
import { TaskDto } from '../modules/tasks';

/**
 * The DTO class behind every event of the Socket.IO protocol (src/common/realtime/server-events.ts), from
 * which scripts/asyncapi.ts builds asyncapi.json: server payloads and ack data are described by their
 * `@ApiProperty` schemas (the same generator as openapi.json, the HTTP DTOs reused where the payload is the
 * HTTP JSON), client payloads by the class-validator rules the gateway validates them with. The compiler
 * keeps this table complete and exact: every event of the map, no other, and each class has the fields of
 * its payload (with assignable types) and no more.
 */

type Model<T> = new () => T;
export type RoomKind = keyof typeof Rooms;

interface ServerEventModel<Payload, Durable extends boolean> {
  model: Model<Payload>;
  /** Outbox events (delivered after commit, with a `DeliveryMeta` second argument) or ephemeral ones. */
  durable: Durable;
  rooms: readonly RoomKind[];
  /** When it is sent. */
  summary: string;
}

export const SERVER_EVENTS = {
  notification: {
    model: NotificationDto,
    durable: true,
    rooms: ['user'],
    summary: 'A notification for the user was created (the same JSON as GET /api/v1/notifications).',
  },
  task_updated: {
    model: TaskDto,
    durable: true,
    rooms: ['project'],
    summary: 'A task of a subscribed project was created or changed (the task JSON).',
  },
  issue_updated: {
    model: IssueDto,
    durable: true,
    rooms: ['project'],
    summary: 'An issue of a subscribed project was created or changed (the issue JSON).',
  },
  sprint_updated: {
    model: SprintDto,
    durable: true,
    rooms: ['project'],
    summary: 'A sprint of a subscribed project was created, changed, planned, started or completed (the sprint JSON).',
  },
  sprint_deleted: {
    model: SprintDeletedDto,
    durable: true,
    rooms: ['project'],
    summary: 'A planned sprint of a subscribed project was deleted; its tasks went back to the backlog.',
  },
  comment_added: {
    model: CommentDto,
    durable: true,
    rooms: ['project'],
    summary: 'A comment on a task or issue of a subscribed project was posted (the comment JSON).',
  },
  comment_updated: {
    model: CommentDto,
    durable: true,
    rooms: ['project'],
    summary: 'A comment on a task or issue of a subscribed project was edited (the comment JSON).',
  },
  comment_deleted: {
    model: CommentDeletedDto,
    durable: true,
    rooms: ['project'],
    summary: 'A comment on a task or issue of a subscribed project was deleted.',
  },
  message: {
    model: MessageDto,
    durable: true,
    rooms: ['channel', 'user'],
    summary: 'A chat message: to the channel’s members, or a direct message to the sender’s and the recipient’s sockets.',
  },
  session_revoked: {
    model: SessionRevokedDto,
    durable: true,
    rooms: ['user'],
    summary:
      'The user’s sessions were revoked (membership change, password change, logout-all): every socket of the user ' +
      'is disconnected right after it; reconnect with a valid token to get rooms computed anew.',
  },
  presence_update: {
    model: PresenceUpdateDto,
    durable: false,
    rooms: ['org'],
    summary:
      'A member of the socket’s organization went online (first socket), away, back online or offline ' +
      '(last socket closed).',
  },
  typing: {
    model: UserTypingDto,
    durable: false,
    rooms: ['channel'],
    summary: 'Another member of a channel is typing (never sent to the typist’s own sockets).',
  },
} satisfies { [E in ServerEventName]: ServerEventModel<ServerEvents[E], E extends OutboxEventName ? true : false> };

interface ClientEventModel<Payload, Data> {
  /** The class-validator DTO the handler validates the payload with (unknown fields are refused). */
  payload: Model<Payload>;
  /** The `data` of a positive ack. */
  data: Model<Data>;
  summary: string;
  /** A JSON Schema rule the handler checks beyond the DTO's decorators. */
  rule?: Record<string, unknown>;
}

export const CLIENT_EVENTS = {
  subscribe_project: {
    payload: SubscribeProjectDto,
    data: SubscribeProjectAckDataDto,
    summary:
      'Joins the project’s room (task, issue, sprint and comment events); members only (others: a 404 problem).',
  },
  presence: {
    payload: PresenceDto,
    data: PresenceAckDataDto,
    summary: 'Sets the user’s status (`online` or `away`), shown to each of their organizations.',
  },
  message: {
    payload: SocketMessageDto,
    data: MessageDto,
    summary:
      'Posts a chat message to a channel the user is a member of, or a direct message to a member of the socket’s ' +
      'organization; the ack carries the stored message, which is also broadcast as the server event `message`.',
    rule: {
      description: 'Exactly one of `channel_id` and `recipient_id` (null is refused like any other bad value).',
      type: 'object',
      oneOf: [{ required: ['channel_id'] }, { required: ['recipient_id'] }],
    },
  },
  typing: {
    payload: TypingDto,
    data: TypingAckDataDto,
    summary: 'Tells the channel’s other members that the user is typing (server event `typing`).',
  },
} satisfies { [E in ClientEventName]: ClientEventModel<ClientEvents[E]['payload'], ClientEvents[E]['data']> };

/** The second argument of every durable event. */
export const DELIVERY_META = DeliveryMetaDto satisfies Model<DeliveryMeta>;

// The other direction of "exact": a class with a field its payload type lacks would document a field
// the protocol does not promise.
type Holds<T extends true> = T;
type FieldsBeyond<Model, Payload> = Model extends new () => infer Instance ? Exclude<keyof Instance, keyof Payload> : never;
type NoneBeyond<Fields> = [Fields] extends [never] ? true : false;

export type ServerModelsAreExact = Holds<
  NoneBeyond<{ [E in ServerEventName]: FieldsBeyond<(typeof SERVER_EVENTS)[E]['model'], ServerEvents[E]> }[ServerEventName]>
>;
export type ClientModelsAreExact = Holds<
  NoneBeyond<
    {
      [E in ClientEventName]:
        | FieldsBeyond<(typeof CLIENT_EVENTS)[E]['payload'], ClientEvents[E]['payload']>
        | FieldsBeyond<(typeof CLIENT_EVENTS)[E]['data'], ClientEvents[E]['data']>;
    }[ClientEventName]
  >
>;
export type DeliveryMetaIsExact = Holds<NoneBeyond<FieldsBeyond<typeof DELIVERY_META, DeliveryMeta>>>;
