/** Responses of this test file that broke the OpenAPI document (one module instance per file). */
export interface ResponseMismatch {
  method: string;
  path: string;
  route: string;
  status: number;
  error: string;
}

const mismatches: ResponseMismatch[] = [];

export function recordMismatch(mismatch: ResponseMismatch): void {
  mismatches.push(mismatch);
}

export function responseMismatches(): readonly ResponseMismatch[] {
  return mismatches;
}


/** Removes and returns what was recorded (for the test of the mechanism itself). */
export function takeMismatches(): ResponseMismatch[] {
  return mismatches.splice(0);
}
