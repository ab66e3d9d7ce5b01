import { ApiProperty } from '@nestjs/swagger';
import { SprintStatus } from '../sprint-status';

/** The members a 409 INVALID_SPRINT_TRANSITION carries beyond the common problem members. */
export class SprintTransitionProblemDto {
  @ApiProperty({ enum: SprintStatus, description: 'The sprint’s status now', example: SprintStatus.ACTIVE }) from: SprintStatus;
  @ApiProperty({ enum: ['started', 'completed', 'deleted'], description: 'What was asked', example: 'deleted' }) action: string;
}
