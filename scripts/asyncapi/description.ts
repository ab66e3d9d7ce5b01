import type { LimitsConfig } from '../../src/config';
import { SERVER_EVENTS } from '../../src/asyncapi/protocol-models';

/** The document's introduction: what no single event says. The limits are the defaults of the configuration. */
export function protocolDescription(limits: LimitsConfig): string {
  const events = Object.entries(SERVER_EVENTS);
  const durable = events.filter(([, { durable }]) => durable).map(([event]) => event);
  const ephemeral = events.filter(([, { durable }]) => !durable).map(([event]) => event);
  const list = (events: readonly string[]) => events.map((event) => `\`${event}\``).join(', ');
  return [
    'The Socket.IO protocol of Atlas: what the server pushes and what a client sends. The HTTP API is described at ' +
      '`/docs` (`/docs/openapi.json`); payloads of domain events are the same JSON as the HTTP API returns.',
    '',
    '## Connecting',
    'Socket.IO 4 on the HTTP server’s port, path `/socket.io`, default namespace `/`, WebSocket or HTTP long-polling: ' +
      '`io(url, { auth: { token, organization_id } })` (schema `HandshakeAuth`).',
    '- `auth.token`: an access token. Missing, invalid or expired, or a deactivated account: `connect_error` with ' +
      'message `unauthorized` (schema `ConnectError`).',
    '- The socket acts in the organization named by `auth.organization_id` or an `X-Organization-Id` handshake ' +
      'header (a UUID), else in the user’s default organization; each client event runs in it, the membership checked ' +
      'again. Not one of the user’s: `connect_error` `organization_not_found`; malformed: `validation_failed`.',
    '- Rooms: `user:<id>` (the user’s own sockets), `org:<id>` of that organization (presence), `channel:<id>` of each ' +
      'chat channel of the user, and `project:<id>` of each project the socket subscribed to (`subscribe_project`).',
    '- The server disconnects the socket when its token expires (reason `io server disconnect`), and after ' +
      '`session_revoked`: reconnect with a fresh token.',
    '',
    '## Client events and acknowledgements',
    'Emit every client event with an acknowledgement callback. The ack is `{ok: true, data}` or ' +
      '`{ok: false, error}` where `error` is an RFC 9457 problem like every HTTP error: 422 `VALIDATION_FAILED` with ' +
      'per-field `errors` (payloads are validated like HTTP bodies; unknown fields are refused), 404 for anything ' +
      'the user may not see, 429 `RATE_LIMITED`; an unknown event is a 404 `ROUTE_NOT_FOUND`.',
    '',
    '## Limits',
    `Each socket may send ${limits.socketEventsPerSecond} events a second, in bursts of up to ${limits.socketEventsBurst} ` +
      '(`SOCKET_EVENTS_PER_SECOND`, `SOCKET_EVENTS_BURST`); beyond it the ack is a 429 `RATE_LIMITED` problem and ' +
      `nothing runs. A socket over its limit for ${limits.socketFloodDisconnectMs} ms without a one-second pause is ` +
      'disconnected (`SOCKET_FLOOD_DISCONNECT_MS`). One user’s events and requests share their concurrency slots ' +
      '(`USER_CONCURRENCY`, `USER_QUEUE`); a full queue is a 429 too. The numbers are the defaults.',
    '',
    '## Delivery',
    `Durable events (${list(durable)}) are written in the transaction of the change ` +
      'and delivered after it commits, at least once, in delivery order, with a second argument `{event_id}` ' +
      '(described as the message headers): deduplicate by the payload’s id, and after a reconnection catch up ' +
      'with `GET /api/v1/events?after=<event_id>`. Ephemeral events ' +
      `(${list(ephemeral)}) are sent at once and never replayed. Presence is shown to the user’s organizations ` +
      'only; `offline` is sent when their last socket closes.',
  ].join('\n');
}
