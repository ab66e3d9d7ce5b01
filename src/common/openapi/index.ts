export * from './api-page';
export * from './api-problems';
export * from './api-roles';
export * from './document';
export * from './without-database';
