export * from './organization-context';
export * from './organization-scoped.decorator';
export * from './organization-context.module';
