import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type Schema = Record<string, unknown> & { type?: string; items?: Schema; properties?: Record<string, Schema>; nullable?: boolean };
interface Constraint {
  name?: string;
  constraints?: unknown[];
  each?: boolean;
}

/**
 * What each class-validator rule means as JSON Schema. Keywords the DTO documents already must agree
 * with the rule (a disagreement fails the build); missing ones are filled in, so a request schema says
 * exactly what the ValidationPipe accepts.
 */
function keywordsOf(rule: Constraint): Record<string, unknown> {
  const [first, second] = rule.constraints ?? [];
  switch (rule.name) {
    case 'isInt':
      return { type: 'integer' };
    case 'isNumber':
      return { type: 'number' };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isString':
      return { type: 'string' };
    case 'isUuid':
      return { format: 'uuid' };
    case 'isEmail':
      return { format: 'email' };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'isLength':
      return { minLength: first, ...(second !== undefined ? { maxLength: second } : {}) };
    case 'minLength':
      return { minLength: first };
    case 'maxLength':
      return { maxLength: first };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'arrayUnique':
      return { uniqueItems: true };
    case 'isEnum':
      return { enum: second };
    case 'isIn':
      return { enum: first };
    case 'matches':
      return first instanceof RegExp && !first.flags ? { pattern: first.source } : {};
    default:
      return {};
  }
}

/** `number` documented where the rule says `integer` is narrowed; any other difference is a fault. */
function agree(schema: Schema, keyword: string, value: unknown): boolean {
  const current = schema[keyword];
  if (current === undefined) return true;
  if (keyword === 'type' && current === 'number' && value === 'integer') return true;
  if (keyword === 'type' && current === 'integer' && value === 'number') return true;
  if (keyword === 'enum') {
    const documented = (current as unknown[]).filter((item) => item !== null);
    return documented.length === (value as unknown[]).length && documented.every((item) => (value as unknown[]).includes(item));
  }
  return JSON.stringify(current) === JSON.stringify(value);
}

function apply(schema: Schema, rules: Constraint[], where: string, faults: string[]): void {
  for (const rule of rules) {
    const target = rule.each ? schema.items : schema;
    // A referenced enum or a union states its own values and types.
    if (!target || target.allOf || target.$ref || target.oneOf || target.anyOf) continue;
    for (const [keyword, value] of Object.entries(keywordsOf(rule))) {
      if (value === undefined) continue;
      // A number rule on a property documented as a string enum or a UUID (e.g. `sprint_id=none`) is the transform's.
      if (keyword === 'type' && target.type && target.type !== 'number' && target.type !== 'integer' && value !== target.type) {
        faults.push(`${where}: documented as ${target.type}, validated as ${JSON.stringify(value)}`);
        continue;
      }
      if (!agree(target, keyword, value)) {
        faults.push(`${where}: documented ${keyword} ${JSON.stringify(target[keyword])}, validated ${JSON.stringify(value)}`);
        continue;
      }
      if (keyword === 'type' && target.type === 'integer') continue;
      if (keyword === 'enum' && target.nullable) {
        target.enum = [...(value as unknown[]), null];
        continue;
      }
      target[keyword] = value;
    }
  }
}

function rulesByProperty(dto: Type): Map<string, Constraint[]> {
  const byProperty = new Map<string, Constraint[]>();
  for (const rule of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    byProperty.set(rule.propertyName, [...(byProperty.get(rule.propertyName) ?? []), rule]);
  }
  return byProperty;
}

interface RouteInputs {
  body?: Type;
  query?: Type;
}

/** The body and query DTO classes of each operation, by operation id (`Controller_method`). */
function routeInputs(app: INestApplication): Map<string, RouteInputs> {
  const byOperation = new Map<string, RouteInputs>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller?.prototype) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ?? []) as unknown[];
        const inputs: RouteInputs = {};
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]) as RouteParamtypes;
          const type = types[arg.index];
          if (typeof type !== 'function' || type === Object || arg.data !== undefined) continue;
          if (kind === RouteParamtypes.BODY) inputs.body = type as Type;
          if (kind === RouteParamtypes.QUERY) inputs.query = type as Type;
        }
        if (inputs.body || inputs.query) byOperation.set(`${controller.name.replace(/Controller$/, '')}_${method}`, inputs);
      }
    }
  }
  return byOperation;
}

/**
 * Request bodies and query parameters as the global ValidationPipe checks them: types (integers),
 * formats, ranges, lengths, array sizes and enums come from the DTO's class-validator rules, so the
 * document can neither leave them out nor contradict them (a contradiction fails the build).
 */
export function addValidationRules(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const inputs = routeInputs(app);
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const faults: string[] = [];
  const done = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as Array<[string, { operationId?: string; parameters?: Array<{ in: string; name: string; schema?: Schema }> }]>) {
      const own = operation?.operationId ? inputs.get(operation.operationId.replace(/_root_alias$/, '')) : undefined;
      if (!own) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (own.query) {
        const rules = rulesByProperty(own.query);
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in === 'query' && parameter.schema) apply(parameter.schema, rules.get(parameter.name) ?? [], `${where} ?${parameter.name}`, faults);
        }
      }
      const body = own.body && schemas[own.body.name];
      if (own.body && body && !done.has(own.body.name)) {
        done.add(own.body.name);
        for (const [name, rules] of rulesByProperty(own.body)) {
          const property = body.properties?.[name];
          if (!property) faults.push(`${own.body.name}.${name}: validated but not documented`);
          else apply(property, rules, `${own.body.name}.${name}`, faults);
        }
      }
    }
  }
  if (faults.length) throw new Error(`Request schemas disagree with their validation rules:\n${faults.join('\n')}`);
  return document;
}
