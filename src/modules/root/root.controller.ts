import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Service index', description: 'Names the service and links to the documentation and the health check. Public.' })
  @Get()
  @ApiOkResponse({ type: RootResponseDto })
  root(): RootResponseDto {
    return { name: 'Atlas', version: 'v1', docs: '/docs', health: '/health' };
  }
}
