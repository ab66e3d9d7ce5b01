/**
 * Checks a load balancer in front of several Atlas instances (scripts/verify-image.sh runs it against
 * deploy/haproxy.cfg): Socket.IO sessions on the long-polling transport, where every request must
 * reach the instance that opened the session. With the balancer's cookie a session must survive
 * ten acknowledged round trips; without it (a client that drops cookies) the balancer must spread
 * the requests and the session must break. Prints one JSON line; exits 1 when either fails.
 * Usage: ts-node --transpile-only scripts/check-sticky-sessions.ts http://127.0.0.1:8080
 */
import { randomBytes } from 'node:crypto';
import { io } from 'socket.io-client';

const ROUND_TRIPS = 10;
const TIMEOUT_MS = 5_000;

async function register(base: string): Promise<string> {
  const name = `sticky${randomBytes(4).toString('hex')}`;
  const response = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, email: `${name}@example.test`, password: 'correct horse battery staple' }),
  });
  if (response.status !== 201) throw new Error(`register answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** 'ok' when the session stayed up through every round trip, else what broke it. */
async function pollingSession(base: string, token: string, withCredentials: boolean): Promise<string> {
  const socket = io(base, { transports: ['polling'], auth: { token }, withCredentials, reconnection: false, timeout: TIMEOUT_MS });
  try {
    return await new Promise<string>((resolve) => {
      socket.on('connect_error', (error) => resolve(`connect_error: ${error.message}`));
      socket.on('disconnect', (reason) => resolve(`disconnected: ${reason}`));
      socket.on('connect', () => {
        void (async () => {
          for (let i = 0; i < ROUND_TRIPS; i++) {
            // Any acknowledgement (this project id does not exist) is a completed round trip.
            const ack = await socket
              .timeout(TIMEOUT_MS)
              .emitWithAck('subscribe_project', { project_id: '00000000-0000-4000-8000-000000000000' })
              .then(
                () => true,
                () => false,
              );
            if (!ack || !socket.connected) return resolve(`round trip ${i + 1} failed`);
          }
          resolve('ok');
        })();
      });
    });
  } finally {
    socket.close();
  }
}

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base) throw new Error('usage: check-sticky-sessions.ts <balancer url>');
  const token = await register(base);
  const withCookie = await pollingSession(base, token, true);
  const withoutCookie = await pollingSession(base, token, false);
  console.log(JSON.stringify({ with_cookie: withCookie, without_cookie: withoutCookie }));
  // Exits at once: an abandoned long-poll request would keep the process for a ping interval.
  process.exit(withCookie === 'ok' && withoutCookie !== 'ok' ? 0 : 1);
}

main().catch((error: unknown) => {
  console.log(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
  process.exit(1);
});
