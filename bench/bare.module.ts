import { Controller, Get, Module } from '@nestjs/common';
import { Public } from '../src/common/auth';

/** The cheapest route through the same Nest stack (middleware, guard, pipes, filter): a baseline. */
@Public()
@Controller('_bench')
class BareController {
  @Get('bare')
  bare(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
export class BareModule {}
