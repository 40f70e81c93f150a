/**
 * @module Tests of money, percentage and count extraction.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

describe('findQuantities', () => {
  it('reads money with currency and scale words', () => {
    const q = findQuantities('a loan of €140 million, $3.2bn, 1,000,000 euros and USD 5 billion');
    expect(q.map((x) => (x.kind === 'money' ? [x.amount, x.currency] : null))).toEqual([
      [140_000_000, 'EUR'],
      [3_200_000_000, 'USD'],
      [1_000_000, 'EUR'],
      [5_000_000_000, 'USD'],
    ]);
  });

  it('reads percentages and counts with units', () => {
    const q = findQuantities(
      'almost 100 percent; 85% financed; 28 agreements, 1,000 cameras and four Chinese police officers',
    );
    expect(q.map((x) => [x.kind, x.amount, x.kind === 'count' ? x.unit : ''])).toEqual([
      ['percent', 100, ''],
      ['percent', 85, ''],
      ['count', 28, 'agreements'],
      ['count', 1000, 'cameras'],
      ['count', 4, 'police officers'],
    ]);
  });

  it('reads the same text the same way on every call (the patterns are shared and global)', () => {
    const text = 'Serbia paid €1.2 billion, 15% more, for 1,000 cameras.';
    const first = findQuantities(text);
    expect(first).toEqual([
      { kind: 'money', start: 12, end: 24, amount: 1_200_000_000, currency: 'EUR' },
      { kind: 'percent', start: 26, end: 29, amount: 15 },
      { kind: 'count', start: 40, end: 53, amount: 1000, unit: 'cameras' },
    ]);
    expect(findQuantities('$5 m and 3 patrols')).toEqual([
      { kind: 'money', start: 0, end: 4, amount: 5_000_000, currency: 'USD' },
      { kind: 'count', start: 9, end: 18, amount: 3, unit: 'patrols' },
    ]);
    expect(findQuantities(text)).toEqual(first);
  });

  it('finds amounts wherever the first digit is, and counts at any word start', () => {
    expect(findQuantities('USD 5 billion; then US$ 7m')).toEqual([
      { kind: 'money', start: 0, end: 13, amount: 5_000_000_000, currency: 'USD' },
      { kind: 'money', start: 20, end: 26, amount: 7_000_000, currency: 'USD' },
    ]);
    expect(findQuantities('twelve agreements,(4 loans) and five new deals; no 2019 agreements')).toEqual([
      { kind: 'count', start: 0, end: 17, amount: 12, unit: 'agreements' },
      { kind: 'count', start: 19, end: 26, amount: 4, unit: 'loans' },
      { kind: 'count', start: 32, end: 46, amount: 5, unit: 'deals' },
    ]);
    expect(findQuantities('Fifty percent of nothing')).toEqual([]);
  });
});
