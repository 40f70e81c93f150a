/**
 * @module Tests of the analysed document: which sentence each mention, date and quantity belongs to
 * (made-up text).
 */
import { describe, expect, it } from 'vitest';
import { docOf } from './test-doc.js';

/** Each sentence's mentions, dates and quantities as the text they cover (offsets relative to the sentence). */
function annotations(text: string): string[][] {
  const { doc } = docOf(text);
  return doc.sentences.map((s) => [
    ...s.mentions.map((m) => `mention ${s.text.slice(m.start, m.end)}`),
    ...s.dates.map((d) => `date ${s.text.slice(d.start, d.end)}`),
    ...s.quantities.map((q) => `quantity ${s.text.slice(q.start, q.end)}`),
  ]);
}

describe('analyse', () => {
  it('gives each sentence of a paragraph its own mentions, dates and quantities', () => {
    expect(
      annotations(
        'Serbia and Hungary met in March 2019. Nothing was decided. Chile paid 40 million euros in 2020 and Peru nothing.',
      ),
    ).toEqual([
      ['mention Serbia', 'mention Hungary', 'date March 2019'],
      [],
      ['mention Chile', 'mention Peru', 'date 2020', 'quantity 40 million euros'],
    ]);
  });

  it('starts over in each paragraph', () => {
    expect(
      annotations('Kenya signed in 2015.\n\nIn 2016 Kenya and Ghana ratified.\n\nGhana left. Kenya stayed.'),
    ).toEqual([
      ['mention Kenya', 'date 2015'],
      ['mention Kenya', 'mention Ghana', 'date 2016'],
      ['mention Ghana'],
      ['mention Kenya'],
    ]);
  });
});
