import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDates, formatDate, isValidDate, parseDate } from './dates.js';

describe('parseDate', () => {
  it.each([
    ['2024', 'year', '2024-01-01', '2024-12-31'],
    ['2024-Q2', 'quarter', '2024-04-01', '2024-06-30'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-05-08', 'day', '2024-05-08', '2024-05-08'],
  ])('%s is a %s from %s to %s', (input, precision, start, end) => {
    expect(parseDate(input)).toEqual({ text: input, precision, start, end });
  });

  it.each([
    '',
    '24',
    '2024-5',
    '2024-13',
    '2024-00',
    '2023-02-29',
    '2024-04-31',
    '2024-Q5',
    'May 2024',
    '2024/05/08',
    '0999',
  ])('rejects %j with a reason naming the input', (input) => {
    expect(() => parseDate(input)).toThrow(JSON.stringify(input));
    expect(isValidDate(input)).toBe(false);
  });
});

describe('compareDates', () => {
  it('says a month and a day inside it are undecided, not before or after', () => {
    expect(compareDates('2024-05', '2024-05-08')).toBe('undecided');
    expect(compareDates('2024-05-08', '2024-05')).toBe('undecided');
  });
  it('orders disjoint intervals', () => {
    expect(compareDates('2024-04', '2024-05-08')).toBe('before');
    expect(compareDates('2024-Q3', '2024-05')).toBe('after');
    expect(compareDates('2023', '2024-Q1')).toBe('before');
  });
  it('knows equal intervals written differently are the same', () => {
    expect(compareDates('2024-05', '2024-05')).toBe('same');
  });
  it('is antisymmetric for any two valid dates', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(
        ([y, p, m, d]) =>
          [
            `${y}`,
            `${y}-Q${((m - 1) % 4) + 1}`,
            `${y}-${String(m).padStart(2, '0')}`,
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          ][p]!,
      );
    fc.assert(
      fc.property(date, date, (a, b) => {
        const ab = compareDates(a, b);
        const ba = compareDates(b, a);
        const flip = { before: 'after', after: 'before', same: 'same', undecided: 'undecided' } as const;
        return ba === flip[ab];
      }),
    );
  });
});

describe('formatDate', () => {
  it('keeps the precision when formatting', () => {
    expect(formatDate('2024-05-08')).toBe('8 May 2024');
    expect(formatDate('2024-05')).toBe('May 2024');
    expect(formatDate('2024-Q2')).toBe('Q2 2024');
    expect(formatDate('2024')).toBe('2024');
  });
});
