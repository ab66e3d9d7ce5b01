import { ApiProperty } from '@nestjs/swagger';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ example: { database: 'up', redis: 'up' } }) checks: Record<string, 'up' | 'down'>;
}
