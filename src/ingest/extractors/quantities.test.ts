/**
 * @module Tests of money, percentage and count extraction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceFindQuantities } from '../testing/quantities-reference.js';
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
});

describe('findQuantities, property', () => {
  /** Pieces every pattern reads: numbers, symbols, currency and scale words, units, case and spacing. */
  const PIECES = [
    ...['1', '12', '1,000', '2019', '3.5', '0.25', '1,234,567.8', '85'],
    ...['€', '$', 'US$', '£', '¥', 'RMB', 'EUR', 'usd', 'Swiss francs', 'euros', 'Dinars', 'forints'],
    ...['million', 'bn', 'k', 'm', 'B', 'thousand', 'tn', '%', 'percent', 'per cent'],
    ...['two', 'Four', 'dozens', 'hundred', 'agreements', 'police officers', 'Police Stations', 'MoUs', 'people'],
    ...['Chinese', 'new', 'joint', 'more', ' ', ' ', ' ', '  ', '-', ',', '.', 'a', 'é'],
  ];
  const text = fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    { maxLength: 40 },
  );

  it('finds what the matchAll version found', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', ' '), (pieces, sep) => {
        const t = pieces.join(sep);
        expect(findQuantities(t)).toEqual(referenceFindQuantities(t));
      }),
      { numRuns: 5_000 },
    );
  });
});
