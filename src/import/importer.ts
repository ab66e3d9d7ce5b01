import { ensureDatabase, runMigrations } from '../database/migrate';
import { ImportReport } from './report';
import { SourceReader } from './source';
import { importChannelMembers, importChannels, importMessages } from './steps/chat';
import { importIssues, recountBlockers } from './steps/issues';
import { importNotifications } from './steps/notifications';
import { createPersonalTeams, ensureOwnerMemberships, importMembers, importOrganizations } from './steps/organizations';
import { Progress, StepContext } from './steps/pipeline';
import { importEpics, importProjects, importStories } from './steps/projects';
import { importTasks } from './steps/tasks';
import { importUsers } from './steps/users';
import { AtlasTarget } from './target';

export interface ImportOptions {
  /** The original database (read only). */
  from: string;
  /** The Atlas database. */
  databaseUrl: string;
  dryRun: boolean;
  batchSize?: number;
  progress?: Progress;
}

/** Read by the original's tables in this order, so that every row finds what it refers to already mapped. */
const STEPS: ((ctx: StepContext) => Promise<void>)[] = [
  importUsers,
  importOrganizations,
  importMembers,
  ensureOwnerMemberships,
  createPersonalTeams,
  importProjects,
  importEpics,
  importStories,
  importTasks,
  importIssues,
  recountBlockers,
  importNotifications,
  importChannels,
  importChannelMembers,
  importMessages,
];

/**
 * Imports an original Atlas database into Atlas in one transaction: committed whole, or (dry run, or any
 * error) rolled back whole. Atlas's migrations run first; a dry run applies them inside its transaction.
 */
export async function importOriginal(options: ImportOptions): Promise<ImportReport> {
  if (!options.dryRun) {
    await ensureDatabase(options.databaseUrl);
    await runMigrations(options.databaseUrl);
  }
  const report = new ImportReport(options.dryRun);
  const source = await SourceReader.open(options.from);
  try {
    const missing = [];
    for (const table of ['users', 'organizations', 'organization_members', 'projects', 'epics', 'stories', 'tasks', 'issues', 'notifications', 'channels', 'channel_members', 'messages']) {
      if (!(await source.hasTable(table))) missing.push(table);
    }
    if (missing.length > 0) throw new Error(`the source is not an original Atlas database: no table ${missing.join(', ')}`);
    const target = await AtlasTarget.open(options.databaseUrl, { migrateInTransaction: options.dryRun });
    try {
      const ctx: StepContext = {
        source,
        target,
        report,
        batchSize: options.batchSize ?? 5_000,
        progress: options.progress ?? (() => undefined),
        createdUserIds: [],
      };
      for (const step of STEPS) await step(ctx);
      if (await source.hasTable('user_presence')) {
        report.skipTable('user_presence', 'live state: Atlas knows who is online from open connections');
      }
    } catch (error) {
      await target.abandon();
      throw error;
    }
    await target.finish(!options.dryRun);
  } finally {
    await source.close();
  }
  return report;
}
