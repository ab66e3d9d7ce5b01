import { Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import request from 'supertest';
import { ProblemDetailsFilter } from '../src/common/errors/problem-details.filter';
import { ValidationFailedError } from '../src/common/errors';
import { installResponseValidation } from './support/openapi-responses';
import { takeMismatches } from './support/response-mismatches';

class WidgetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() count: number;
}

/** Routes that break their own documentation, so the checker has something to find. */
@Controller('widgets')
class WidgetsController {
  @Get('good')
  @ApiOkResponse({ type: WidgetDto })
  good(): WidgetDto {
    return { id: '0b6a4c52-1f5e-4c7a-9c1e-0d6f2a3b4c5d', count: 1 };
  }

  @Get('bad-body')
  @ApiOkResponse({ type: WidgetDto })
  badBody(): unknown {
    return { id: 'not-a-uuid', count: 'one' };
  }

  @Post('unlisted-status')
  @HttpCode(201)
  @ApiCreatedResponse({ type: WidgetDto })
  unlistedStatus(): never {
    throw new ValidationFailedError([{ field: 'name', message: 'required' }]);
  }
}

@Module({ controllers: [WidgetsController] })
class WidgetsModule {}

describe('response validation against the OpenAPI document', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(WidgetsModule, { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    const validation = installResponseValidation(app);
    await app.init();
    validation.activate();
  });

  afterAll(async () => {
    await app.close();
  });

  it('records nothing for a response that matches', async () => {
    await request(app.getHttpServer()).get('/widgets/good').expect(200);
    expect(takeMismatches()).toEqual([]);
  });

  it('records a body that breaks the schema, with route, status and error', async () => {
    await request(app.getHttpServer()).get('/widgets/bad-body').expect(200);
    const [mismatch, ...rest] = takeMismatches();
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({ method: 'GET', route: '/widgets/bad-body', status: 200 });
    expect(mismatch.error).toMatch(/count must be number|id must match format "uuid"/);
  });

  it('records a status the operation does not list', async () => {
    await request(app.getHttpServer()).post('/widgets/unlisted-status').expect(422);
    const mismatches = takeMismatches();
    expect(mismatches).toContainEqual(
      expect.objectContaining({ method: 'POST', status: 422, error: expect.stringContaining('status 422 is not listed') }),
    );
  });
});
