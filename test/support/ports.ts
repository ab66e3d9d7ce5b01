import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const LOWEST_PORT = 10_000;
const ATTEMPTS = 50;

/**
 * The first port of the kernel's ephemeral range. A port handed out for a server that binds later must
 * come from below it: otherwise another test's `listen(0)` or an outgoing connection may take it in the
 * meantime, and a health check would reach someone else's server.
 */
function ephemeralRangeStart(): number {
  try {
    const [first] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    const port = Number(first);
    return Number.isInteger(port) && port > LOWEST_PORT + 1_000 ? port : 32_768;
  } catch {
    return 32_768;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A random port outside the ephemeral range that was free a moment ago. */
export async function freePort(): Promise<number> {
  const end = ephemeralRangeStart();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = randomInt(LOWEST_PORT, end);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${LOWEST_PORT}-${end - 1} after ${ATTEMPTS} attempts`);
}
