import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { ModulesContainer } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { GATEWAY_METADATA, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants';
import ts from 'typescript';
import { ClientEventRegistry } from '../src/modules/realtime';
import { clientPayloadSchema, referencedSchemas } from '../scripts/asyncapi/schemas';
import { ASYNCAPI_FILE, AsyncApiContract } from './support/asyncapi';
import { createTestApp, TestApp } from './support/test-app';

const PROTOCOL_MAP = join(__dirname, '..', 'src', 'common', 'realtime', 'server-events.ts');

/** The event names of a type of the protocol map, as the compiler sees them (`ServerEvents` is an intersection). */
let program: ts.Program | undefined;
function eventsOf(typeName: 'ServerEvents' | 'OutboxEvents' | 'ClientEvents'): string[] {
  program ??= ts.createProgram([PROTOCOL_MAP], { strict: true, noEmit: true });
  const source = program.getSourceFile(PROTOCOL_MAP);
  const declaration = source?.statements.find(
    (statement): statement is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === typeName,
  );
  if (!declaration) throw new Error(`${PROTOCOL_MAP} declares no ${typeName}`);
  const checker = program.getTypeChecker();
  return checker
    .getPropertiesOfType(checker.getTypeAtLocation(declaration.name))
    .map((property) => property.name)
    .sort();
}

/** The gateways of the running app and the events their `@SubscribeMessage` handlers take. */
function gatewayHandlers(app: NestExpressApplication): { gateways: string[]; events: string[] } {
  const gateways: string[] = [];
  const events: string[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { instance } of module.providers.values()) {
      if (!instance || typeof instance !== 'object' || !Reflect.getMetadata(GATEWAY_METADATA, instance.constructor)) continue;
      gateways.push(instance.constructor.name);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (typeof handler === 'function' && Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)) {
          events.push(String(Reflect.getMetadata(MESSAGE_METADATA, handler)));
        }
      }
    }
  }
  return { gateways, events };
}

describe('asyncapi.json', () => {
  let t: TestApp;
  const contract = new AsyncApiContract();
  const committed = readFileSync(ASYNCAPI_FILE, 'utf8');

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('is a valid AsyncAPI 3 document for the official parser, which reports nothing about it', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    expect(diagnostics.map((d) => `${DiagnosticSeverity[d.severity]} ${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(document?.version()).toMatch(/^3\./);
    expect(document?.operations().length).toBe(contract.serverEvents().size + contract.clientEvents().size);
  });

  it('the parser refuses a document whose operation names a message its channel lacks (the check above can fail)', async () => {
    const broken = structuredClone(contract.document) as unknown as { channels: Record<string, { messages: Record<string, unknown> }> };
    const channel = Object.values(broken.channels)[0];
    delete channel.messages[Object.keys(channel.messages)[0]];
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(broken));
    expect(document).toBeUndefined();
    expect(diagnostics.filter((d) => DiagnosticSeverity[d.severity] === 'Error').length).toBeGreaterThan(0);
  });

  it('describes every server event of the protocol map and no other; durable ones with their delivery metadata', () => {
    const documented = contract.serverEvents();
    expect([...documented.keys()].sort()).toEqual(eventsOf('ServerEvents'));
    const durable = new Set(eventsOf('OutboxEvents'));
    for (const [event, { message }] of documented) {
      expect({ event, headers: message.headers !== undefined }).toEqual({ event, headers: durable.has(event) });
    }
  });

  it('describes every client event the gateway handles and no other, each with the schema of the DTO it validates with', () => {
    const registry = t.app.get(ClientEventRegistry);
    // The gateway dispatches through the registry; a `@SubscribeMessage` handler would bypass it and the document.
    expect(gatewayHandlers(t.app)).toEqual({ gateways: ['RealtimeGateway'], events: [] });
    const handled = registry.names().sort();
    expect(handled).toEqual(eventsOf('ClientEvents'));
    const documented = contract.clientEvents();
    expect([...documented.keys()].sort()).toEqual(handled);
    for (const event of handled) {
      const dto = registry.get(event)!.dto;
      expect({ event, refers: referencedSchemas(documented.get(event)!.request.message.payload) }).toEqual({ event, refers: [dto.name] });
      expect(contract.document.components.schemas[dto.name]).toEqual(clientPayloadSchema(dto));
    }
  });

  it('GET /docs/asyncapi.json serves the committed document to anyone', async () => {
    const res = await t.http.get('/docs/asyncapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).toBe(committed);
    await t.http.post('/docs/asyncapi.json').expect(404);
  });
});
