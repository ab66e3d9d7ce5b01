import { ApiProperty } from '@nestjs/swagger';
import { IssueStatus } from '../issue-enums';

/** The members a 409 INVALID_ISSUE_TRANSITION carries beyond the common problem members. */
export class IssueTransitionProblemDto {
  @ApiProperty({ enum: IssueStatus, description: 'The issue’s status now', example: IssueStatus.CLOSED }) from: IssueStatus;
  @ApiProperty({ enum: IssueStatus, description: 'Where the action would have led', example: IssueStatus.RESOLVED }) to: IssueStatus;
  @ApiProperty({ enum: ['assign', 'resolve', 'close', 'reopen'], example: 'resolve' }) action: string;
}
