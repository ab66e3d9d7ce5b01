import type { OpenAPIObject } from '@nestjs/swagger';
import { fromSchema } from '@openapi-contrib/openapi-schema-to-json-schema';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

export type JsonSchema = Record<string, unknown>;

/** Where schemas live in both documents, so `$ref`s carry over unchanged. */
export const SCHEMAS_POINTER = '#/components/schemas/';

/**
 * The OpenAPI document's schemas of `names` and of every schema they reference, converted from OpenAPI 3.0
 * to the JSON Schema an AsyncAPI document takes (`nullable` becomes a `null` type, `example` is dropped).
 */
export function schemasFromOpenApi(openapi: OpenAPIObject, names: readonly string[]): Record<string, JsonSchema> {
  const source = openapi.components?.schemas ?? {};
  const converted: Record<string, JsonSchema> = {};
  const pending = [...names];
  for (let name = pending.shift(); name !== undefined; name = pending.shift()) {
    if (name in converted) continue;
    const schema = source[name];
    if (!schema) throw new Error(`the OpenAPI document has no schema ${name}`);
    const { $schema: _dialect, ...json } = fromSchema(schema) as JsonSchema;
    converted[name] = json;
    pending.push(...referencedSchemas(json));
  }
  return converted;
}

/**
 * A client event's payload schema, from the class-validator decorators the gateway validates it with.
 * Unknown fields are refused (`forbidNonWhitelisted`), so the object is closed.
 */
export function clientPayloadSchema(dto: new () => object): JsonSchema {
  return { ...(targetConstructorToSchema(dto, { refPointerPrefix: SCHEMAS_POINTER }) as JsonSchema), additionalProperties: false };
}

/** Names of the component schemas a schema refers to. */
export function referencedSchemas(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(referencedSchemas);
  if (!schema || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMAS_POINTER)
      ? [value.slice(SCHEMAS_POINTER.length)]
      : referencedSchemas(value),
  );
}
