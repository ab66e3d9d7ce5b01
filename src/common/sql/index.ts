export * from './hot-reads';
