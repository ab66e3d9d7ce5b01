import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const DOCUMENT_ID = 'openapi.json';

type Responses = Record<string, { $ref?: string; content?: Record<string, unknown> }>;
export type BodyCheck = { ok: true } | { ok: false; errors: ErrorObject[]; message: string };

/** A JSON pointer segment (RFC 6901). */
const segment = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Response body validators compiled against one Ajv instance that holds the whole document once: each
 * schema is compiled as a `$ref` into the document, so a component is compiled once per process and
 * shared by every operation that uses it. (Compiling each response as a root of its own, with the
 * document beside it, costs tens of milliseconds per status of every operation, in the middle of a test.)
 */
export class ResponseSchemas {
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction | 'no body' | null>();

  constructor(private readonly document: OpenAPIObject) {
    // strict: false ignores the OpenAPI-only keywords (example, description on a $ref...); Ajv knows `nullable`.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID, undefined, false);
  }

  /** The body against the schema of (route, method, status, media type); `undefined` when none is declared. */
  check(route: string, method: string, status: number, mediaType: string | undefined, body: unknown): BodyCheck | undefined {
    const validate = this.validator(route, method.toLowerCase(), status, mediaType);
    if (!validate) return undefined;
    if (validate === 'no body') return { ok: false, errors: [], message: 'the response declares no body, yet one was sent' };
    if (validate(body)) return { ok: true };
    const errors = validate.errors ?? [];
    return { ok: false, errors, message: this.ajv.errorsText(errors, { dataVar: 'response' }) };
  }

  private validator(route: string, method: string, status: number, mediaType: string | undefined): ValidateFunction | 'no body' | null {
    const key = `${method} ${route} ${status} ${mediaType ?? ''}`;
    let validate = this.validators.get(key);
    if (validate === undefined) {
      const pointer = this.schemaPointer(route, method, status, mediaType);
      if (pointer === undefined) validate = null;
      else if (pointer === null) validate = 'no body';
      else validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      this.validators.set(key, validate);
    }
    return validate;
  }

  /**
   * Where the body schema sits: the status's own response, else its `NXX` range, else `default`;
   * null when that response declares no body, undefined when the operation has no such response.
   */
  private schemaPointer(route: string, method: string, status: number, mediaType: string | undefined): string | null | undefined {
    const responses = (this.document.paths[route] as Record<string, { responses?: Responses }> | undefined)?.[method]?.responses;
    if (!responses) return undefined;
    const name = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => candidate in responses);
    if (!name) return undefined;
    let pointer = `/paths/${segment(route)}/${method}/responses/${name}`;
    let response = responses[name];
    if (response.$ref) {
      pointer = response.$ref.replace(/^#/, '');
      response = this.document.components?.responses?.[response.$ref.split('/').pop() as string] as typeof response;
    }
    const types = Object.keys(response?.content ?? {});
    const type = mediaType && types.includes(mediaType) ? mediaType : types[0];
    return type === undefined ? null : `${pointer}/content/${segment(type)}/schema`;
  }
}

const byDocument = new Map<string, ResponseSchemas>();

/** One set of validators per document and process: the apps of a test file share their compiled schemas. */
export function responseSchemasFor(document: OpenAPIObject): ResponseSchemas {
  const key = JSON.stringify(document);
  let schemas = byDocument.get(key);
  if (!schemas) {
    schemas = new ResponseSchemas(document);
    byDocument.set(key, schemas);
  }
  return schemas;
}
