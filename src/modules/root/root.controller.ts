import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Public } from '../../common/auth';
import { ApiWithoutDatabase } from '../../common/openapi';

class RootResponseDto {
  @ApiProperty({ example: 'Atlas' }) name: string;
  @ApiProperty({ example: 'v1' }) version: string;
  @ApiProperty({ example: '/docs', description: 'Swagger UI; the document itself is at /docs/openapi.json' }) docs: string;
  @ApiProperty({ example: '/health' }) health: string;
}

@Public()
@ApiTags('meta')
@Controller()
export class RootController {
  @ApiOperation({ summary: 'Service index', description: 'Names the service and links to the documentation and the health check. Public.' })
  @Get()
  @ApiOkResponse({ type: RootResponseDto })
  @ApiWithoutDatabase()
  root(): RootResponseDto {
    return { name: 'Atlas', version: 'v1', docs: '/docs', health: '/health' };
  }
}
