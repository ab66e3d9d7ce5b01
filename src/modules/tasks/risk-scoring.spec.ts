import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-database';
import { RiskLevel, TaskStatus } from './task-enums';
import { assessRisk, RiskInput } from './risk-scoring';
import { RISK_SCORE_SQL, riskLevelSql } from './risk-sql';

const NOW = new Date('2026-11-27T06:00:00.000Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const base: RiskInput = {
  status: TaskStatus.TODO,
  dueDate: null,
  progressPercentage: 0,
  estimateHours: null,
  hasOpenBlocker: false,
};

/** [name, input, expected score, expected level, expected factor codes] */
const CASES: [string, Partial<RiskInput>, number, RiskLevel, string[]][] = [
  ['no due date, To Do', {}, 0, RiskLevel.LOW, []],
  ['Done is always low, even overdue and blocked', { status: TaskStatus.DONE, dueDate: hours(-100), hasOpenBlocker: true, estimateHours: 50 }, 0, RiskLevel.LOW, []],
  ['overdue by one hour', { dueDate: hours(-1) }, 50, RiskLevel.HIGH, ['overdue']],
  ['due in exactly 24 h', { dueDate: hours(24) }, 30, RiskLevel.MEDIUM, ['due_within_24h']],
  ['due in 24 h and one second', { dueDate: new Date(hours(24).getTime() + 1000) }, 20, RiskLevel.MEDIUM, ['due_within_72h']],
  ['due in exactly 72 h', { dueDate: hours(72) }, 20, RiskLevel.MEDIUM, ['due_within_72h']],
  ['due in 72 h and one second', { dueDate: new Date(hours(72).getTime() + 1000) }, 10, RiskLevel.LOW, ['due_within_7d']],
  ['due in exactly 7 days', { dueDate: hours(168) }, 10, RiskLevel.LOW, ['due_within_7d']],
  ['due in 7 days and one second', { dueDate: new Date(hours(168).getTime() + 1000) }, 0, RiskLevel.LOW, []],
  ['due in another UTC offset (+05:00), one hour from now', { dueDate: new Date('2026-11-27T12:00:00+05:00') }, 30, RiskLevel.MEDIUM, ['due_within_24h']],
  ['In Progress at 0 %', { status: TaskStatus.IN_PROGRESS, progressPercentage: 0 }, 20, RiskLevel.MEDIUM, ['no_progress']],
  ['In Progress at 24 %', { status: TaskStatus.IN_PROGRESS, progressPercentage: 24 }, 15, RiskLevel.LOW, ['progress_below_25']],
  ['In Progress at 25 %', { status: TaskStatus.IN_PROGRESS, progressPercentage: 25 }, 10, RiskLevel.LOW, ['progress_below_50']],
  ['In Progress at 49 %', { status: TaskStatus.IN_PROGRESS, progressPercentage: 49 }, 10, RiskLevel.LOW, ['progress_below_50']],
  ['In Progress at 50 %', { status: TaskStatus.IN_PROGRESS, progressPercentage: 50 }, 0, RiskLevel.LOW, []],
  ['To Do at 0 % has no progress factor', { status: TaskStatus.TODO, progressPercentage: 0 }, 0, RiskLevel.LOW, []],
  ['an open blocker', { hasOpenBlocker: true }, 20, RiskLevel.MEDIUM, ['blocked']],
  ['blocked and In Progress at 0 %: exactly 40 is high', { hasOpenBlocker: true, status: TaskStatus.IN_PROGRESS }, 40, RiskLevel.HIGH, ['no_progress', 'blocked']],
  ['remaining work exceeds the time left', { dueDate: hours(4), estimateHours: 10, status: TaskStatus.IN_PROGRESS, progressPercentage: 50 }, 55, RiskLevel.HIGH, ['due_within_24h', 'remaining_work_exceeds_time']],
  ['remaining work fits in the time left', { dueDate: hours(6), estimateHours: 10, status: TaskStatus.IN_PROGRESS, progressPercentage: 50 }, 30, RiskLevel.MEDIUM, ['due_within_24h']],
  ['overdue with work left', { dueDate: hours(-2), estimateHours: 1 }, 75, RiskLevel.HIGH, ['overdue', 'remaining_work_exceeds_time']],
  ['estimate without due date adds nothing', { estimateHours: 1000 }, 0, RiskLevel.LOW, []],
  ['due within 7 days and In Progress below 50 %: exactly 20 is medium', { dueDate: hours(100), status: TaskStatus.IN_PROGRESS, progressPercentage: 30 }, 20, RiskLevel.MEDIUM, ['due_within_7d', 'progress_below_50']],
];

describe('risk scoring', () => {
  it.each(CASES)('%s', (_, input, score, level, codes) => {
    const result = assessRisk({ ...base, ...input }, NOW);
    expect(result.risk_score).toBe(score);
    expect(result.risk_level).toBe(level);
    expect(result.risk_factors.map((f) => f.code)).toEqual(codes);
    expect(result.risk_factors.reduce((sum, f) => sum + f.points, 0)).toBe(score);
    result.risk_factors.forEach((f) => expect(f.detail.length).toBeGreaterThan(0));
  });

  it('does not depend on the time zone of the process', () => {
    const input = { ...base, dueDate: hours(30), status: TaskStatus.IN_PROGRESS, progressPercentage: 10 };
    const original = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Kolkata';
      const a = assessRisk(input, NOW);
      process.env.TZ = 'America/Los_Angeles';
      expect(assessRisk(input, NOW)).toEqual(a);
    } finally {
      process.env.TZ = original;
    }
  });

  describe('the SQL used by the scan agrees with the function on every case', () => {
    let database: TestDatabase;
    let client: Client;
    beforeAll(async () => {
      database = await createTestDatabase();
      client = new Client({ connectionString: database.url });
      await client.connect();
    });
    afterAll(async () => {
      await client.end();
      await database.drop();
    });

    it.each(CASES)('%s', async (_, input, score, level) => {
      const row = { ...base, ...input };
      const { rows } = await client.query<{ score: number; level: string }>(
        `SELECT s.score, ${riskLevelSql('s.score')} AS level FROM (
           SELECT (${RISK_SCORE_SQL})::int AS score FROM (
             SELECT $2::task_status AS status, $3::timestamptz AS due_date, $4::smallint AS progress_percentage,
                    $5::numeric AS estimate_hours, $6::int AS open_blocker_count) t) s`,
        [NOW, row.status, row.dueDate, row.progressPercentage, row.estimateHours, row.hasOpenBlocker ? 1 : 0],
      );
      expect(rows[0]).toEqual({ score, level });
    });
  });
});
