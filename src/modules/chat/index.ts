export { ChatModule } from './chat.module';
export { ChatService } from './chat.service';
export { ChannelType } from './channel-type';
export type { MessageDto, ChannelDto } from './dto/chat.dto';
