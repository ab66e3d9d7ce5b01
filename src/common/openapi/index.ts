export * from './api-page';
export * from './problem-schema';
