import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageMetaDto, PageQueryDto } from '../../../common/pagination';
import { ChannelType } from '../channel-type';
import { MAX_INT4 } from '../../../common/http/id-pipes';


export class CreateChannelDto {
  @ApiProperty({ minLength: 1, maxLength: 80, example: 'general' })
  @IsString()
  @Length(1, 80)
  name: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiProperty({ enum: ChannelType, enumName: 'ChannelType' })
  @IsEnum(ChannelType)
  channel_type: ChannelType;
}

export class PostMessageDto {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  content: string;
}

export class SearchQuery extends PageQueryDto {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'Text to find (case-insensitive); % and _ match themselves' })
  @IsString()
  @Length(1, 200)
  query: string;
}

/** Omitted is fine; null is not (IsOptional would let null through as if it were absent). */
const unlessOmitted = (field: 'channel_id' | 'recipient_id') => ValidateIf((o: SocketMessageDto) => o[field] !== undefined);

/** Client event `message`: exactly one of channel_id and recipient_id (null is a validation error). */
export class SocketMessageDto {
  @IsString() @Length(1, 4000) content: string;
  @unlessOmitted('channel_id') @IsInt() @Min(1) @Max(MAX_INT4) channel_id?: number;
  @unlessOmitted('recipient_id') @IsInt() @Min(1) @Max(MAX_INT4) recipient_id?: number;
}

/** Client event `typing`. */
export class TypingDto {
  @IsInt() @Min(1) @Max(MAX_INT4) channel_id: number;
}

/** `data` of the `typing` ack. */
export class TypingAckDataDto {
  @ApiProperty() channel_id: number;
}

/** Server event `typing`: a member of the channel is typing. */
export class UserTypingDto {
  @ApiProperty() user_id: number;
  @ApiProperty() channel_id: number;
}

export class MessageDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ example: 3 }) sender_id: number;
  @ApiProperty() content: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: Number, nullable: true }) channel_id: number | null;
  @ApiProperty({ type: Number, nullable: true }) recipient_id: number | null;
}

export class MessagePageDto extends PageMetaDto {
  @ApiProperty({ type: [MessageDto] }) items: MessageDto[];
}

export class ChannelDto {
  @ApiProperty({ example: 4 }) id: number;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: ChannelType, enumName: 'ChannelType' }) channel_type: ChannelType;
  @ApiProperty({ type: Number, nullable: true }) created_by_id: number | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ description: 'Whether the caller belongs to the channel' }) is_member: boolean;
}

export class ChannelPageDto extends PageMetaDto {
  @ApiProperty({ type: [ChannelDto] }) items: ChannelDto[];
}

export class ChannelMessageDto {
  @ApiProperty({ example: 'Left the channel' }) message: string;
}

export class ConversationUserDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
}

export class ConversationChannelDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ChannelType, enumName: 'ChannelType' }) channel_type: ChannelType;
}

export class ConversationDto {
  @ApiProperty({ enum: ['channel', 'direct'] }) kind: 'channel' | 'direct';
  @ApiProperty({ type: ConversationChannelDto, nullable: true }) channel: ConversationChannelDto | null;
  @ApiProperty({ type: ConversationUserDto, nullable: true, description: 'The partner of a direct conversation' })
  user: ConversationUserDto | null;
  @ApiProperty({ type: MessageDto, nullable: true }) last_message: MessageDto | null;
}

export class ConversationPageDto extends PageMetaDto {
  @ApiProperty({ type: [ConversationDto], description: 'Most recent activity first' }) items: ConversationDto[];
}

export class OnlineUserDto {
  @ApiProperty() user_id: number;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ['online', 'away'] }) status: 'online' | 'away';
}

export class OnlineUserPageDto extends PageMetaDto {
  @ApiProperty({ type: [OnlineUserDto] }) items: OnlineUserDto[];
}
