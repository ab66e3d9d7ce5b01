export * from './api-page';
export * from './api-problems';
export * from './problem-schema';
export * from './api-roles';
export * from './param-formats';
