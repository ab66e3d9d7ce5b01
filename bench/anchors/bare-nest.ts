/**
 * Anchor: a bare Nest app on Express (defaults, one controller) answering the same JSON as `GET /`.
 *
 *   PORT=... node -r ts-node/register/transpile-only bench/anchors/bare-nest.ts
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller()
class RootController {
  @Get()
  root() {
    return { name: 'Atlas', version: 'v1', docs: '/docs', health: '/health' };
  }
}

@Module({ controllers: [RootController] })
class BareNestModule {}

NestFactory.create(BareNestModule, { logger: ['error', 'warn'] })
  .then((app) => app.listen(Number(process.env.PORT), '127.0.0.1'))
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
