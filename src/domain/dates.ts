/**
 * @module Partial dates with precision: `2024`, `2024-Q2`, `2024-05`, `2024-05-08`.
 * A partial date is an interval of days; comparing two intervals can be undecided
 * ("May 2024" is neither before nor after "2024-05-08"), and the API says so.
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'quarter' | 'month' | 'day';

/** A date known to some precision, kept as the canonical string plus its day interval. */
export interface PartialDate {
  readonly text: string;
  readonly precision: DatePrecision;
  /** First day covered, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly end: string;
}

/** The result of comparing two partial dates: `undecided` when their intervals overlap without being equal. */
export type DateOrder = 'before' | 'after' | 'same' | 'undecided';

export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`invalid date ${JSON.stringify(input)}: ${reason}`);
  }
}

const PATTERN = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a canonical partial date.
 * @throws InvalidDateError naming the input and what was expected.
 * @example parseDate('2024-Q2').end === '2024-06-30'
 */
export function parseDate(input: string): PartialDate {
  const m = PATTERN.exec(input);
  if (!m) throw new InvalidDateError(input, 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD');
  const year = Number(m[1]);
  if (year < 1000) throw new InvalidDateError(input, 'year must have four digits from 1000');
  if (m[2]) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    const last = first + 2;
    return {
      text: input,
      precision: 'quarter',
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`,
    };
  }
  if (m[3]) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) throw new InvalidDateError(input, `month ${m[3]} is not 01–12`);
    if (m[4]) {
      const day = Number(m[4]);
      const max = daysInMonth(year, month);
      if (day < 1 || day > max) throw new InvalidDateError(input, `day ${m[4]} is not 01–${max} for ${year}-${m[3]}`);
      return { text: input, precision: 'day', start: input, end: input };
    }
    return {
      text: input,
      precision: 'month',
      start: `${input}-01`,
      end: `${input}-${pad(daysInMonth(year, month))}`,
    };
  }
  return { text: input, precision: 'year', start: `${year}-01-01`, end: `${year}-12-31` };
}

/** True when `input` is a valid canonical partial date. */
export function isValidDate(input: string): boolean {
  try {
    parseDate(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Orders two partial dates by their intervals. Equal intervals are `same`; disjoint ones
 * `before`/`after`; overlapping but different ones (a month and a day in it) are `undecided`.
 */
export function compareDates(a: PartialDate | string, b: PartialDate | string): DateOrder {
  const x = typeof a === 'string' ? parseDate(a) : a;
  const y = typeof b === 'string' ? parseDate(b) : b;
  if (x.start === y.start && x.end === y.end) return 'same';
  if (x.end < y.start) return 'before';
  if (x.start > y.end) return 'after';
  return 'undecided';
}

/** A total order for sorting (by start, then by end, wider last); not a statement about time. */
export function sortKey(date: PartialDate | string): string {
  const d = typeof date === 'string' ? parseDate(date) : date;
  return `${d.start}/${d.end}`;
}

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats for people: `8 May 2024`, `May 2024`, `Q2 2024`, `2024`. */
export function formatDate(date: PartialDate | string): string {
  const d = typeof date === 'string' ? parseDate(date) : date;
  const [y, m, day] = d.start.split('-');
  const monthName = MONTHS[Number(m) - 1] ?? '';
  switch (d.precision) {
    case 'day':
      return `${Number(day)} ${monthName} ${y}`;
    case 'month':
      return `${monthName} ${y}`;
    case 'quarter':
      return d.text.slice(5) + ' ' + y;
    case 'year':
      return `${y}`;
  }
}

/** Today's date as a day-precision partial date string (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
