/**
 * From what a user types to a PostgreSQL `tsquery`, websearch style: words are ANDed and each
 * matches as a prefix (`deplo` finds "deployment"), `"quoted words"` match as a phrase, `-word`
 * excludes, and `or` between words offers alternatives (AND binds tighter, as in tsquery).
 *
 * Only runs of letters and digits ever reach the query text, each as a quoted lexeme, and the text is
 * sent as a bind parameter to `to_tsquery`: user input is never spliced into SQL, and no input can
 * make the query text malformed.
 */

export interface SearchTerm {
  /** One word, or several for a phrase. */
  words: string[];
  negated: boolean;
  /** Whether the term came from quotes (matched exactly, as a phrase). */
  quoted: boolean;
}

/** Alternatives (OR) of conjunctions (AND). */
export type ParsedSearch = SearchTerm[][];

export const MAX_SEARCH_TERMS = 32;

const WORD = /[\p{L}\p{N}]+/gu;
/** A quoted phrase, an `or`, or any other run of non-space characters (with an optional leading `-`). */
const TOKEN = /(-?)"([^"]*)"?|(\S+)/gu;

const wordsOf = (text: string) => text.match(WORD) ?? [];

export function parseSearch(text: string): ParsedSearch {
  const clauses: SearchTerm[][] = [[]];
  let terms = 0;
  for (const [, minus, phrase, bare] of text.matchAll(TOKEN)) {
    if (terms >= MAX_SEARCH_TERMS) break;
    if (bare !== undefined && bare.toLowerCase() === 'or') {
      if (clauses[clauses.length - 1].length > 0) clauses.push([]);
      continue;
    }
    const negated = phrase !== undefined ? minus === '-' : bare.startsWith('-');
    const words = wordsOf(phrase ?? bare);
    if (words.length === 0) continue;
    terms += 1;
    const current = clauses[clauses.length - 1];
    if (phrase !== undefined) current.push({ words, negated, quoted: true });
    else if (negated) current.push({ words, negated, quoted: false });
    // `e-mail`, `foo.bar`: the parts of an unquoted token are words of their own.
    else current.push(...words.map((word) => ({ words: [word], negated: false, quoted: false })));
  }
  // A clause with nothing to look for would match almost every row; it is dropped.
  return clauses.filter((clause) => clause.some((term) => !term.negated));
}

/** A lexeme as tsquery text: quoted, with quotes and backslashes escaped. */
function lexeme(word: string, prefix: boolean): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
}

function termText(term: SearchTerm): string {
  const exact = term.quoted || term.negated;
  const body =
    term.words.length === 1
      ? lexeme(term.words[0], !exact)
      : `(${term.words.map((word) => lexeme(word, false)).join(' <-> ')})`;
  return term.negated ? `!${body}` : body;
}

/** The `to_tsquery` text of a parsed search, or null when there is nothing to look for. */
export function toTsQueryText(parsed: ParsedSearch): string | null {
  if (parsed.length === 0) return null;
  return parsed.map((clause) => `(${clause.map(termText).join(' & ')})`).join(' | ');
}
