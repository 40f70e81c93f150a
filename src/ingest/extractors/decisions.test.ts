/**
 * @module Tests of extradition decision extraction (made-up sentences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COURT, EXTRADITION, extractDecisions } from './decisions.js';
import { KEYWORD, keywordsIn } from './keywords.js';
import { docOf } from './test-doc.js';

function facts(text: string): string[] {
  const { doc } = docOf(text);
  return extractDecisions(doc).map(
    (c) =>
      `${c.entity.id} ${c.property} ${c.value.type === 'text' ? c.value.text : c.value.type === 'ref' ? c.value.id : c.value.type === 'date' ? c.value.date : c.value.type}`,
  );
}

describe('extractDecisions', () => {
  it('reads court, level, outcome, date and grounds', () => {
    expect(
      facts(
        'In 2021, the Supreme Court of Peru refused the extradition of a businessman to China, citing the risk of torture.',
      ),
    ).toEqual([
      'decision:pe-supreme-court-2021-extradition decided_by court:pe-supreme-court',
      'decision:pe-supreme-court-2021-extradition outcome extradition refused',
      'decision:pe-supreme-court-2021-extradition court_level supreme court',
      'decision:pe-supreme-court-2021-extradition decided_on 2021',
      'decision:pe-supreme-court-2021-extradition ground risk of torture',
    ]);
  });

  it('names a court the same whether "the" before it is capitalised or not', () => {
    expect(
      facts('The Supreme Court of Peru refused the extradition of a businessman to China in 2021.').filter((f) =>
        f.includes(' decided_by '),
      ),
    ).toEqual(['decision:pe-supreme-court-2021-extradition decided_by court:pe-supreme-court']);
  });

  it('gives each court in a chain its own outcome (passive voice)', () => {
    const out = facts(
      'Chile received an extradition request from China. It was approved by the Santiago Court of Appeal, but then overruled by the Supreme Court.',
    );
    expect(out.filter((f) => f.includes(' outcome '))).toEqual([
      'decision:cl-santiago-court-of-appeal-undated-extradition outcome extradition approved',
      'decision:cl-supreme-court-undated-extradition outcome approval overruled',
    ]);
  });

  it('does not name an unidentified court, and reads interim measures of a treaty body', () => {
    expect(facts('A Kenyan court denied an extradition to China.')).not.toContain(
      expect.stringContaining('decided_by'),
    );
    expect(facts('The UN Committee Against Torture imposed interim measures halting the extradition.')).toContain(
      'decision:un-committee-against-torture-undated-extradition outcome interim measures: extradition not to be carried out',
    );
  });

  it('ignores paragraphs that are not about extradition', () => {
    expect(facts('In 2019, the Constitutional Court of Peru upheld the new tax law.')).toEqual([]);
  });
});

describe('decision pre-check', () => {
  it('skips the court-name pattern only where it cannot match (no "our")', () => {
    const WORDS = [
      'Court',
      'court',
      'COURT',
      'Cour de cassation',
      'Cour',
      'our',
      'Supreme',
      'of Appeal',
      'Italian',
      'the',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 12 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, (t) => {
        if (new RegExp(COURT.source, 'u').test(t)) expect(t.includes('our')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips a paragraph only when none of its sentences has the extradition keyword', () => {
    const WORDS = ['extradition', 'Extradited', 'SURRENDER', 'refoulement', 'non-refoulement', 'the', '-', 'x'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 8 })
      .chain((ws) => fc.constantFrom(ws.join(' '), ws.join('')));
    fc.assert(
      fc.property(text, (t) => {
        if (EXTRADITION.test(t)) expect(keywordsIn(t) & KEYWORD.EXTRADITION).not.toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a paragraph whose only extradition word a long sentence was cut through', () => {
    // No space for 4,000 characters: the sentence is cut inside "/extradition/", which no sentence then holds.
    const text = `The Supreme Court of Peru refused the request. ${'y'.repeat(3995)}/extradition/`;
    expect(facts(text)).toContain('decision:pe-supreme-court-undated-extradition outcome extradition refused');
  });
});
