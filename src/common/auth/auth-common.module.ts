import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from './access-token.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { UserLookup } from './user-lookup';

@Global()
@Module({
  providers: [AccessTokenService, UserLookup, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [AccessTokenService, UserLookup],
})
export class AuthCommonModule {}
