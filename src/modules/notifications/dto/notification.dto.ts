import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../../common/pagination';
import { NotificationType } from '../notification-type';

export class NotificationDto {
  @ApiProperty({ example: 42 }) id: number;
  @ApiProperty({ enum: NotificationType, enumName: 'NotificationType' }) type: NotificationType;
  @ApiProperty({ minLength: 1, maxLength: 200 }) title: string;
  @ApiProperty({ minLength: 1, maxLength: 1000 }) message: string;
  @ApiProperty({ type: String, nullable: true, maxLength: 500 }) link: string | null;
  @ApiProperty() read: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) read_at: string | null;
}

export class NotificationPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) count: number;
}

export class NotificationMessageDto {
  @ApiProperty({ example: 'Notification marked as read' }) message: string;
}

export class MarkAllReadDto extends NotificationMessageDto {
  @ApiProperty({ description: 'How many notifications were unread and are now read' }) count: number;
}
