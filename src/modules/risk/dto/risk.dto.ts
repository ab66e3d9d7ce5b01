import { ApiProperty } from '@nestjs/swagger';
import { RISK_FACTOR_CODES, RiskLevel } from '../../tasks/schema';

export class RiskFactorDto {
  @ApiProperty({ enum: RISK_FACTOR_CODES, example: 'overdue' }) code: string;
  @ApiProperty({ type: 'integer', description: 'What this factor adds to the score' }) points: number;
  @ApiProperty() detail: string;
}

export class TaskRiskDto {
  @ApiProperty({ enum: RiskLevel }) risk_level: RiskLevel;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The sum of the risk factors’ points' }) risk_score: number;
  @ApiProperty({ type: [RiskFactorDto] }) risk_factors: RiskFactorDto[];
}

export class HighRiskTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) due_date: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'progress_percentage' }) progress: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The sum of the risk factors’ points' }) risk_score: number;
  @ApiProperty({ type: [RiskFactorDto] }) risk_factors: RiskFactorDto[];
}

export class ProjectRiskSummaryDto {
  @ApiProperty() total_active_tasks: number;
  @ApiProperty() high_risk_count: number;
  @ApiProperty() medium_risk_count: number;
  @ApiProperty() low_risk_count: number;
  @ApiProperty({ type: [HighRiskTaskDto], description: 'The 50 riskiest high-risk tasks' }) high_risk_tasks: HighRiskTaskDto[];
}

export class DetectDelaysDto {
  @ApiProperty() tasks_scanned: number;
  @ApiProperty() high_risk: number;
  @ApiProperty() medium_risk: number;
  @ApiProperty() notifications_sent: number;
}
