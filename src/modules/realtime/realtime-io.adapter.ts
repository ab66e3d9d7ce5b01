import { INestApplication, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { AppConfig } from '../../config';

/**
 * Creates the Socket.IO server with the configured heartbeat and CORS and, when REDIS_URL is set,
 * the Redis adapter, so a broadcast on one instance reaches sockets on every other. Its pub/sub
 * connections are closed when the application shuts down.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly logger = new Logger('RealtimeIoAdapter');
  private readonly redisClients: Redis[] = [];

  constructor(
    app: INestApplication,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const { pingIntervalMs, pingTimeoutMs, keyPrefix } = this.config.realtime;
    const origins = this.config.corsOrigins;
    const server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      pingInterval: pingIntervalMs,
      pingTimeout: pingTimeoutMs,
      maxHttpBufferSize: 1_000_000,
      cors: origins.length > 0 ? { origin: origins, credentials: true } : undefined,
    }) as Server;
    if (this.config.redisUrl) {
      const pub = new Redis(this.config.redisUrl, { maxRetriesPerRequest: 2 });
      const sub = pub.duplicate();
      for (const [name, client] of [['pub', pub], ['sub', sub]] as const) {
        client.on('error', (error) => this.logger.error({ err: error, client: name }, 'Socket.IO Redis adapter connection error'));
        this.redisClients.push(client);
      }
      server.adapter(createAdapter(pub, sub, { key: `${keyPrefix}:socket.io` }));
    }
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    const clients = this.redisClients.splice(0);
    await Promise.all(clients.filter((client) => client.status !== 'end').map((client) => client.quit()));
  }
}
