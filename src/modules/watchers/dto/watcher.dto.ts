import { ApiProperty } from '@nestjs/swagger';

export class WatcherDto {
  @ApiProperty() user_id: number;
  @ApiProperty() username: string;
}
