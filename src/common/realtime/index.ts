export * from './rooms';
export * from './server-events';
