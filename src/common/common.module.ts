import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { CursorCodec, Paginator } from './pagination';

@Global()
@Module({
  providers: [
    { provide: CursorCodec, inject: [AppConfig], useFactory: (config: AppConfig) => new CursorCodec(config.jwt.secret) },
    Paginator,
  ],
  exports: [CursorCodec, Paginator],
})
export class CommonModule {}
