import { IsIn, IsUUID } from 'class-validator';

export class SubscribeProjectDto {
  @IsUUID() project_id: string;
}

export class PresenceDto {
  @IsIn(['online', 'away']) status: 'online' | 'away';
}
