/** What one import run did, per original table: the report printed on stdout. */

export interface TableCounts {
  read: number;
  imported: number;
  merged: number;
  rejected: number;
  /** Rows imported by an earlier run (found in import_id_map). */
  already_imported: number;
}

export interface Rejection {
  table: string;
  id: string;
  reason: string;
}

/** A row folded into an Atlas row that already stands for the same thing. */
export interface Merge {
  table: string;
  id: string;
  into: string;
  reason: string;
}

/** A change made to rows that were imported (or merged), counted per kind with example ids. */
export interface Adjustment {
  table: string;
  change: string;
  count: number;
  ids: string[];
}

export interface ImportReportJson {
  dry_run: boolean;
  tables: Record<string, TableCounts>;
  not_imported: Record<string, string>;
  rejections: Rejection[];
  merges: Merge[];
  adjustments: Adjustment[];
}

const SAMPLE_IDS = 20;

export class ImportReport {
  private readonly tables = new Map<string, TableCounts>();
  private readonly rejections: Rejection[] = [];
  private readonly merges: Merge[] = [];
  private readonly adjustments = new Map<string, Adjustment>();
  private readonly notImported = new Map<string, string>();

  constructor(readonly dryRun: boolean) {}

  counts(table: string): TableCounts {
    let counts = this.tables.get(table);
    if (!counts) {
      counts = { read: 0, imported: 0, merged: 0, rejected: 0, already_imported: 0 };
      this.tables.set(table, counts);
    }
    return counts;
  }

  reject(table: string, id: string, reason: string): void {
    this.counts(table).rejected++;
    this.rejections.push({ table, id, reason });
  }

  merge(table: string, id: string, into: string, reason: string): void {
    this.counts(table).merged++;
    this.merges.push({ table, id, into, reason });
  }

  adjust(table: string, id: string, change: string): void {
    const key = `${table}\u0000${change}`;
    let adjustment = this.adjustments.get(key);
    if (!adjustment) {
      adjustment = { table, change, count: 0, ids: [] };
      this.adjustments.set(key, adjustment);
    }
    adjustment.count++;
    if (adjustment.ids.length < SAMPLE_IDS) adjustment.ids.push(id);
  }

  skipTable(table: string, reason: string): void {
    this.notImported.set(table, reason);
  }

  toJSON(): ImportReportJson {
    return {
      dry_run: this.dryRun,
      tables: Object.fromEntries(this.tables),
      not_imported: Object.fromEntries(this.notImported),
      rejections: this.rejections,
      merges: this.merges,
      adjustments: [...this.adjustments.values()],
    };
  }

  toText(): string {
    const lines: string[] = [];
    lines.push(this.dryRun ? 'Import from the original Atlas: DRY RUN, nothing was written' : 'Import from the original Atlas: committed');
    lines.push('');
    const header = ['table', 'read', 'imported', 'merged', 'rejected', 'already imported'];
    const rows = [...this.tables].map(([table, c]) => [table, c.read, c.imported, c.merged, c.rejected, c.already_imported].map(String));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    lines.push(line(header), ...rows.map(line));
    for (const [table, reason] of this.notImported) lines.push(`${table}: not imported (${reason})`);
    lines.push('', `Rejected rows (${this.rejections.length}):`);
    if (this.rejections.length === 0) lines.push('  none');
    for (const r of this.rejections) lines.push(`  ${r.table} ${r.id}: ${r.reason}`);
    lines.push('', `Merged rows (${this.merges.length}):`);
    if (this.merges.length === 0) lines.push('  none');
    for (const m of this.merges) lines.push(`  ${m.table} ${m.id} -> ${m.into}: ${m.reason}`);
    lines.push('', `Changes made while importing (${this.adjustments.size} kinds):`);
    if (this.adjustments.size === 0) lines.push('  none');
    for (const a of this.adjustments.values()) {
      const more = a.count > a.ids.length ? `, and ${a.count - a.ids.length} more` : '';
      lines.push(`  ${a.table}: ${a.change}: ${a.count} (${a.ids.join(', ')}${more})`);
    }
    return `${lines.join('\n')}\n`;
  }
}
