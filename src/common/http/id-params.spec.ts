import 'reflect-metadata';
import { Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import { ErrorCode } from '../errors/error-code';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { ApiProblems } from '../openapi/api-problems';
import { IntIdParam, UuidParam } from './id-params';

@Controller('things')
class ThingsController {
  @Get(':thing_id')
  get(@UuidParam('thing_id') thingId: string): { thing_id: string } {
    return { thing_id: thingId };
  }

  @Post(':thing_id/parts/:part_id')
  @ApiProblems({ code: ErrorCode.VALIDATION_FAILED, description: 'Invalid body' })
  part(@UuidParam('thing_id') thingId: string, @IntIdParam('part_id') partId: number): { thing_id: string; part_id: number } {
    return { thing_id: thingId, part_id: partId };
  }
}

@Module({ controllers: [ThingsController], providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] })
class ThingsModule {}

describe('@UuidParam and @IntIdParam', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
    await app.init();
  });
  afterAll(async () => app.close());

  it('parse the id (a UUID lowercased as stored, an integer as a number)', async () => {
    const id = 'A0B1C2D3-E4F5-4A6B-8C7D-8E9FA0B1C2D3';
    expect((await request(app.getHttpServer()).get(`/things/${id}`).expect(200)).body).toEqual({ thing_id: id.toLowerCase() });
    const res = await request(app.getHttpServer()).post(`/things/${id.toLowerCase()}/parts/42`).expect(201);
    expect(res.body).toEqual({ thing_id: id.toLowerCase(), part_id: 42 });
  });

  it.each([
    ['/things/not-a-uuid', 'thing_id', 'must be a UUID'],
    ['/things/a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3/parts/0', 'part_id', 'must be a positive integer'],
    ['/things/a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3/parts/2147483648', 'part_id', 'must be a positive integer'],
    ['/things/a0b1c2d3-e4f5-4a6b-8c7d-8e9fa0b1c2d3/parts/1e3', 'part_id', 'must be a positive integer'],
  ])('%s is a 422 problem naming %s', async (path, field, message) => {
    const method = path.includes('/parts/') ? 'post' : 'get';
    const res = await request(app.getHttpServer())[method](path);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field, message }] });
  });

  it('document the parameter format and the 422, keeping a route’s own 422 description', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const get = doc.paths['/things/{thing_id}'].get!;
    expect(get.parameters).toEqual([{ name: 'thing_id', required: true, in: 'path', schema: { type: 'string', format: 'uuid' } }]);
    expect(get.responses['422']).toMatchObject({ description: 'The thing_id is not a UUID (VALIDATION_FAILED)' });
    const part = doc.paths['/things/{thing_id}/parts/{part_id}'].post!;
    expect(part.parameters).toEqual([
      { name: 'thing_id', required: true, in: 'path', schema: { type: 'string', format: 'uuid' } },
      { name: 'part_id', required: true, in: 'path', schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
    ]);
    // Parameter decorators apply last to first, then the method's; each adds what it says of the same code.
    expect(part.responses['422']).toMatchObject({
      description: 'The part_id is not a positive integer; the thing_id is not a UUID; invalid body (VALIDATION_FAILED)',
    });
  });
});
