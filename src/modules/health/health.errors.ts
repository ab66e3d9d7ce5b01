import { DomainError, ErrorCode } from '../../common/errors';

export class UnhealthyError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  readonly title = 'Service unavailable';
  constructor(checks: Record<string, 'up' | 'down'>) {
    const down = Object.keys(checks).filter((name) => checks[name] === 'down');
    super(`Unhealthy: ${down.join(', ')} down`, { extensions: { checks } });
  }
}
