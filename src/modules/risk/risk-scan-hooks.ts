import { Injectable } from '@nestjs/common';

/**
 * Work that runs with every risk scan (scheduled or `detect-delays`) after its task batches: it gets
 * the scanned projects (null for all) and the scan's instant, and returns how many notifications it sent.
 */
export type RiskScanHook = (projectIds: readonly string[] | null, now: Date) => Promise<number>;

/**
 * Modules above risk join its scan by registering a hook (usually in `onModuleInit`), so risk never
 * imports them. Hooks run in registration order inside the scan's single-flight run.
 */
@Injectable()
export class RiskScanHooks {
  private readonly hooks: RiskScanHook[] = [];

  register(hook: RiskScanHook): void {
    this.hooks.push(hook);
  }

  async run(projectIds: readonly string[] | null, now: Date): Promise<number> {
    let sent = 0;
    for (const hook of this.hooks) sent += await hook(projectIds, now);
    return sent;
  }
}
