import { combinedWrites } from './statements';

describe('combinedWrites', () => {
  it('puts the writes in the CTEs of one statement, numbering each one’s parameters after the ones before', () => {
    const combined = combinedWrites([
      { sql: 'INSERT INTO a (x, y) SELECT * FROM unnest($1::int[], $2::text[])', params: [[1], ['one']] },
      null,
      { sql: 'INSERT INTO b (z) SELECT $1 || $1', params: ['z'] },
    ]);
    expect(combined).toEqual({
      sql: 'WITH w0 AS (INSERT INTO a (x, y) SELECT * FROM unnest($1::int[], $2::text[])), w1 AS (INSERT INTO b (z) SELECT $3 || $3) SELECT 1',
      params: [[1], ['one'], 'z'],
    });
  });

  it('leaves a single write as it is, and nothing as nothing', () => {
    const only = { sql: 'INSERT INTO a VALUES ($1)', params: [1] };
    expect(combinedWrites([null, only])).toBe(only);
    expect(combinedWrites([null, null])).toBeNull();
  });
});
