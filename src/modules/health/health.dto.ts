import { ApiProperty } from '@nestjs/swagger';

const checks = (states: Array<'up' | 'down'>) => ({
  type: 'object' as const,
  required: ['database'],
  // `required` above lists the members; selfRequired says the property itself is required.
  selfRequired: true,
  additionalProperties: false,
  properties: {
    database: { type: 'string' as const, enum: states },
    redis: { type: 'string' as const, enum: states, description: 'Only when REDIS_URL is set' },
  },
});

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ ...checks(['up']), example: { database: 'up', redis: 'up' } }) checks: Record<string, 'up' | 'down'>;
}

/** The members the 503 of the health check carries beyond the common problem members. */
export class HealthProblemDto {
  @ApiProperty({ ...checks(['up', 'down']), description: 'Each check, the failing ones `down`', example: { database: 'down' } })
  checks: Record<string, 'up' | 'down'>;
}
