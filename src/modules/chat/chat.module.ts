import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '../outbox';
import { RealtimeModule } from '../realtime';
import { ChatRealtime } from './chat-realtime';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { ChatChannelMember } from './entities/chat-channel-member.entity';
import { ChatChannel } from './entities/chat-channel.entity';
import { ChatMessage } from './entities/chat-message.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([ChatChannel, ChatChannelMember, ChatMessage]),
    OutboxModule,
    RealtimeModule,
  ],
  controllers: [ChatController],
  providers: [ChatService, ChatRealtime],
  exports: [ChatService],
})
export class ChatModule {}
