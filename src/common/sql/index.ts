export * from './hot-reads';
export * from './statements';
