import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheckError,
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { OptionalRedis, REDIS } from '../../common/redis/redis.module';
import { HealthProblemDto, HealthResponseDto } from './health.dto';
import { UnhealthyError } from './health.errors';

const CHECK_TIMEOUT_MS = 1_500;

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(REDIS) private readonly redis: OptionalRedis,
  ) {}

  @ApiOperation({ summary: 'Health check', description: 'Checks the database (and Redis when configured). 200 when every check is up, 503 naming the failing check. Public.' })
  @Get()
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiProblems({ code: ErrorCode.SERVICE_UNAVAILABLE, description: 'A dependency is down; `checks` names it', extension: HealthProblemDto })
  async check(): Promise<HealthResponseDto> {
    const indicators: HealthIndicatorFunction[] = [
      () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
    ];
    const redis = this.redis;
    if (redis) indicators.push(() => this.pingRedis(redis));
    try {
      const result = await this.health.check(indicators);
      return { status: 'ok', checks: summarize(result.details) };
    } catch (error) {
      const details = (error as { response?: { details?: HealthIndicatorResult } }).response?.details;
      if (!details) throw error;
      throw new UnhealthyError(summarize(details));
    }
  }

  private async pingRedis(redis: NonNullable<OptionalRedis>): Promise<HealthIndicatorResult> {
    try {
      await Promise.race([
        redis.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref()),
      ]);
      return { redis: { status: 'up' } };
    } catch (error) {
      throw new HealthCheckError('redis is down', { redis: { status: 'down', message: (error as Error).message } });
    }
  }
}

function summarize(details: HealthIndicatorResult): Record<string, 'up' | 'down'> {
  return Object.fromEntries(Object.entries(details).map(([name, d]) => [name, d.status === 'up' ? 'up' : 'down']));
}
