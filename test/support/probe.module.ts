import { Body, Controller, Get, Injectable, Module, Post, Query } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ApiExcludeController } from '@nestjs/swagger';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Public } from '../../src/common/auth';
import { DomainError, ErrorCode } from '../../src/common/errors';
import { IntIdParam } from '../../src/common/http/id-params';
import { newestFirst, PageQueryDto, Paginator } from '../../src/common/pagination';

/**
 * Test-only routes that exercise the platform (unit of work, error envelope, validation,
 * pagination) before any feature exists. Its table is created by the test that uses it.
 */
@Entity('probe_item')
export class ProbeItem {
  @PrimaryGeneratedColumn() id: number;
  @Column({ unique: true }) name: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) createdAt: Date;
}

export const PROBE_TABLE_SQL = `CREATE TABLE probe_item (id serial PRIMARY KEY, name text NOT NULL UNIQUE,
  created_at timestamptz(3) NOT NULL DEFAULT now())`;

class ProbeRefusedError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  readonly title = 'Probe refused';
}

class EchoDto {
  @IsString() @Length(8, 128) password: string;
  @IsInt() @Min(0) @Max(100) progress_percentage: number;
  @IsIn(['low', 'high']) level: string;
}

class PairDto {
  @IsString() @Length(1, 50) first: string;
  @IsString() @Length(1, 50) second: string;
  @IsIn(['unique-violation', 'domain-error', 'none']) fail: string;
}

@Injectable()
export class ProbeAuditService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Joins whatever transaction the caller runs in. */
  async record(name: string, fail: string): Promise<void> {
    if (fail === 'domain-error') throw new ProbeRefusedError(`refusing ${name}`);
    await this.txHost.tx.getRepository(ProbeItem).insert({ name });
  }
}

@Injectable()
export class ProbeService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: ProbeAuditService,
  ) {}

  @Transactional()
  async writePair(dto: PairDto): Promise<void> {
    await this.txHost.tx.getRepository(ProbeItem).insert({ name: dto.first });
    await this.audit.record(dto.fail === 'unique-violation' ? dto.first : dto.second, dto.fail);
  }
}

// Test-only routes are outside the contract: not in the document, so responses are not checked.
@ApiExcludeController()
@Public()
@Controller('_probe')
class ProbeController {
  constructor(
    private readonly service: ProbeService,
    private readonly paginator: Paginator,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  @Post('echo')
  echo(@Body() dto: EchoDto): EchoDto {
    return dto;
  }

  @Post('pair')
  async pair(@Body() dto: PairDto): Promise<{ ok: true }> {
    await this.service.writePair(dto);
    return { ok: true };
  }

  @Get('boom')
  boom(): never {
    throw new Error('internal detail: connection string postgres://secret@db');
  }

  /** The same failure on a route with a body: the line it logs must still carry the request's id. */
  @Post('boom')
  async boomWithBody(@Body() _body: Record<string, unknown>): Promise<never> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    throw new Error('internal detail after the body');
  }

  /** Answers after `ms` milliseconds (at most 5 s): lets a client go away before the response. */
  @Get('slow')
  async slow(@Query('ms') ms: string): Promise<{ ok: true }> {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ms) || 0, 5_000)));
    return { ok: true };
  }

  @Get('items/:id')
  item(@IntIdParam('id') id: number): { id: number } {
    return { id };
  }

  @Get('items')
  async items(@Query() page: PageQueryDto) {
    const query = this.txHost.tx.getRepository(ProbeItem).createQueryBuilder('p');
    return this.paginator.paginate(query, page, newestFirst('probe-items', 'p'));
  }
}

@Module({
  imports: [TypeOrmModule.forFeature([ProbeItem])],
  controllers: [ProbeController],
  providers: [ProbeService, ProbeAuditService],
})
export class ProbeModule {}
