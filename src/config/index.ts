export * from './app-config';
export * from './environment';
export * from './jwt-secret';
