export * from './error-code';
export * from './error-status';
export * from './domain-error';
export * from './database-errors';
export * from './boundary-errors';
