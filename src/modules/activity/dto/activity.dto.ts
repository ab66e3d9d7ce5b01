import { ApiProperty } from '@nestjs/swagger';
import { ActivityAction } from '../activity-action';

export class ActivityDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null for a change made by the system' }) actor_id: number | null;
  @ApiProperty({ type: String, nullable: true }) actor_username: string | null;
  @ApiProperty({ enum: ActivityAction }) action: ActivityAction;
  @ApiProperty({ type: String, nullable: true, description: 'The changed field, as named in the JSON of the subject' })
  field: string | null;
  @ApiProperty({ type: String, nullable: true }) old_value: string | null;
  @ApiProperty({ type: String, nullable: true }) new_value: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() created_at: string;
}
