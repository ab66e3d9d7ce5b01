export const TEST_ENV = { adminUrl: 'ATLAS_TEST_ADMIN_URL', template: 'ATLAS_TEST_TEMPLATE' } as const;

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
