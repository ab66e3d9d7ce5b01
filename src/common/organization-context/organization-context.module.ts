import { Global, Module } from '@nestjs/common';
import { OrganizationContext } from './organization-context';

@Global()
@Module({
  providers: [OrganizationContext],
  exports: [OrganizationContext],
})
export class OrganizationContextModule {}
