import { Injectable, OnModuleInit } from '@nestjs/common';
import { ValidationFailedError } from '../../common/errors';
import { Rooms } from '../../common/realtime';
import { ClientEventRegistry, RealtimeRooms } from '../realtime';
import { ChatService } from './chat.service';
import { SocketMessageDto, TypingDto } from './dto/chat.dto';

/** Chat's part of the socket protocol: the `message` and `typing` client events and the channel rooms. */
@Injectable()
export class ChatRealtime implements OnModuleInit {
  constructor(
    private readonly registry: ClientEventRegistry,
    private readonly rooms: RealtimeRooms,
    private readonly chat: ChatService,
  ) {}

  onModuleInit(): void {
    this.registry.addRoomSource((userId) => this.chat.channelRoomsOf(userId));

    this.registry.register('message', {
      dto: SocketMessageDto,
      handle: async (input, { user }) => {
        const hasChannel = input.channel_id !== undefined;
        if (hasChannel === (input.recipient_id !== undefined)) {
          throw new ValidationFailedError([
            { field: 'channel_id', message: 'exactly one of channel_id and recipient_id is required' },
          ]);
        }
        return hasChannel
          ? this.chat.postToChannel(user.id, input.channel_id!, input.content)
          : this.chat.sendDirect(user.id, input.recipient_id!, input.content);
      },
    });

    this.registry.register('typing', {
      dto: TypingDto,
      handle: async ({ channel_id }, { user }) => {
        await this.chat.memberAccess(user.id, channel_id);
        // Ephemeral: straight to the other members' sockets, none of the sender's.
        this.rooms.emitNow(Rooms.channel(channel_id), 'typing', { user_id: user.id, channel_id }, [Rooms.user(user.id)]);
        return { channel_id };
      },
    });
  }
}
