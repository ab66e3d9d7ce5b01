import fc from 'fast-check';
import { resolve, Schema } from './openapi';

const INT4_MAX = 2 ** 31 - 1;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
/** A string that can never be stored: NUL or an unpaired surrogate somewhere in printable text. */
export const unstorableString = fc
  .tuple(fc.string({ maxLength: 20 }), fc.oneof(fc.constant('\u0000'), loneSurrogate), fc.string({ maxLength: 20 }))
  .map(([before, poison, after]) => `${before}${poison}${after}`);

/** Strange but storable text: any grapheme (emoji, combining marks, right-to-left, zero-width). */
const strangeString = (schema: Schema) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 200, 200) }),
    fc.constantFrom('\u202eevil', '\u200b', ' \t\n ', '%00', "' OR 1=1 --", '<script>', '../../etc/passwd', '\\', '%s%n'),
  );

/** Numbers at and past every edge, including ones an int4 column cannot hold. */
const edgeNumber = (schema: Schema) =>
  fc.oneof(
    fc.constantFrom(0, -0, 1, -1, 0.5, INT4_MAX, INT4_MAX + 1, -INT4_MAX - 2, 2 ** 53, 1e308, -1e308, Number.MIN_VALUE),
    ...(schema.minimum !== undefined ? [fc.constantFrom(schema.minimum, schema.minimum - 1)] : []),
    ...(schema.maximum !== undefined ? [fc.constantFrom(schema.maximum, schema.maximum + 1)] : []),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

const strangeDate = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2024-02-30T00:00:00Z',
  '2024-01-01T25:00:00Z',
  '2024-01-01',
  '1970-01-01T00:00:00+14:00',
  'yesterday',
);

/** A JSON value of the wrong type for `schema` (never null: a nullable field would accept it). */
export function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  switch (resolved.type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant({ nested: 'x' }), fc.constant(['x']));
    case 'number':
    case 'integer':
      return fc.oneof(fc.constantFrom('not a number', 'Infinity', '1e999'), fc.constant({ nested: 1 }), fc.constant(['x']));
    case 'boolean':
      return fc.oneof(fc.constantFrom('yes', 'not a boolean'), fc.integer({ min: 2 }), fc.constant({ nested: true }));
    case 'array':
      return fc.oneof(fc.constant('not an array'), fc.integer(), fc.constant({ nested: [] }));
    default:
      return fc.oneof(fc.constant('not an object'), fc.integer(), fc.constant([['x']]));
  }
}

/** A value of the right JSON type that may or may not pass validation: edges, strange text, odd dates. */
export function hostileOfType(schema: Schema): fc.Arbitrary<unknown> {
  const resolved = resolve(schema);
  if (resolved.enum) return fc.oneof(fc.constantFrom(...resolved.enum), fc.constantFrom('', 'TODO', 'Done ', 'admin'));
  switch (resolved.type) {
    case 'string':
      if (resolved.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid'));
      if (resolved.format === 'date-time') return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), strangeDate);
      return strangeString(resolved);
    case 'number':
    case 'integer':
      return edgeNumber(resolved);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(hostileOfType(resolved.items ?? {}), { maxLength: Math.min(resolved.maxItems ?? 5, 5) + 1 });
    default:
      return hostileObject(resolved, 0);
  }
}

function hostileObject(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  if (depth > 3 || properties.length === 0) return fc.constant({});
  return fc.record(Object.fromEntries(properties.map(([name, property]) => [name, hostileOfType(property)])), {
    requiredKeys: schema.required ?? [],
  });
}

/** Every field path of an object schema with its schema (top level only: nested paths are reached through arrays). */
function fieldsOf(schema: Schema): [string, Schema][] {
  return Object.entries(resolve(schema).properties ?? {});
}

/**
 * A body for `schema` that can never be accepted: hostile values everywhere and at least one certain
 * defect (text that can never be stored, a wrong type, a string over its maximum, an unknown property,
 * nesting past the limit, or the wrong shape at the root).
 */
export function poisonedBody(schema: Schema): fc.Arbitrary<unknown> {
  const base = hostileObject(resolve(schema), 0);
  const fields = fieldsOf(schema);
  const defects: fc.Arbitrary<(body: Record<string, unknown>) => unknown>[] = [
    fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), unstorableString).map(([name, value]) => (body) => ({ ...body, [`x${name}`]: value })),
    fc.string({ minLength: 1, maxLength: 10 }).map((name) => (body) => ({ ...body, [`unknown_${name}`]: 1 })),
    fc.integer({ min: 33, max: 3_000 }).map((levels) => (body) => {
      let deep: unknown = 1;
      for (let i = 0; i < levels; i++) deep = [deep];
      return { ...body, deep };
    }),
    fc.constantFrom((body: Record<string, unknown>) => [body], () => 'a string', () => 42, () => true),
  ];
  if (fields.length > 0) {
    defects.push(
      fc.constantFrom(...fields).chain(([name, property]) => {
        const resolved = resolve(property);
        const options: fc.Arbitrary<unknown>[] = [wrongType(resolved)];
        if (resolved.type === 'string' && !resolved.enum) options.push(unstorableString);
        if (resolved.type === 'string' && resolved.maxLength !== undefined && !resolved.format) {
          options.push(fc.constant('x'.repeat(resolved.maxLength + 1)));
        }
        if (resolved.type === 'array') options.push(fc.constant(['x\u0000y']));
        return fc.oneof(...options).map((value) => (body: Record<string, unknown>) => ({ ...body, [name]: value }));
      }),
    );
  }
  return fc.tuple(base, fc.oneof(...defects)).map(([body, defect]) => defect(body));
}

/** Query strings of hostile values (encoded by hand, so malformed percent-encoding gets through too). */
export function hostileQuery(names: string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom('%00', 'a%00b', '%ED%A0%80', '%FF', '%C0%80', '-1', '0', '101', '1e309', '9'.repeat(40), 'NaN', 'true', '', '%25', '..%2F..'),
    fc.string({ unit: 'grapheme', maxLength: 30 }).map(encodeURIComponent),
  );
  return fc
    .array(fc.tuple(fc.constantFrom(...names, 'unknown'), value), { minLength: 1, maxLength: 5 })
    .map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join('&'));
}
