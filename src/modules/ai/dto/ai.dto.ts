import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import { ProjectDto } from '../../projects';
import { EpicTreeDto } from '../../tasks';
import { OPENAPI_PLAN_SCHEMA, Plan } from '../plan.schema';

export class DraftPlanDto {
  @ApiProperty({ minLength: 10, maxLength: 5000, description: 'What the project is about, in any language' })
  @Trim()
  @IsString()
  @Length(10, 5000)
  description: string;
}

export class DiscoverProjectDto {
  @ApiProperty({ minLength: 10, maxLength: 5000, description: 'What the project is about, in any language' })
  @Trim()
  @IsString()
  @Length(10, 5000)
  message: string;
}

export class PlanDraftDto {
  // `required` of an object schema lists its members; selfRequired says the property itself is required.
  @ApiProperty({ ...OPENAPI_PLAN_SCHEMA, selfRequired: true } as never) plan: Plan;
  @ApiProperty({ description: 'The model that answered, as the provider names it' }) model: string;
}

export class DiscoveredProjectDto {
  @ApiProperty({ type: ProjectDto }) project: ProjectDto;
  @ApiProperty({ type: [EpicTreeDto] }) epics: EpicTreeDto[];
}
