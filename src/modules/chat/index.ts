export { ChatModule } from './chat.module';
export { ChatService } from './chat.service';
export { ChannelType } from './channel-type';
export { MessageDto, SocketMessageDto, TypingDto, TypingAckDataDto, UserTypingDto, type ChannelDto } from './dto/chat.dto';
