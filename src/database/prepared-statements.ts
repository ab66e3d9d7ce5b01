import { createHash } from 'node:crypto';

/** A text is prepared on a connection from its third use in the process on (a one-off text never is). */
export const PREPARE_AFTER_USES = 3;
/** Each connection holds at most this many prepared statements; later texts go unnamed. */
export const MAX_PREPARED_PER_CONNECTION = 100;
/** Use counts are kept for at most this many texts; the counts start over when it is reached. */
const MAX_COUNTED_TEXTS = 2_000;

interface TextUse {
  uses: number;
  name?: string;
}

const counted = new Map<string, TextUse>();

function use(text: string): TextUse {
  let entry = counted.get(text);
  if (entry === undefined) {
    if (counted.size >= MAX_COUNTED_TEXTS) counted.clear();
    counted.set(text, (entry = { uses: 0 }));
  }
  entry.uses++;
  return entry;
}

/** One name per text, the same in every process: a name can never stand for two texts. */
export function preparedStatementName(text: string): string {
  return `atlas_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
}

/**
 * Automatic preparation, as Npgsql's "auto prepare" or pgjdbc's `prepareThreshold` do it: a
 * parameterized text that keeps coming back becomes a named prepared statement on each connection that
 * sends it, which then only binds and executes it. PostgreSQL no longer parses and plans the same small
 * statement on every request, which is most of what it spends on one. Texts used once or twice (an
 * IN list of some length) are never prepared, and a connection holds a bounded number of them.
 */
export class PreparedStatements {
  private readonly prepared = new Set<string>();

  /** The statement name to send `text` under on this connection, or undefined to send it unnamed. */
  nameFor(text: string): string | undefined {
    const entry = use(text);
    if (!this.prepared.has(text)) {
      if (entry.uses < PREPARE_AFTER_USES || this.prepared.size >= MAX_PREPARED_PER_CONNECTION) return undefined;
      this.prepared.add(text);
    }
    return (entry.name ??= preparedStatementName(text));
  }
}
