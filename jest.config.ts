import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from 'jest';

/**
 * Two layers. `unit`: the `*.spec.ts` files beside the code under src that need nothing but the process
 * (no database, no global setup; seconds to run). `e2e`: the `*.e2e-spec.ts` files under test plus every
 * spec under src that boots the database (it imports the test app, the test database or the fixtures from
 * test/support), against one real PostgreSQL that the global setup starts or reaches (TEST_DATABASE_URL).
 * `npm test` runs both; `npm run test:unit` and `npm run test:e2e` select one.
 */

const transform: Config['transform'] = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
// The client package is ESM source: its relative imports name the .js file they compile to.
const moduleNameMapper: Config['moduleNameMapper'] = { '^(\\.{1,2}/.*)\\.js$': '$1' };
const DATABASE_SUPPORT = /from '(\.\.\/)+test\/support\/(test-app|test-database|fixtures|users)'/;

function specsUnder(directory: string): string[] {
  return readdirSync(join(__dirname, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.spec.ts') && !file.endsWith('.e2e-spec.ts'))
    .map((file) => join(directory, file));
}

const databaseSpecs = specsUnder('src').filter((file) => DATABASE_SUPPORT.test(readFileSync(join(__dirname, file), 'utf8')));
const asPattern = (file: string) => `<rootDir>/${relative('.', file)}`;

const config: Config = {
  maxWorkers: 2,
  // A run-wide option (jest ignores it inside a project): a deadline for the e2e tests, not a timing assertion.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      rootDir: '.',
      moduleFileExtensions: ['js', 'json', 'ts'],
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...databaseSpecs.map((file) => `/${file.replace(/\./g, '\\.')}$`)],
      transform,
      moduleNameMapper,
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/test/setup/test-env.ts'],
    },
    {
      displayName: 'e2e',
      rootDir: '.',
      moduleFileExtensions: ['js', 'json', 'ts'],
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', ...databaseSpecs.map(asPattern)],
      transform,
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/test-env.ts'],
      // A test file whose responses break openapi.json fails (test/support/openapi-responses.ts).
      setupFilesAfterEnv: ['<rootDir>/test/setup/openapi-responses.ts'],
    },
  ],
};

export default config;
