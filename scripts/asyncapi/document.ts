import type { OpenAPIObject } from '@nestjs/swagger';
import type { AsyncAPIObject, MessageObject, OperationObject } from '@asyncapi/parser/cjs/spec-types/v3';
import { CLIENT_EVENTS, DELIVERY_META, RoomKind, SERVER_EVENTS } from '../../src/asyncapi/protocol-models';
import type { LimitsConfig } from '../../src/config';
import { ErrorCode } from '../../src/common/errors';
import { clientPayloadSchema, JsonSchema, SCHEMAS_POINTER, schemasFromOpenApi } from './schemas';
import { protocolDescription } from './description';

/** The one channel: Socket.IO's default namespace. */
export const CHANNEL = 'socket';
export const serverMessageKey = (event: string) => `server_${event}`;
export const clientMessageKey = (event: string) => `client_${event}`;
export const ackMessageKey = (event: string) => `client_${event}_ack`;
/** The schema of a client event's whole ack (`{ok: true, data}` or the refusal). */
export const ackSchemaName = (event: string) => `${event.replace(/(^|_)([a-z])/g, (_, _sep, c: string) => c.toUpperCase())}Ack`;
export const REFUSED_ACK = 'RefusedAck';

const ROOM_PATTERNS: Record<RoomKind, string> = {
  user: '`user:<user id>`',
  project: '`project:<project id>`',
  org: '`org:<organization id>`',
  channel: '`channel:<channel id>`',
};

const schemaRef = (name: string) => ({ $ref: `${SCHEMAS_POINTER}${name}` });
const channelRef = { $ref: `#/channels/${CHANNEL}` };
const channelMessageRef = (key: string) => ({ $ref: `#/channels/${CHANNEL}/messages/${key}` });

type ServerEventEntry = [string, (typeof SERVER_EVENTS)[keyof typeof SERVER_EVENTS]];
type ClientEventEntry = [string, (typeof CLIENT_EVENTS)[keyof typeof CLIENT_EVENTS]];

/**
 * The AsyncAPI 3 document of the Socket.IO gateway, from the protocol's models (src/asyncapi/protocol-models.ts):
 * server payloads and ack data as the OpenAPI document describes their DTOs, client payloads from the DTOs'
 * validation rules. `openapi` must have been built with `protocolModelClasses()` as extra models.
 */
