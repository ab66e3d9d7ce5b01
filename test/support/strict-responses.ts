import type { OpenAPIObject } from '@nestjs/swagger';

type Schema = Record<string, unknown> & {
  $ref?: string;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: unknown;
};

/**
 * The published document leaves success bodies open (a client must tolerate members added later);
 * the suite checks them closed, so a member the server sends that the document does not name is a
 * mismatch. `allOf` of plain objects (the page envelope) is merged into one object first, since a
 * closed branch of an `allOf` would refuse the members of the others. Problem bodies stay open:
 * RFC 9457 allows extension members, and each code's own are declared beside ProblemDetails.
 */
export function closeSuccessBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const closed = new Set<string>();
  const resolve = (schema: Schema): Schema => (schema.$ref ? (schemas[schema.$ref.split('/').pop() as string] ?? schema) : schema);

  const close = (schema: Schema | undefined): void => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() as string;
      if (closed.has(name)) return;
      closed.add(name);
      return close(schemas[name]);
    }
    // Objects only: `allOf: [$ref]` is also how a referenced enum is spelled.
    const plain = (part: Schema) => Boolean(part.properties) && !part.allOf && !part.anyOf && !part.oneOf;
    if (schema.allOf?.map(resolve).every(plain)) {
      const parts = schema.allOf.map(resolve);
      schema.type = 'object';
      schema.properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}));
      const required = [...new Set(parts.flatMap((part) => part.required ?? []))];
      if (required.length) schema.required = required;
      delete schema.allOf;
    }
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
    for (const property of Object.values(schema.properties ?? {})) close(property);
    close(schema.items);
    for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) close(branch);
  };

  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        if (!/^2\d\d$/.test(status)) continue;
        for (const media of Object.values(response.content ?? {})) close(media.schema);
      }
    }
  }
  return document;
}
