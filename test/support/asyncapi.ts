import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The committed AsyncAPI document of the Socket.IO protocol. */
export const ASYNCAPI_FILE = join(__dirname, '..', '..', 'asyncapi.json');

interface Ref {
  $ref: string;
}

interface Operation {
  action: 'send' | 'receive';
  messages: Ref[];
  reply?: { messages: Ref[] };
}

interface Message {
  name?: string;
  payload?: unknown;
  headers?: unknown;
}

export interface AsyncApiDocument {
  asyncapi: string;
  operations: Record<string, Operation>;
  components: { schemas: Record<string, Record<string, unknown>>; messages: Record<string, Message> };
  [member: string]: unknown;
}

export function readAsyncApiDocument(): AsyncApiDocument {
  return JSON.parse(readFileSync(ASYNCAPI_FILE, 'utf8')) as AsyncApiDocument;
}

/** A message as an operation names it, with where it lives (a JSON pointer into the document). */
export interface DocumentedMessage {
  pointer: string;
  message: Message;
}

export interface DocumentedClientEvent {
  request: DocumentedMessage;
  ack: DocumentedMessage;
}

const DOCUMENT_ID = 'asyncapi.json';

/**
 * Reads the protocol the way a client of the document would: the messages of the `send` operations are the
 * server events, those of the `receive` operations the client events with their replies (the acks). Payloads are
 * validated with ajv against the document's own schemas (`$ref`s resolved inside the document).
 */
export class AsyncApiContract {
  private readonly ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: AsyncApiDocument = readAsyncApiDocument()) {
    addFormats(this.ajv);
    // The document's members are not JSON Schema keywords: known to ajv, so the root can hold the schemas.
    for (const member of Object.keys(document)) this.ajv.addKeyword(member);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }

  /** Server event name -> its message, from the `send` operations. */
  serverEvents(): Map<string, DocumentedMessage> {
    return this.byName(this.operations('send').map((operation) => this.only(operation.messages)));
  }

  /** Client event name -> its message and its ack, from the `receive` operations. */
  clientEvents(): Map<string, DocumentedClientEvent> {
    const events = new Map<string, DocumentedClientEvent>();
    for (const operation of this.operations('receive')) {
      const request = this.only(operation.messages);
      if (!operation.reply) throw new Error(`client event ${request.message.name} has no reply (ack)`);
      events.set(this.nameOf(request), { request, ack: this.only(operation.reply.messages) });
    }
    return events;
  }

  /** A validator of the schema at `pointer` (e.g. `<message pointer>/payload`). */
  validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  /** The properties an object schema at `pointer` declares (following `$ref`s). */
  declaredProperties(pointer: string): string[] {
    const schema = this.resolve(pointer) as { properties?: Record<string, unknown> };
    return Object.keys(schema.properties ?? {});
  }

  /** The value at a local pointer, references followed. */
  resolve(pointer: string): unknown {
    return this.at(this.target(pointer));
  }

  private operations(action: Operation['action']): Operation[] {
    return Object.values(this.document.operations).filter((operation) => operation.action === action);
  }

  /** An operation's single message, dereferenced from the channel to where it is defined. */
  private only(refs: Ref[]): DocumentedMessage {
    if (refs.length !== 1) throw new Error(`expected one message, got ${refs.length}`);
    const pointer = this.target(refs[0].$ref);
    return { pointer, message: this.at(pointer) as Message };
  }

  /** Where a pointer leads once its references are followed. */
  private target(pointer: string): string {
    const ref = (this.at(pointer) as Partial<Ref>).$ref;
    return typeof ref === 'string' ? this.target(ref) : pointer;
  }

  private at(pointer: string): unknown {
    let value: unknown = this.document;
    for (const part of pointer.replace(/^#\//, '').split('/')) {
      value = (value as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (value === undefined) throw new Error(`nothing at ${pointer}`);
    return value;
  }

  private nameOf({ pointer, message }: DocumentedMessage): string {
    if (!message.name) throw new Error(`message ${pointer} has no name`);
    return message.name;
  }

  private byName(messages: DocumentedMessage[]): Map<string, DocumentedMessage> {
    const named = new Map<string, DocumentedMessage>();
    for (const message of messages) {
      const name = this.nameOf(message);
      if (named.has(name)) throw new Error(`two server messages are named ${name}`);
      named.set(name, message);
    }
    return named;
  }
}

/** Ajv's errors as one readable line, for assertion messages. */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
}
