export * from './change-listeners';
export * from './set-based-update';
