import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { ErrorCode } from '../../common/errors';
import { ApiProblems } from '../../common/openapi';
import { UpdateProfileDto } from './dto/profile.dto';
import { MeDto } from './user.json';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Also served at `/users/me` (an alias kept from the original API). */
  @ApiOperation({
    summary: 'Current user',
    description: "The signed-in user's profile, read from the database; `role` is their role in their default organization. Also served at `/users/me`.",
  })
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.users.me(user.id);
  }

  @ApiOperation({
    summary: 'Update my profile',
    description: "Changes the caller's username and avatar (an https:// URL, or null to remove it); omitted fields stay. A taken username is a 409.",
  })
  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(ErrorCode.USERNAME_TAKEN)
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<MeDto> {
    return this.users.updateProfile(user.id, body);
  }
}
