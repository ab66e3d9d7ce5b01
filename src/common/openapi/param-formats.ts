import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { INestApplication, PipeTransform, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { ParseIntIdPipe, ParseUuidPipe } from '../http/id-pipes';

type ParameterSchema = Record<string, unknown>;

/** What a path parameter's pipe accepts, as an OpenAPI schema. */
const PIPE_SCHEMAS = new Map<unknown, ParameterSchema>([
  [ParseUuidPipe, { type: 'string', format: 'uuid' }],
  [ParseIntIdPipe, { type: 'integer', format: 'int32', minimum: 1, maximum: 2_147_483_647 }],
]);

interface RouteArg {
  data?: unknown;
  pipes?: Array<Type<PipeTransform> | PipeTransform>;
}

/**
 * Path parameters are declared by `@Param(name, ParseUuidPipe)` in the controllers; this reads
 * those pipes so the document states the format without a second decorator per parameter.
 * Keys are operation ids (`Controller_method`, the id factory of the document).
 */
function pathParameterSchemas(app: INestApplication): Map<string, Map<string, ParameterSchema>> {
  const byOperation = new Map<string, Map<string, ParameterSchema>>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | undefined;
      if (!controller?.prototype) continue;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>;
        const schemas = new Map<string, ParameterSchema>();
        for (const [key, arg] of Object.entries(args)) {
          if (key.split(':')[0] !== String(RouteParamtypes.PARAM) || typeof arg.data !== 'string') continue;
          const pipe = arg.pipes?.find((candidate) => PIPE_SCHEMAS.has(candidate));
          if (pipe) schemas.set(arg.data, PIPE_SCHEMAS.get(pipe) as ParameterSchema);
        }
        if (!schemas.size) continue;
        const handler = (controller.prototype as Record<string, object>)[method];
        const declared = Reflect.getMetadata(DECORATORS.API_OPERATION, handler) as
          | { operationId?: string }
          | undefined;
        byOperation.set(declared?.operationId ?? `${controller.name.replace(/Controller$/, '')}_${method}`, schemas);
      }
    }
  }
  return byOperation;
}

export function addPathParameterFormats(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const schemas = pathParameterSchemas(app);
  for (const path of Object.values(document.paths)) {
    for (const operation of Object.values(path) as Array<{ operationId?: string; parameters?: unknown[] }>) {
      const own = operation?.operationId ? schemas.get(operation.operationId.replace(/_root_alias$/, '')) : undefined;
      if (!own) continue;
      for (const parameter of (operation.parameters ?? []) as Array<{ in: string; name: string; schema?: unknown }>) {
        const schema = parameter.in === 'path' ? own.get(parameter.name) : undefined;
        if (schema) parameter.schema = { ...schema };
      }
    }
  }
  return document;
}
