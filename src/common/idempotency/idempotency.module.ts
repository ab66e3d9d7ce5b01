import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyRetention } from './idempotency-retention';
import { IdempotencyStore } from './idempotency.store';

/** Idempotent POSTs for every authenticated route (see IdempotencyInterceptor). */
@Module({
  providers: [IdempotencyStore, IdempotencyRetention, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [IdempotencyRetention],
})
export class IdempotencyModule {}
