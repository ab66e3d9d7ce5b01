import { responseMismatches } from '../support/response-mismatches';

// A test file whose responses broke the OpenAPI document fails, listing every mismatch.
afterAll(() => {
  const mismatches = responseMismatches();
  if (mismatches.length === 0) return;
  const lines = mismatches.map((m) => `${m.method} ${m.path} (${m.route}) -> ${m.status}: ${m.error}`);
  throw new Error(`${mismatches.length} response(s) do not match openapi.json:\n${[...new Set(lines)].join('\n')}`);
});
