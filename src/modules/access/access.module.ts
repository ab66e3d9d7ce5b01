import { Global, Module } from '@nestjs/common';
import { AccessPolicy } from './access-policy';

/** Global: every feature module asks the same policy, and the policy depends on no feature module. */
@Global()
@Module({
  providers: [AccessPolicy],
  exports: [AccessPolicy],
})
export class AccessModule {}
