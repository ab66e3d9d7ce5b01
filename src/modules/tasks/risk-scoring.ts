import { RiskLevel, TaskStatus } from './task-enums';

/** Every reason a task can be at risk. */
export const RISK_FACTOR_CODES = [
  'overdue',
  'due_within_24h',
  'due_within_72h',
  'due_within_7d',
  'no_progress',
  'progress_below_25',
  'progress_below_50',
  'blocked',
  'remaining_work_exceeds_time',
] as const;

export interface RiskFactor {
  code: (typeof RISK_FACTOR_CODES)[number];
  points: number;
  detail: string;
}

export interface RiskAssessment {
  risk_level: RiskLevel;
  risk_score: number;
  risk_factors: RiskFactor[];
}

export interface RiskInput {
  status: TaskStatus;
  dueDate: Date | null;
  progressPercentage: number;
  estimateHours: number | null;
  hasOpenBlocker: boolean;
}

const HOUR_MS = 3_600_000;
export const HIGH_RISK_THRESHOLD = 40;
export const MEDIUM_RISK_THRESHOLD = 20;

export function riskLevelOf(score: number): RiskLevel {
  if (score >= HIGH_RISK_THRESHOLD) return RiskLevel.HIGH;
  if (score >= MEDIUM_RISK_THRESHOLD) return RiskLevel.MEDIUM;
  return RiskLevel.LOW;
}

function dueFactor(hoursLeft: number): RiskFactor | undefined {
  if (hoursLeft < 0) return { code: 'overdue', points: 50, detail: `Overdue by ${Math.ceil(-hoursLeft)} h` };
  if (hoursLeft <= 24) return { code: 'due_within_24h', points: 30, detail: `Due in ${Math.floor(hoursLeft)} h` };
  if (hoursLeft <= 72) return { code: 'due_within_72h', points: 20, detail: `Due in ${Math.floor(hoursLeft)} h` };
  if (hoursLeft <= 168) return { code: 'due_within_7d', points: 10, detail: `Due in ${Math.floor(hoursLeft / 24)} days` };
  return undefined;
}

function progressFactor(status: TaskStatus, progress: number): RiskFactor | undefined {
  if (status !== TaskStatus.IN_PROGRESS) return undefined;
  if (progress === 0) return { code: 'no_progress', points: 20, detail: 'In progress with 0% done' };
  if (progress < 25) return { code: 'progress_below_25', points: 15, detail: `In progress with ${progress}% done` };
  if (progress < 50) return { code: 'progress_below_50', points: 10, detail: `In progress with ${progress}% done` };
  return undefined;
}

/**
 * Explainable risk of one task at instant `now`. Hours are computed from the due timestamp in UTC,
 * so the result does not depend on the server's time zone. `Done` is always low with no factors.
 */
export function assessRisk(task: RiskInput, now: Date): RiskAssessment {
  if (task.status === TaskStatus.DONE) return { risk_level: RiskLevel.LOW, risk_score: 0, risk_factors: [] };
  const factors: RiskFactor[] = [];
  const hoursLeft = task.dueDate ? (task.dueDate.getTime() - now.getTime()) / HOUR_MS : undefined;
  const due = hoursLeft === undefined ? undefined : dueFactor(hoursLeft);
  if (due) factors.push(due);
  const progress = progressFactor(task.status, task.progressPercentage);
  if (progress) factors.push(progress);
  if (task.hasOpenBlocker) factors.push({ code: 'blocked', points: 20, detail: 'An open blocker issue is linked' });
  if (hoursLeft !== undefined && task.estimateHours !== null) {
    const remaining = task.estimateHours * (1 - task.progressPercentage / 100);
    if (remaining > Math.max(hoursLeft, 0)) {
      factors.push({
        code: 'remaining_work_exceeds_time',
        points: 25,
        detail: `${remaining.toFixed(1)} h of work left, ${Math.max(hoursLeft, 0).toFixed(1)} h until due`,
      });
    }
  }
  const score = factors.reduce((sum, f) => sum + f.points, 0);
  return { risk_level: riskLevelOf(score), risk_score: score, risk_factors: factors };
}

/** A stored task's columns that risk is computed from, and the two it is stored in. */
export interface RiskColumns extends Omit<RiskInput, 'hasOpenBlocker'> {
  openBlockerCount: number;
  riskLevel: RiskLevel;
  riskScore: number;
}

/** Recomputes the stored risk of a task from its current fields. */
export function applyRisk(task: RiskColumns, now = new Date()): RiskAssessment {
  const risk = assessTaskRisk(task, now);
  task.riskLevel = risk.risk_level;
  task.riskScore = risk.risk_score;
  return risk;
}

export function assessTaskRisk(task: Omit<RiskColumns, 'riskLevel' | 'riskScore'>, now: Date): RiskAssessment {
  return assessRisk({ ...task, hasOpenBlocker: task.openBlockerCount > 0 }, now);
}
