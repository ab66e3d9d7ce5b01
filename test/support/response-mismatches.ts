/** Responses of this test file that broke the OpenAPI document (one module instance per file). */
export interface ResponseMismatch {
  method: string;
  path: string;
  route: string;
  status: number;
  error: string;
}

const mismatches: ResponseMismatch[] = [];
/** `METHOD route` -> status -> how many responses of it were checked. */
const checked = new Map<string, Map<number, number>>();

export function recordMismatch(mismatch: ResponseMismatch): void {
  mismatches.push(mismatch);
}

/** A response matched to an operation of the document, and so checked against it. */
export function recordChecked(operation: string, status: number): void {
  const byStatus = checked.get(operation) ?? new Map<number, number>();
  byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  checked.set(operation, byStatus);
}

export function responseMismatches(): readonly ResponseMismatch[] {
  return mismatches;
}

/** What this file checked: per operation, the statuses seen and how often. */
export function checkedResponses(): Record<string, Record<number, number>> {
  return Object.fromEntries([...checked].map(([operation, byStatus]) => [operation, Object.fromEntries(byStatus)]));
}

/** Removes and returns what was recorded (for the test of the mechanism itself). */
export function takeMismatches(): ResponseMismatch[] {
  return mismatches.splice(0);
}
