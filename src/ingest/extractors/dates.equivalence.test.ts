/**
 * @module Property tests: `findDates` returns exactly what the chrono-heavy reference returned, on
 * generated date-ish text and on real paragraphs (seeds and the generated corpus).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDocument, prng } from '../../../bench/corpus/generate.js';
import { segment } from '../segment.js';
import { findDates } from './dates.js';
import { findDatesReference } from './testing/dates-reference.js';

const FRAGMENTS = [
  ...['May', 'may', 'March', 'march', 'Oct.', 'Sept.', 'sept', 'June', 'jan', 'December', 'Dec.', 'Tuesday', 'Mon'],
  ...['1st', '6th', '22nd', '31', '08', '5', '2', '12', '2024', '1999', '2049', '1950', '2022', 'Q3', '06.10.2022'],
  ...['ago', 'last', 'next', 'this', 'past', 'earlier', 'later', 'yesterday', 'today', 'tomorrow', 'tonight'],
  ...['month', 'months', 'year', 'years', 'week', 'days', 'quarter', 'two', 'three', 'twelve', 'a', 'an', 'the', 'few'],
  ...['in', 'on', 'of', 'at', 'to', 'through', 'until', 'after', 'before', 'from', 'since', 'end', 'and', 'about'],
  ...['noon', 'morning', '10:00', 'am', 'pm', 'GMT', 'CET', 'AD', 'first', 'third', 'second', 'fourth'],
  ...['government', 'police', 'treaty', 'China', 'Serbia', 'signed', 'with', 'criticism', 'according', 'be', 'T'],
  ...[',', '.', ';', '-', '–', '/', '(', ')', '+', ':', '’s', '”'],
];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '  ', ', ', '. ', '\n'];
const REFERENCES = [undefined, '2025-09-10', '2024-02-29', '2025-09', '2019-12', '2025', '2001'];

const text = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), fc.constantFrom(...SEPARATORS)),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const PHRASES = [
  ...['last month', 'next year', 'this week', 'two years ago', '12 days ago', 'earlier this year', 'later this month'],
  ...[
    'last Tuesday',
    'last Friday,',
    'last Sunday )',
    'in may',
    'this may',
    'to may',
    'through May',
    'may at',
    'may of',
  ],
  ...['may on', 'may to', 'may after', 'on 6 October 2022', 'May 2024', 'in the third quarter of 2017'],
];
/** Relative forms and "may" between the words chrono could join to them. */
const phrase = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 8 })
  .chain((words) =>
    fc.tuple(fc.constant(words), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 })),
  )
  .map(([words, seps]) => words.map((w, i) => w + (seps[i] ?? ' ')).join(''));

function same(t: string, reference?: string): void {
  expect(findDates(t, reference)).toEqual(findDatesReference(t, reference));
}

describe('findDates equals the reference implementation', () => {
  it('on generated date-ish text, with and without a document date', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...REFERENCES), (t, reference) => same(t, reference)),
      { numRuns: 3000 },
    );
  });

  it('on relative forms and "may" in generated contexts', () => {
    fc.assert(
      fc.property(phrase, fc.constantFrom(...REFERENCES), (t, reference) => same(t, reference)),
      { numRuns: 20000 },
    );
  });

  it('on the seed paragraphs', () => {
    const dir = join(import.meta.dirname, '../../../../shared/seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    for (const f of files)
      for (const p of segment(readFileSync(join(dir, f), 'utf8')).paragraphs)
        for (const reference of REFERENCES) same(p.view, reference);
  });

  it('on generated corpus paragraphs', () => {
    const r = prng(7);
    for (let n = 0; n < 40; n++)
      for (const p of segment(makeDocument(r, 6_000, n)).paragraphs)
        for (const reference of [undefined, '2025-09-10', '2025']) same(p.view, reference);
  });
});
