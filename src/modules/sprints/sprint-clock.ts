import { Injectable } from '@nestjs/common';

/**
 * The instant sprint history is stamped with and reports are computed at ("today" is its UTC day).
 * One seam for time, so a test can replay a sprint day by day through the real write path.
 */
@Injectable()
export class SprintClock {
  now(): Date {
    return new Date();
  }
}
