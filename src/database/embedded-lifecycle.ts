import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmbeddedDatabase } from './embedded-postgres';

/**
 * Stops the embedded server last: after HTTP and sockets are closed (Nest's dispose) and after
 * the pool is drained here, so no query is cut off mid-flight.
 */
@Injectable()
export class EmbeddedDatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    private readonly dataSource: DataSource,
    private readonly embedded: EmbeddedDatabase,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded.stop();
    this.logger.log('embedded PostgreSQL stopped');
  }
}
