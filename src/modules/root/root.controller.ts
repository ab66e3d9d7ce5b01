import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth';

class RootResponseDto {
  @ApiProperty() name: string;
  @ApiProperty() version: string;
  @ApiProperty() docs: string;
  @ApiProperty() health: string;
}

@Public()
@ApiTags('meta')
@Controller()
export class RootController {
  @Get()
  @ApiOkResponse({ type: RootResponseDto })
  root(): RootResponseDto {
    return { name: 'Atlas', version: 'v1', docs: '/docs', health: '/health' };
  }
}
