import { ApiProperty } from '@nestjs/swagger';
import { RiskLevel } from '../../tasks/schema';

export class RiskFactorDto {
  @ApiProperty({ example: 'overdue' }) code: string;
  @ApiProperty() points: number;
  @ApiProperty() detail: string;
}

export class TaskRiskDto {
  @ApiProperty({ enum: RiskLevel }) risk_level: RiskLevel;
  @ApiProperty() risk_score: number;
  @ApiProperty({ type: [RiskFactorDto] }) risk_factors: RiskFactorDto[];
}

export class HighRiskTaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) due_date: string | null;
  @ApiProperty({ description: 'progress_percentage' }) progress: number;
  @ApiProperty() risk_score: number;
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
