import { ApiProperty } from '@nestjs/swagger';

export class UserSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) avatar_url: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Role in the default organization' }) role: string | null;
}

export class MeDto extends UserSummaryDto {
  @ApiProperty() created_at: string;
}
