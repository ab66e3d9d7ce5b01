import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM);

/** `describe` where Debian's Chromium is installed; elsewhere the suite is skipped with a printed reason. */
export function describeBrowser(name: string, suite: () => void): void {
  if (chromiumPresent) return describe(name, suite);
  process.stdout.write(`browser tests "${name}" skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)\n`);
  describe.skip(name, suite);
}
const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'browser');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser user: Debian's Chromium on a fresh profile folder (removed on close), one page. */
export class BrowserUser {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly profile: string,
    readonly consoleErrors: string[],
  ) {}

  static async open(): Promise<BrowserUser> {
    const profile = await mkdtemp(join(tmpdir(), 'atlas-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return new BrowserUser(context, page, profile, errors);
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

/** Runs a test body; when it fails, saves a screenshot of every user's page under test-results/browser. */
export async function withScreenshots(name: string, users: () => BrowserUser[], body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    await mkdir(SCREENSHOTS, { recursive: true });
    const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const saved = await Promise.all(
      users().map(async (user, index) => {
        const path = join(SCREENSHOTS, `${slug}-${index + 1}.png`);
        await user.page.screenshot({ path, fullPage: true }).catch(() => undefined);
        return path;
      }),
    );
    process.stderr.write(`browser test "${name}" failed; screenshots: ${saved.join(', ')}\n`);
    throw error;
  }
}
