import { describe, expect, it } from 'vitest';
import { rangeOf, readQuantity } from './quantities.js';

describe('readQuantity', () => {
  it.each([
    ['more than 5,000', { low: 5000, high: 6000, lowOpen: true }, ''],
    ['about 2,500', { low: 2250, high: 2750 }, ''],
    ['nearly 7,000', { low: 6300, high: 7000, highOpen: true }, ''],
    ['up to 300', { low: 0, high: 300 }, ''],
    ['eight', { low: 8, high: 8 }, ''],
    ['$4.3 billion to $5.2 billion', { low: 4.3e9, high: 5.2e9 }, '$'],
    ['more than $500 million', { low: 5e8, high: 6e8, lowOpen: true }, '$'],
    ['948-foot', { low: 948, high: 948 }, 'foot'],
    ['25 feet', { low: 25, high: 25 }, 'foot'],
    ['40%', { low: 40, high: 40 }, '%'],
    ['1:27 a.m.', { low: 87, high: 87 }, 'clock'],
  ])('%s → %o %s', (printed, range, unit) => {
    const read = readQuantity(printed);
    expect(read?.unit).toBe(unit);
    expect(read?.range).toMatchObject(range);
  });

  it('reads nothing where no number is given', () => {
    expect(readQuantity('several days')).toBeNull();
    expect(readQuantity('hundreds of')).toBeNull();
  });

  it('rounds "more than" to the step the writer rounded to', () => {
    expect(rangeOf(5200, 'more than')).toMatchObject({ low: 5200, high: 5300 });
    expect(rangeOf(37, 'over')).toMatchObject({ low: 37, high: 38 });
  });
});
