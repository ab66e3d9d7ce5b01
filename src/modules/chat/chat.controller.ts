import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { IntIdParam } from '../../common/http/id-params';
import { ApiProblems } from '../../common/openapi';
import { OrganizationScoped } from '../../common/organization-context';
import { Page, PageQueryDto } from '../../common/pagination';
import { Rooms } from '../../common/realtime';
import { RealtimeRooms } from '../realtime';
import { ChatService } from './chat.service';
import {
  ChannelDto,
  ChannelMessageDto,
  ChannelPageDto,
  ConversationDto,
  ConversationPageDto,
  CreateChannelDto,
  MessageDto,
  MessagePageDto,
  OnlineUserDto,
  OnlineUserPageDto,
  PostMessageDto,
  SearchQuery,
} from './dto/chat.dto';

const CHANNEL_NOT_FOUND = {
  code: ErrorCode.CHANNEL_NOT_FOUND,
  description: 'No such channel in the caller’s organizations, or a private channel the caller does not belong to',
};
const NOT_A_MEMBER = { code: ErrorCode.NOT_A_CHANNEL_MEMBER, description: 'A public channel the caller has not joined' };
const NOT_A_COLLEAGUE = { code: ErrorCode.USER_NOT_FOUND, description: 'Not an active member of the organization the request acts in' };
@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat')
export class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly rooms: RealtimeRooms,
  ) {}

  @ApiOperation({ summary: "List channels", description: "The organization's public channels and the caller's private ones." })
  @Get('channels')
  @OrganizationScoped()
  @ApiOkResponse({ type: ChannelPageDto, description: 'The organization’s public channels and the caller’s private ones' })
  listChannels(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<ChannelDto>> {
    return this.chat.listChannels(user.id, page);
  }

  @ApiOperation({ summary: 'Create a channel', description: 'Creates a channel in the organization the request acts in; the creator is a member.' })
  @Post('channels')
  @OrganizationScoped()
  @ApiCreatedResponse({ type: ChannelDto, description: 'In the organization the request acts in; the creator is a member' })
  async createChannel(@CurrentUser() user: AuthUser, @Body() body: CreateChannelDto): Promise<ChannelDto> {
    const channel = await this.chat.createChannel(user.id, body);
    this.rooms.joinUser(user.id, Rooms.channel(channel.id));
    return channel;
  }

  @ApiOperation({ summary: 'Join a channel', description: 'Joins a public channel of the organization.' })
  @Post('channels/:id/join')
  @HttpCode(200)
  @ApiOkResponse({ type: ChannelDto })
  @ApiProblems(CHANNEL_NOT_FOUND)
  async join(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<ChannelDto> {
    const channel = await this.chat.join(user.id, id);
    // After the commit: the user's sockets (on every instance) start receiving the channel's events.
    this.rooms.joinUser(user.id, Rooms.channel(id));
    return channel;
  }

  @ApiOperation({ summary: 'Leave a channel', description: 'Leaves a channel.' })
  @Post('channels/:id/leave')
  @HttpCode(200)
  @ApiOkResponse({ type: ChannelMessageDto })
  @ApiProblems(CHANNEL_NOT_FOUND)
  async leave(@CurrentUser() user: AuthUser, @IntIdParam('id') id: number): Promise<ChannelMessageDto> {
    const result = await this.chat.leave(user.id, id);
    this.rooms.leaveUser(user.id, Rooms.channel(id));
    return result;
  }

  @ApiOperation({ summary: "Channel messages", description: "A channel's messages, newest first, cursor-paginated." })
  @Get('channels/:id/messages')
  @ApiOkResponse({ type: MessagePageDto, description: 'Newest first' })
  @ApiProblems(CHANNEL_NOT_FOUND, NOT_A_MEMBER)
  channelMessages(
    @CurrentUser() user: AuthUser,
    @IntIdParam('id') id: number,
    @Query() page: PageQueryDto,
  ): Promise<Page<MessageDto>> {
    return this.chat.channelMessages(user.id, id, page);
  }

  @ApiOperation({ summary: "Post to a channel", description: "Posts a message; broadcast as `message` to the channel's room after commit." })
  @Post('channels/:id/messages')
  @ApiCreatedResponse({ type: MessageDto, description: 'Broadcast as `message` to `channel:<id>` after commit' })
  @ApiProblems(CHANNEL_NOT_FOUND, NOT_A_MEMBER)
  postToChannel(
    @CurrentUser() user: AuthUser,
    @IntIdParam('id') id: number,
    @Body() body: PostMessageDto,
  ): Promise<MessageDto> {
    return this.chat.postToChannel(user.id, id, body.content);
  }

  @ApiOperation({ summary: 'Direct messages', description: 'The messages between the caller and another member, newest first.' })
  @Get('direct-messages/:user_id')
  @OrganizationScoped()
  @ApiOkResponse({ type: MessagePageDto, description: 'Newest first' })
  @ApiProblems(NOT_A_COLLEAGUE)
  directMessages(
    @CurrentUser() user: AuthUser,
    @IntIdParam('user_id') otherUserId: number,
    @Query() page: PageQueryDto,
  ): Promise<Page<MessageDto>> {
    return this.chat.directMessages(user.id, otherUserId, page);
  }

  @ApiOperation({ summary: "Send a direct message", description: "Sends a message to another member of the organization; broadcast as `message` to both users' rooms." })
  @Post('direct-messages/:user_id')
  @OrganizationScoped()
  @ApiCreatedResponse({ type: MessageDto, description: 'Broadcast as `message` to `user:<sender>` and `user:<recipient>`' })
  @ApiProblems(NOT_A_COLLEAGUE, { code: ErrorCode.VALIDATION_FAILED, description: 'The recipient is the caller' })
  sendDirect(
    @CurrentUser() user: AuthUser,
    @IntIdParam('user_id') otherUserId: number,
    @Body() body: PostMessageDto,
  ): Promise<MessageDto> {
    return this.chat.sendDirect(user.id, otherUserId, body.content);
  }

  @ApiOperation({
    summary: 'Conversations',
    description:
      "The caller's channels and direct-message partners in the organization, each with its last message, most recent activity first.",
  })
  @Get('conversations')
  @OrganizationScoped()
  @ApiOkResponse({ type: ConversationPageDto })
  conversations(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<ConversationDto>> {
    return this.chat.conversations(user.id, page);
  }

  @ApiOperation({
    summary: 'Search messages',
    description:
      "Messages containing the query (case-insensitive) in the caller's channels of the organization and their direct conversations with its members, newest first.",
  })
  @Get('search')
  @OrganizationScoped()
  @ApiOkResponse({ type: MessagePageDto, description: 'Newest first; the caller’s channels and direct messages in the organization' })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchQuery): Promise<Page<MessageDto>> {
    return this.chat.search(user.id, query);
  }

  @ApiOperation({ summary: 'Online members', description: 'Members of the organization who are online or away now, by username.' })
  @Get('online-users')
  @OrganizationScoped()
  @ApiOkResponse({ type: OnlineUserPageDto, description: 'Members of the organization who are online or away' })
  onlineUsers(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<OnlineUserDto>> {
    return this.chat.onlineUsers(user.id, page);
  }
}
