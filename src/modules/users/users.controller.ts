import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
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
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.users.me(user.id);
  }

  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  @ApiConflictResponse({ description: 'The username is taken (USERNAME_TAKEN)' })
  updateProfile(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<MeDto> {
    return this.users.updateProfile(user.id, body);
  }
}
