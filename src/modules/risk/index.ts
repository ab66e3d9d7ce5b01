export { RiskModule } from './risk.module';
export { RiskScanService, type ScanResult } from './risk-scan.service';
export {
  assessRisk,
  riskLevelOf,
  type RiskAssessment,
  type RiskFactor,
  type RiskInput,
} from './risk-scoring';
