import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { HotReads } from './sql';
import { CursorCodec, Paginator } from './pagination';

@Global()
@Module({
  providers: [
    { provide: CursorCodec, inject: [AppConfig], useFactory: (config: AppConfig) => new CursorCodec(config.jwt.secret) },
    Paginator,
    HotReads,
  ],
  exports: [CursorCodec, Paginator, HotReads],
})
export class CommonModule {}
