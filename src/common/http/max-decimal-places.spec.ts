import { decimalPlaces } from './max-decimal-places';

describe('decimalPlaces', () => {
  it.each([
    [0, 0],
    [12, 0],
    [0.25, 2],
    [-1.5, 1],
    [1e21, 0],
    [1.5e21, 0],
    [1e-7, 7],
    [1.25e-7, 9],
    [5e-324, 324],
    [-7e-323, 323],
  ])('%p has %p', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });
});
