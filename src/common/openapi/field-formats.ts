import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
};

/** Whole-number fields that are not ids (ids are recognised by name). */
const COUNTS = new Set([
  'count',
  'total',
  'skip',
  'limit',
  'expires_in',
  'tasks_scanned',
  'high_risk',
  'medium_risk',
  'notifications_sent',
  'total_active_tasks',
]);
/** String ids that are not UUIDs. */
const OPAQUE_IDS = new Set(['request_id', 'event_id']);

/**
 * The house naming rules, stated once for every schema instead of on each property: `id` and
 * `*_id` numbers are integers and strings are UUIDs, `*_at` strings are timestamps, `email` is
 * an email address, counts are integers. A format or pattern a property declares itself wins. Properties
 * of a known format without an example get one.
 */
function formatOf(name: string, schema: Schema): Partial<Schema> | undefined {
  const isId = name === 'id' || name.endsWith('_id');
  if (schema.type === 'number' && (isId || COUNTS.has(name) || name.endsWith('_count'))) return { type: 'integer' };
  if (schema.type !== 'string' || schema.format || schema.pattern) return undefined;
  if (isId && !OPAQUE_IDS.has(name)) return { format: 'uuid' };
  if (name.endsWith('_at')) return { format: 'date-time' };
  if (name === 'email') return { format: 'email' };
  return undefined;
}

/** Examples of the formats, for a property that gives none (Swagger UI shows them in every sample). */
const FORMAT_EXAMPLES: Record<string, unknown> = {
  uuid: '6f0c2a1e-5b7d-4c3f-9a8e-1d2c3b4a5f60',
  'date-time': '2026-03-02T09:30:00.000Z',
  date: '2026-03-02',
  email: 'ada@example.com',
};

function exampleOf(name: string, schema: Schema): unknown {
  if (schema.example !== undefined || schema.enum) return undefined;
  if (schema.format && schema.format in FORMAT_EXAMPLES) return FORMAT_EXAMPLES[schema.format];
  if (schema.type === 'integer' && (name === 'id' || name.endsWith('_id'))) return 42;
  return undefined;
}

export function addFieldFormats(document: OpenAPIObject): OpenAPIObject {
  for (const schema of Object.values(document.components?.schemas ?? {}) as Schema[]) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const target = property.type === 'array' && property.items ? property.items : property;
      const singular = name.endsWith('_ids') ? name.slice(0, -1) : name;
      Object.assign(target, formatOf(singular, target));
      const example = exampleOf(singular, target);
      if (example !== undefined) target.example = example;
    }
  }
  return document;
}
