import { FieldError, JsonTooDeepError, ValidationFailedError } from '../errors';

/** Deepest nesting of objects and arrays accepted in a JSON body or a socket payload. */
export const MAX_JSON_DEPTH = 32;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the raw JSON text nests objects/arrays deeper than `maxDepth`. One pass over the bytes,
 * brackets inside strings ignored, so a hostile body costs linear time before it is ever parsed.
 */
export function jsonNestsDeeperThan(raw: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** Why a string may never be stored, or undefined when it may. */
export function textDefect(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain U+0000 (NUL)';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'must not contain an unpaired UTF-16 surrogate';
  return undefined;
}

export interface InputInspection {
  errors: FieldError[];
  /** Nesting deeper than the limit (its contents were not inspected further). */
  tooDeep: boolean;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Walks a parsed value (body, query, params, socket payload) without recursion and reports every
 * string, and every property name, that may never be stored, with its field path (`title`,
 * `epics[0].name`). `root` names the value itself when it is a bare string (a path parameter).
 */
export function inspectInput(value: unknown, root = '', maxDepth = MAX_JSON_DEPTH): InputInspection {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const defect = textDefect(current);
      if (defect) errors.push({ field: path || 'body', message: `${path || 'body'} ${defect}` });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) {
      tooDeep = true;
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: childPath(path, i), depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(current as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const defect = textDefect(key);
      if (defect) {
        // The name itself is hostile: report where it sits, never the name.
        errors.push({ field: path || 'body', message: `a property name in ${path || 'the body'} ${defect}` });
        continue;
      }
      stack.push({ value: child, path: childPath(path, key), depth: depth + 1 });
    }
  }
  return { errors, tooDeep };
}

/** Throws the boundary's answer for `value`: 400 when too deep, 422 naming each bad field. */
export function assertStorableInput(value: unknown, root = ''): void {
  const { errors, tooDeep } = inspectInput(value, root);
  if (tooDeep) throw new JsonTooDeepError(MAX_JSON_DEPTH);
  if (errors.length > 0) throw new ValidationFailedError(errors, 'The request contains text that can never be stored');
}
