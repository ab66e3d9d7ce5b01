import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';

export interface RouteHandler {
  /** The handler function, which carries the route's decorator metadata. */
  handler: object;
  method: RequestMethod;
}

/** Every HTTP route handler of the app's controllers, with its method. */
export function routeHandlers(app: INestApplicationContext): RouteHandler[] {
  const scanner = new MetadataScanner();
  const handlers: RouteHandler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as Type | null)?.prototype as Record<string, unknown> | undefined;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        handlers.push({ handler, method: Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod });
      }
    }
  }
  return handlers;
}

/** Puts `enhancer` first in the `metadataKey` list (guards, interceptors) of each handler, once. */
export function prependEnhancer(handler: object, metadataKey: string, enhancer: unknown): void {
  const current = (Reflect.getMetadata(metadataKey, handler) as unknown[] | undefined) ?? [];
  if (!current.includes(enhancer)) Reflect.defineMetadata(metadataKey, [enhancer, ...current], handler);
}
