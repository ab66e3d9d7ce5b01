export { RiskModule } from './risk.module';
export { RiskScanService, type ScanResult } from './risk-scan.service';
export { RiskScanHooks, type RiskScanHook } from './risk-scan-hooks';
