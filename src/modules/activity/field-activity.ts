import { ActivityAction } from './activity-action';
import { ActivityEntry } from './activity-log';

/** A field whose changes are recorded: its name in the subject's JSON, and the action of a change. */
export interface RecordedField<T> {
  key: keyof T & string;
  wire: string;
  /** Default `updated`. */
  action?: (before: T, after: T) => ActivityAction;
}

/** A field value as activity text: ISO instants, plain numbers and strings, null stays null. */
export function activityText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One entry per changed recorded field, in the order of `fields`. */
export function fieldEntries<T>(
  fields: readonly RecordedField<T>[],
  before: T,
  after: T,
  changed: readonly (keyof T)[],
  base: Omit<ActivityEntry, 'action' | 'field' | 'oldValue' | 'newValue'>,
): ActivityEntry[] {
  return fields
    .filter((field) => changed.includes(field.key))
    .map((field) => ({
      ...base,
      action: field.action?.(before, after) ?? ActivityAction.UPDATED,
      field: field.wire,
      oldValue: activityText(before[field.key]),
      newValue: activityText(after[field.key]),
    }));
}
