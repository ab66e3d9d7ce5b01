import type { Response } from 'supertest';

/** Asserts that a response is an RFC 9457 problem with the given status and code. */
export function expectProblem(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
  expect(res.body.request_id).toEqual(expect.any(String));
}