export function buildAsyncApiDocument(openapi: OpenAPIObject, limits: LimitsConfig): AsyncAPIObject {
  const serverEvents = Object.entries(SERVER_EVENTS) as ServerEventEntry[];
  const clientEvents = Object.entries(CLIENT_EVENTS) as ClientEventEntry[];

  const schemas: Record<string, JsonSchema> = {
    ...schemasFromOpenApi(openapi, [
      ...serverEvents.map(([, { model }]) => model.name),
      ...clientEvents.map(([, { data }]) => data.name),
      DELIVERY_META.name,
      'ProblemDetails',
    ]),
  };
  for (const [, { payload }] of clientEvents) addSchema(schemas, payload.name, clientPayloadSchema(payload));
  addSchema(schemas, REFUSED_ACK, {
    type: 'object',
    description: 'A refused client event: nothing was done; `error` is the problem, as HTTP errors are.',
    required: ['ok', 'error'],
    additionalProperties: false,
    properties: { ok: { const: false }, error: schemaRef('ProblemDetails') },
  });
  for (const [event, { data }] of clientEvents) {
    addSchema(schemas, ackSchemaName(event), {
      description: `The acknowledgement of \`${event}\`.`,
      oneOf: [
        {
          type: 'object',
          required: ['ok', 'data'],
          additionalProperties: false,
          properties: { ok: { const: true }, data: schemaRef(data.name) },
        },
        schemaRef(REFUSED_ACK),
      ],
    });
  }
  addSchema(schemas, 'HandshakeAuth', handshakeAuthSchema());
  addSchema(schemas, 'ConnectError', connectErrorSchema());

  const messages: Record<string, MessageObject> = {};
  const operations: Record<string, OperationObject> = {};
  for (const [event, { model, durable, rooms, summary }] of serverEvents) {
    const key = serverMessageKey(event);
    messages[key] = {
      name: event,
      title: event,
      summary,
      description:
        `Sent to ${rooms.map((room) => ROOM_PATTERNS[room]).join(' or ')}. ` +
        (durable
          ? 'Durable: written with the change and delivered after commit, at least once; its second argument is the ' +
            'delivery metadata (described here as headers).'
          : 'Ephemeral: sent at once, never replayed.'),
      payload: schemaRef(model.name),
      ...(durable ? { headers: schemaRef(DELIVERY_META.name) } : {}),
    };
    operations[`emit_${event}`] = {
      action: 'send',
      channel: channelRef,
      title: `emit ${event}`,
      summary,
      messages: [channelMessageRef(key)],
    };
  }
  for (const [event, model] of clientEvents) {
    const requestKey = clientMessageKey(event);
    const ackKey = ackMessageKey(event);
    const rule = 'rule' in model ? model.rule : undefined;
    messages[requestKey] = {
      name: event,
      title: event,
      summary: model.summary,
      payload: rule ? { allOf: [schemaRef(model.payload.name), rule] } : schemaRef(model.payload.name),
    };
    messages[ackKey] = {
      title: `${event} ack`,
      summary: `The acknowledgement of \`${event}\`: \`{ok: true, data}\` or \`{ok: false, error}\`.`,
      payload: schemaRef(ackSchemaName(event)),
    };
    operations[`on_${event}`] = {
      action: 'receive',
      channel: channelRef,
      title: `on ${event}`,
      summary: model.summary,
      messages: [channelMessageRef(requestKey)],
      reply: { channel: channelRef, messages: [channelMessageRef(ackKey)] },
    };
  }

  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Atlas realtime API',
      version: '1.0.0',
      description: protocolDescription(limits),
    },
    defaultContentType: 'application/json',
    servers: {
      atlas: {
        host: '{host}',
        protocol: 'socket.io',
        protocolVersion: '5',
        pathname: '/socket.io',
        title: 'Atlas server',
        summary: 'Socket.IO 4 on the HTTP server (WebSocket or HTTP long-polling transport).',
        variables: { host: { default: 'localhost:3000', description: 'Host and port of the HTTP server (`PORT`)' } },
        security: [{ $ref: '#/components/securitySchemes/accessToken' }],
      },
    },
    channels: {
      [CHANNEL]: {
        address: '/',
        title: 'Default namespace',
        summary: 'Every event of the protocol; rooms decide which sockets receive a server event.',
        description:
          'The socket joins `user:<its user id>`, `org:<the organization it acts in>` and `channel:<id>` of each ' +
          'chat channel of the user at the handshake, and `project:<id>` on `subscribe_project`.',
        messages: Object.fromEntries(Object.keys(messages).map((key) => [key, { $ref: `#/components/messages/${key}` }])),
        'x-handshake-auth': schemaRef('HandshakeAuth'),
        'x-connect-error': schemaRef('ConnectError'),
      },
    },
    operations,
    components: {
      schemas,
      messages,
      securitySchemes: {
        accessToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The access token of `POST /api/v1/auth/login` (or register, refresh), sent in the Socket.IO handshake’s ' +
            'auth payload (`auth.token`, see `HandshakeAuth`), not in an `Authorization` header.',
        },
      },
    },
  };
}

/** Every class the document describes through the OpenAPI generator: pass them as its extra models. */
export function protocolModelClasses(): (new () => object)[] {
  return [
    ...Object.values(SERVER_EVENTS).map(({ model }) => model),
    ...Object.values(CLIENT_EVENTS).map(({ data }) => data),
    DELIVERY_META,
  ];
}

function addSchema(schemas: Record<string, JsonSchema>, name: string, schema: JsonSchema): void {
  if (name in schemas) throw new Error(`two schemas are named ${name}`);
  schemas[name] = schema;
}

function handshakeAuthSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'The handshake’s auth payload: `io(url, { auth: { token, organization_id } })`.',
    required: ['token'],
    properties: {
      token: { type: 'string', minLength: 1, description: 'An access token (JWT)' },
      organization_id: {
        type: 'string',
        format: 'uuid',
        description:
          'The organization the socket acts in (or the `X-Organization-Id` handshake header); without either, the ' +
          'user’s default organization',
      },
    },
  };
}

function connectErrorSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'What a refused handshake gets as its `connect_error` (an `Error` with `message` and `data`).',
    required: ['message'],
    properties: {
      message: {
        type: 'string',
        enum: ['unauthorized', 'organization_not_found', 'validation_failed', 'rate_limited', 'unavailable'],
        description:
          '`unauthorized`: no, a bad or an expired token, or a deactivated account. `organization_not_found`: the ' +
          'requested organization is not one of the user’s. `validation_failed`: a malformed organization id. ' +
          '`rate_limited`: the user has too many requests and events waiting. `unavailable`: the server could not ' +
          'complete the handshake (the database is unreachable); try again.',
      },
      data: {
        type: 'object',
        description: 'With `organization_not_found` and `validation_failed`',
        required: ['code', 'detail'],
        properties: {
          code: { type: 'string', enum: [ErrorCode.ORGANIZATION_NOT_FOUND, ErrorCode.VALIDATION_FAILED] },
          detail: { type: 'string' },
        },
      },
    },
  };
}
