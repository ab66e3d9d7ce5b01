import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of an OpenAPI schema object the tests read. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  id: string;
  authenticated: boolean;
  body?: Schema;
  parameters: Parameter[];
}

type Document = {
  paths: Record<string, Record<string, { operationId: string; security?: unknown[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
};

const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as Document;

/** Follows `$ref` and single-element `allOf` (how Nest emits enum references). */
export function resolve(schema: Schema): Schema {
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return { ...resolve(schema.allOf[0]), ...schema, allOf: undefined };
  return schema;
}

/** Every operation of the committed openapi.json. */
export function operations(): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const body = operation.requestBody?.content['application/json']?.schema;
      return {
        method: method as Operation['method'],
        path,
        id: operation.operationId,
        authenticated: (operation.security?.length ?? 0) > 0,
        body: body ? resolve(body) : undefined,
        parameters: (operation.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
      };
    }),
  );
}

/**
 * Paths of every string leaf a body can carry: `title`, `task_ids[0]`, `epics[0].stories[0].name`.
 */
export function stringFields(schema: Schema, prefix = ''): string[] {
  const resolved = resolve(schema);
  if (resolved.type === 'string') return [prefix];
  if (resolved.type === 'array' && resolved.items) return stringFields(resolved.items, `${prefix}[0]`);
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) =>
    stringFields(property, prefix ? `${prefix}.${name}` : name),
  );
}

/** A body holding only `value` at `fieldPath` (as written by stringFields). */
export function bodyWith(fieldPath: string, value: unknown): unknown {
  const segments = fieldPath.match(/[^.[\]]+|\[0\]/g) ?? [];
  let result: unknown = value;
  for (const segment of segments.reverse()) result = segment === '[0]' ? [result] : { [segment]: result };
  return result;
}

/** The operation's path with each path parameter filled: a value from `values`, else a well-formed id. */
export function urlFor(operation: Operation, values: Record<string, string | number> = {}, raw: Record<string, string> = {}): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (raw[name] !== undefined) return raw[name];
    if (values[name] !== undefined) return encodeURIComponent(String(values[name]));
    const parameter = operation.parameters.find((p) => p.name === name);
    return parameter?.schema.type === 'string' ? randomUUID() : '1';
  });
}

/** `operationId (METHOD /path)`, for test names. */
export function describeOperation(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
