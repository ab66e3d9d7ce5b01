export * from './access-token.service';
export * from './auth-user';
export * from './jwt-auth.guard';
export * from './user-lookup';
export * from './pending-user';
