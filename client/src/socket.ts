import { io, type Socket } from 'socket.io-client';
import type { AtlasClient } from './client.js';
import type { ClientToServerEvents, ServerToClientEvents } from './server-events.js';

export type AtlasSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Handshake `auth` of a connection: the access token and, optionally, the organization the socket acts in. */
interface HandshakeAuth {
  token: string;
  organization_id?: string;
}

/**
 * Opens the typed Socket.IO connection with the client's current token and organization. The handshake
 * reads both on every (re)connection; when the server closes the socket because its token expired, or
 * refuses a stale one, the pair is renewed through the client's session and the socket reconnects.
 * Changing the client's organization reconnects the socket in the new one.
 */
export function connectSocket(client: AtlasClient, options: { path?: string } = {}): AtlasSocket {
  let handshakeToken: string | undefined;
  const socket: AtlasSocket = io(client.baseUrl || undefined, {
    path: options.path ?? '/socket.io',
    transports: ['websocket'],
    auth: (send) => {
      handshakeToken = client.session.current?.access_token;
      const auth: HandshakeAuth = { token: handshakeToken ?? '' };
      if (client.organizationId) auth.organization_id = client.organizationId;
      send({ ...auth });
    },
  });
  const renewAndReconnect = async () => {
    const renewed = await client.session.renew(handshakeToken);
    if (renewed) socket.connect();
  };
  socket.on('connect_error', (error) => {
    if (error.message === 'unauthorized') void renewAndReconnect();
  });
  socket.on('disconnect', (reason) => {
    // The server closes a socket whose token expired; the client does not reconnect by itself then.
    if (reason === 'io server disconnect') void renewAndReconnect();
  });
  const stopListening = client.onOrganizationChange(() => {
    socket.disconnect().connect();
  });
  const close = socket.close.bind(socket);
  socket.close = () => {
    stopListening();
    return close();
  };
  return socket;
}
