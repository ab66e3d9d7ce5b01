export { AccessModule } from './access.module';
export { AccessPolicy, type ChannelAccess, type ProjectAccess } from './access-policy';
