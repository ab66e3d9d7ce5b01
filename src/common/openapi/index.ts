export * from './api-page';
export * from './problem-schema';
export * from './api-roles';
