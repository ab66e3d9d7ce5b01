import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessPolicy } from './access-policy';
import { AccessTokenService } from './access-token.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { UserLookup } from './user-lookup';

@Global()
@Module({
  providers: [AccessTokenService, UserLookup, AccessPolicy, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  exports: [AccessTokenService, UserLookup, AccessPolicy],
})
export class AuthCommonModule {}
