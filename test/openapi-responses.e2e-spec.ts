import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import request from 'supertest';
import { ErrorCode, ForbiddenError, NotFoundError } from '../src/common/errors';
import { ProblemDetailsFilter } from '../src/common/errors/problem-details.filter';
import { ApiProblems } from '../src/common/openapi';
import { installResponseValidation } from './support/openapi-responses';
import { takeMismatches } from './support/response-mismatches';

class WidgetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() count: number;
}

const WIDGET = { id: '0b6a4c52-1f5e-4c7a-9c1e-0d6f2a3b4c5d', count: 1 };

/** Routes that break their own documentation, so the checker has something to find. */
@Controller('widgets')
class WidgetsController {
  @Get('good')
  @ApiOkResponse({ type: WidgetDto })
  good(): WidgetDto {
    return WIDGET;
  }

  @Get('bad-body')
  @ApiOkResponse({ type: WidgetDto })
  badBody(): unknown {
    return { id: 'not-a-uuid', count: 1.5 };
  }

  @Get('extra-member')
  @ApiOkResponse({ type: WidgetDto })
  extraMember(): unknown {
    return { ...WIDGET, secret: 'not in the document' };
  }

  @Post('unlisted-status')
  @ApiCreatedResponse({ type: WidgetDto })
  unlistedStatus(): never {
    throw new ForbiddenError();
  }

  @Get('unlisted-code')
  @ApiOkResponse({ type: WidgetDto })
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  unlistedCode(): never {
    throw new NotFoundError('Project', 'p-1');
  }

  @Get('listed-code')
  @ApiOkResponse({ type: WidgetDto })
  @ApiProblems(ErrorCode.TASK_NOT_FOUND)
  listedCode(): never {
    throw new NotFoundError('Task', 't-1');
  }
}

@Module({ controllers: [WidgetsController] })
class WidgetsModule {}

describe('response validation against the OpenAPI document', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(WidgetsModule, { logger: false });
    const validation = installResponseValidation(app);
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    validation.activate();
  });

  afterAll(async () => {
    await app.close();
  });

  it('records nothing for answers that match, success or problem', async () => {
    await request(app.getHttpServer()).get('/widgets/good').expect(200);
    await request(app.getHttpServer()).get('/widgets/listed-code').expect(404);
    expect(takeMismatches()).toEqual([]);
  });

  it('records a body that breaks the schema, with route, status and error', async () => {
    await request(app.getHttpServer()).get('/widgets/bad-body').expect(200);
    const [mismatch, ...rest] = takeMismatches();
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({ method: 'GET', route: '/widgets/bad-body', status: 200 });
    // `count` is an integer by the house rules, `id` a UUID by its own declaration
    expect(mismatch.error).toMatch(/count must be integer|id must match format "uuid"/);
  });

  it('records a member the document does not name (success bodies are checked closed)', async () => {
    await request(app.getHttpServer()).get('/widgets/extra-member').expect(200);
    expect(takeMismatches()).toEqual([expect.objectContaining({ route: '/widgets/extra-member', error: expect.stringContaining('additional properties') })]);
  });

  it('records a status the operation does not list, once', async () => {
    await request(app.getHttpServer()).post('/widgets/unlisted-status').expect(403);
    expect(takeMismatches()).toEqual([
      expect.objectContaining({ method: 'POST', status: 403, error: expect.stringContaining('status 403 is not listed') }),
    ]);
  });

  it('records a problem code the status does not list, naming it', async () => {
    await request(app.getHttpServer()).get('/widgets/unlisted-code').expect(404);
    expect(takeMismatches()).toEqual([
      expect.objectContaining({ status: 404, error: expect.stringContaining("the answer's code: PROJECT_NOT_FOUND") }),
    ]);
  });
});

class BrokenDto {
  // `required: []` is not valid OpenAPI 3.0 (at least one item), so the document is invalid.
  @ApiProperty({ type: 'object', properties: {}, required: [] } as never) settings: object;
}

@Controller('broken')
class BrokenController {
  @Get()
  @ApiOkResponse({ type: BrokenDto })
  get(): BrokenDto {
    return { settings: {} };
  }
}

@Module({ controllers: [BrokenController] })
class BrokenModule {}

describe('response validation with a document the validator refuses', () => {
  let app: NestExpressApplication;
  let quiet: jest.SpyInstance;

  beforeAll(async () => {
    // The validator prints the document's faults as it loads it; the assertions below are what count.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    app = await NestFactory.create<NestExpressApplication>(BrokenModule, { logger: false });
    const validation = installResponseValidation(app);
    await app.init();
    validation.activate();
  });

  afterAll(async () => {
    await app.close();
    quiet.mockRestore();
  });

  it('records every response as a mismatch instead of checking nothing', async () => {
    await request(app.getHttpServer()).get('/broken').expect(200);
    expect(quiet).toHaveBeenCalled();
    expect(takeMismatches()).toEqual([expect.objectContaining({ route: '(undocumented)', error: expect.stringContaining('the validator failed') })]);
  });
});
