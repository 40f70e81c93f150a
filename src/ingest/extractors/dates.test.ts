/**
 * @module Tests of date finding with precision.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MONTHS } from '../../domain/dates.js';
import { chronoDates, chronoFor, findDates, findTriggers, findWrittenDates } from './dates.js';

// chrono as it is, with its calls counted (whatever parsers it is configured with).
const parse = vi.spyOn(chrono.Chrono.prototype, 'parse');

function dates(text: string, ref?: string): (string | null)[] {
  return findDates(text, ref).map((d) => d.date);
}

describe('findDates', () => {
  it('keeps the precision the text gives', () => {
    expect(dates('signed on 8 May 2024, ratified in May 2024, in force since 2025')).toEqual([
      '2024-05-08',
      '2024-05',
      '2025',
    ]);
    expect(dates('in the third quarter of 2017 and Q2 2024')).toEqual(['2017-Q3', '2024-Q2']);
    expect(dates('Tanjug, 08.05.2024; and on October 7, 2010')).toEqual(['2024-05-08', '2010-10-07']);
  });

  it('never invents a relative date without a document date', () => {
    const found = findDates('Just two months ago, Hungary ratified its treaty.');
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBeNull();
    expect(found[0]?.relative).toBe(true);
  });

  it('resolves a relative date against the document date', () => {
    expect(dates('Just two months ago, Hungary ratified its treaty.', '2025-09-10')).toEqual(['2025-07']);
  });

  it('reads quarters in any case', () => {
    expect(dates('IN THE FIRST QUARTER OF 2020')).toEqual(['2020-Q1']);
    expect(dates('q3 2021')).toEqual(['2021-Q3']);
    expect(dates('Q4 2019')).toEqual(['2019-Q4']);
  });

  it('ignores numbers that are not years', () => {
    expect(dates('It cost 2024.5 million and 2,000 people; pages 2019-2020')).toEqual([]);
  });
});

describe('dates read without chrono', () => {
  it('reads day, month and year as chrono does, spans included', () => {
    const text = 'Signed on 6 October 2022, the 6th of October 2022, on October 6, 2022 and 8 May 2024.';
    expect(findDates(text)).toEqual(chronoDates(text));
    expect(dates(text)).toEqual(['2022-10-06', '2022-10-06', '2022-10-06', '2024-05-08']);
    expect(findDates('signed on 8 May 2024')[0]).toMatchObject({ start: 7, end: 20, relative: false });
  });

  it('reads month and year, with or without a document date', () => {
    const cases: [string, string][] = [
      ['ratified in May 2024.', '2024-05'],
      ['Oct. 2022', '2022-10'],
      ['by Sept 2021 the', '2021-09'],
      ['in March of 2020', '2020-03'],
      ['June, 2019', '2019-06'],
    ];
    for (const ref of [undefined, '2025-09-10'])
      for (const [text, date] of cases) {
        expect(dates(text, ref)).toEqual([date]);
        expect(findDates(text, ref)).toEqual(chronoDates(text, ref));
      }
  });

  it('finds absolute forms however close together or spaced, as chrono does', () => {
    for (const text of [
      'on   6th of May 2024',
      'Oct. of 2022 and 5 June 2023; June 2021 May 2020',
      'it may rain: 2 May 2020, 3 May 2020',
    ])
      expect(findDates(text)).toEqual(chronoDates(text));
    expect(dates('Oct. of 2022 and 5 June 2023; June 2021 May 2020')).toEqual([
      '2022-10',
      '2023-06-05',
      '2021-06',
      '2020-05',
    ]);
  });

  it('leaves forms chrono would merge to chrono', () => {
    for (const text of [
      'from 6 to 8 October 2022',
      'Monday, 6 October 2022',
      '6 October 2022 at 10:00',
      'end of May 2024',
    ])
      expect(findDates(text)).toEqual(chronoDates(text));
  });

  it('still reads relative dates beside a rule-read date, resolved only against a document date', () => {
    const text = 'Signed on 8 May 2024, ratified two months later.';
    expect(dates(text)).toEqual(['2024-05-08', null]);
    expect(findDates(text)[1]?.relative).toBe(true);
    expect(dates(text, '2025-09-10')).toEqual(['2024-05-08', '2025-11']);
  });

  it('leaves to chrono the numeric dates, durations and casual days beside a rule-read date', () => {
    for (const rest of [
      'in force 3d later',
      'reviewed a mo later',
      'amended 12/5',
      'due next Friday',
      'ratified today',
    ])
      for (const text of [`Signed on 8 May 2024, ${rest}.`, `${rest}, signed on 8 May 2024`]) {
        expect(findDates(text)).toEqual(chronoDates(text));
        expect(findDates(text)).toHaveLength(2);
      }
  });

  it('takes "may" and lower-case "march" as a month only beside a date', () => {
    expect(findDates('Courts may refuse and protesters march peacefully.')).toEqual([]);
    expect(dates('in may', '2025-09-10')).toEqual(['2025-05']);
    expect(dates('on 5 may 2024 and march 2020')).toEqual(['2024-05-05', '2020-03']);
  });

  it('agrees with chrono on generated date phrases', () => {
    const month = fc.constantFrom(...MONTHS, 'Jan', 'Sept', 'Oct.', 'dec', 'MAY');
    const year = fc.integer({ min: 1900, max: 2099 });
    const day = fc.integer({ min: 1, max: 31 });
    const phrase = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('', 'on '),
          day,
          fc.constantFrom('', 'th'),
          fc.constantFrom(' ', ' of '),
          month,
          fc.constantFrom(' ', ', '),
          year,
        )
        .map((p) => p.join('')),
      fc.tuple(month, fc.constant(' '), day, fc.constantFrom(' ', ', '), year).map((p) => p.join('')),
      fc.tuple(fc.constantFrom('', 'in '), month, fc.constantFrom(' ', ', ', ' of '), year).map((p) => p.join('')),
    );
    const around = fc.constantFrom(
      '',
      'It was signed ',
      'Monday, ',
      'at 10:00 on ',
      'from 5 to ',
      'end of ',
      'Reports say ',
    );
    const after = fc.constantFrom(
      '',
      '.',
      ', the ministry said',
      ' at noon',
      ' to 9 June 2023',
      ' AD',
      ' and is now in force',
      ', 10:00',
    );
    fc.assert(
      fc.property(around, phrase, after, fc.constantFrom(undefined, '2021-03'), (a, p, b, ref) => {
        const text = a + p + b;
        const expected = chronoDates(text, ref).filter((d) => !/^\d{4}$/.test(text.slice(d.start, d.end)));
        expect(findDates(text, ref).filter((d) => d.date === null || !/^\d{4}$/.test(d.date))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findWrittenDates', () => {
  const texts = [
    '[4] Ivo Marsh, “Night Ferries,” Harbour Notes, last month, https://example.org/12/1',
    'Harbour Notes, 3 May 2021, https://example.org/12/1, two weeks ago',
    'Harbour Notes, 4 June 2019, https://example.org/12/1/2020',
    'Harbour Notes, 4 June 2019, https://example.org/2020/01/15/ferries',
    'Harbour Notes, March 2020 - 12/1',
    'Signed on 8 May 2024, ratified two months later, in force since 2025.',
  ];

  it('gives the mentions findDates dates without a document date', () => {
    for (const text of texts) expect(findWrittenDates(text)).toEqual(findDates(text).filter((d) => d.date !== null));
    expect(findWrittenDates(texts[2] as string).map((d) => d.date)).toEqual(['2019-06-04', '2020-12-01']);
    expect(findWrittenDates(texts[4] as string)).toEqual([{ start: 15, end: 32, date: '2020-03', relative: false }]);
  });

  it('leaves chrono out where it could only find undated mentions: no year, or past a URL', () => {
    parse.mockClear();
    expect(findWrittenDates(texts[0] as string)).toEqual([]);
    expect(findWrittenDates('Harbour Notes, 3 May 2021, https://example.org/12/1').map((d) => d.date)).toEqual([
      '2021-05-03',
    ]);
    expect(parse).not.toHaveBeenCalled();
    expect(findDates('Harbour Notes, 3 May 2021, https://example.org/12/1')).toHaveLength(2);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('findTriggers', () => {
  const month =
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
  const whole = new RegExp(`\\b(?:${month}|yesterday|today|tomorrow|ago|last|next|earlier|later)\\b`, 'gi');
  const spans = (text: string) => [...text.matchAll(whole)].map((m) => [m.index, m.index + m[0].length, m[0]]);

  it('finds the whole words a word-boundary pattern finds', () => {
    expect(findTriggers('May,may mayor 5May Sept. last_ ago')).toEqual([
      { start: 0, end: 3, word: 'May' },
      { start: 4, end: 7, word: 'may' },
      { start: 19, end: 23, word: 'Sept' },
      { start: 31, end: 34, word: 'ago' },
    ]);
    const text = fc.array(fc.constantFrom('May', 'june', 'LAST', 'ago', 'x', '1', '_', ' ', ',', '’', 'é'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const t = parts.join('');
        expect(findTriggers(t).map((x) => [x.start, x.end, x.word])).toEqual(spans(t));
      }),
    );
  });
});

describe('chronoFor', () => {
  it('is checked against the chrono version it was written for', () => {
    const pkg = new URL('../../../node_modules/chrono-node/package.json', import.meta.url);
    // Another version may change what its parsers need: check PARSER_NEEDS against its patterns, then this.
    expect((JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version).toBe('2.10.3');
  });

  it('leaves out parsers that cannot match, and reads as chrono does', () => {
    expect(chronoFor('signed last week').parsers.length).toBeLessThan(chrono.casual.parsers.length);
    expect(chronoFor('signed on 6 May 2024, ago, later, this Monday').parsers).toEqual(chrono.casual.parsers);
    const words =
      ' |, |5|12/10|2024|10:30|May|march|Sept.|sat|Monday|weekend|the|in|of|two|a|days|week|years|ago|before|' +
      'earlier|later|after|out|from now|this|last|next|noon|today|to|-';
    const part = fc.constantFrom(...words.split('|'));
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 10 }),
        fc.constantFrom(new Date('2000-01-01'), new Date('2021-03-15')),
        (p, ref) => {
          const text = p.join(' ');
          expect(chronoFor(text).parse(text, ref)).toEqual(chrono.parse(text, ref));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
