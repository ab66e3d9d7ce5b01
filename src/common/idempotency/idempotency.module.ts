import { Module } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyRetention } from './idempotency-retention';
import { IdempotencyStore } from './idempotency.store';

/**
 * Idempotent POSTs for every authenticated route (see IdempotencyInterceptor); configureApp puts the
 * interceptor on each POST handler (applyIdempotencyToPosts).
 */
@Module({
  providers: [IdempotencyStore, IdempotencyRetention, IdempotencyInterceptor],
  exports: [IdempotencyRetention, IdempotencyInterceptor],
})
export class IdempotencyModule {}
