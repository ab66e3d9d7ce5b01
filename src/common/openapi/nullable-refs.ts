import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown>;

/**
 * The OpenAPI 3.0 spelling of "only null" (3.0 has no `type: 'null'`, and `nullable` needs a `type`): any
 * type made nullable with `enum: [null]` admits exactly null. With `string`, openapi-typescript renders it
 * as plain `null` (with `object` it adds a `never`).
 */
const NULL_ONLY = { type: 'string', nullable: true, enum: [null] };

/**
 * `@ApiProperty({type: Dto, nullable: true})` comes out as `{nullable, type: object, allOf: [$ref]}`,
 * which validators read as "an object that is a Dto" (nullable cannot widen a referenced schema).
 * Rewritten as `anyOf: [$ref, null]`, so a null the server sends is allowed.
 */
function widen(schema: Schema): void {
  for (const value of Object.values(schema)) {
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (item && typeof item === 'object') widen(item as Schema);
    } else if (value && typeof value === 'object') widen(value as Schema);
  }
  const allOf = schema.allOf as Schema[] | undefined;
  if (schema.nullable !== true || allOf?.length !== 1 || !allOf[0].$ref) return;
  delete schema.nullable;
  delete schema.type;
  delete schema.allOf;
  schema.anyOf = [allOf[0], NULL_ONLY];
}

export function widenNullableReferences(document: OpenAPIObject): OpenAPIObject {
  for (const schema of Object.values(document.components?.schemas ?? {})) widen(schema as Schema);
  return document;
}
