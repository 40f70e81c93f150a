/**
 * @module Tests of date finding with precision.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

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

  it('ignores numbers that are not years', () => {
    expect(dates('It cost 2024.5 million and 2,000 people; pages 2019-2020')).toEqual([]);
  });
});
