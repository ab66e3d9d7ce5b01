import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkedResponses, responseMismatches } from '../support/response-mismatches';

// A test file whose responses broke the OpenAPI document fails, listing every mismatch. With
// OPENAPI_CHECK_SUMMARY=<file>, each test file also appends one JSON line of what it checked (per
// operation, the statuses seen and how often), to see how much of the document the suite exercises.
afterAll(() => {
  const mismatches = responseMismatches();
  const summary = process.env.OPENAPI_CHECK_SUMMARY;
  if (summary) {
    const file = relative(process.cwd(), expect.getState().testPath ?? 'unknown');
    appendFileSync(summary, `${JSON.stringify({ file, mismatches: mismatches.length, checked: checkedResponses() })}\n`);
  }
  if (mismatches.length === 0) return;
  const lines = mismatches.map((m) => `${m.method} ${m.path} (${m.route}) -> ${m.status}: ${m.error}`);
  throw new Error(`${mismatches.length} response(s) do not match openapi.json:\n${[...new Set(lines)].join('\n')}`);
});
