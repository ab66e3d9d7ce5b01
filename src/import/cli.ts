import { parseArgs } from 'node:util';
import { importOriginal } from './importer';
import { progressBar } from '../common/cli/progress-bar';

const USAGE = `usage: npm run import:original -- --from <postgres URL of the original> [--database-url <Atlas URL>] [--dry-run] [--json] [--batch-size N]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      'database-url': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'no-progress': { type: 'boolean', default: false },
    },
  });
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!values.from || !databaseUrl) throw new Error(`${USAGE}\n(--database-url defaults to DATABASE_URL)`);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 50_000)) {
    throw new Error('--batch-size must be an integer from 1 to 50000');
  }
  const report = await importOriginal({
    from: values.from,
    databaseUrl,
    dryRun: values['dry-run'],
    batchSize,
    progress: values['no-progress'] ? undefined : progressBar,
  });
  process.stdout.write(values.json ? `${JSON.stringify(report.toJSON(), null, 2)}\n` : report.toText());
}

main().catch((error: unknown) => {
  process.stderr.write(`\nimport failed, nothing was written: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
