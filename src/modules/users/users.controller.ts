import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiOperation } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../../common/auth';
import { UpdateProfileDto } from './dto/profile.dto';
import { MeDto } from './user.json';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing, invalid, expired or revoked token' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Also served at `/users/me` (an alias kept from the original API). */
  @ApiOperation({ summary: "Current user", description: "The signed-in user's profile with the organization the request acts in." })
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.users.me(user.id);
  }

  @ApiOperation({ summary: "Update my profile", description: "Changes the caller's username, email or full name; a taken email or username is a 409." })
  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  @ApiConflictResponse({ description: 'The username is taken (USERNAME_TAKEN)' })
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<MeDto> {
    return this.users.updateProfile(user.id, body);
  }
}
