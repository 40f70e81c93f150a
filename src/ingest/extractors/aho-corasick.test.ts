/**
 * @module Tests of the Aho–Corasick automaton, including a property test against a naive matcher.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, foldCase, type AcMatch } from './aho-corasick.js';

/** Every occurrence of every folded pattern by `indexOf`, in the automaton's order: by end, longest first. */
function naiveAll(patterns: readonly string[], folded: string): AcMatch[] {
  const all: AcMatch[] = [];
  patterns.forEach((p, pattern) => {
    const f = foldCase(p);
    if (!f) return;
    for (let at = folded.indexOf(f); at >= 0; at = folded.indexOf(f, at + 1))
      all.push({ start: at, end: at + f.length, pattern });
  });
  return all.sort((a, b) => a.end - b.end || a.start - b.start || a.pattern - b.pattern);
}

function boundary(folded: string, i: number): boolean {
  return i < 0 || i >= folded.length || !/[\p{L}\p{N}]/u.test(folded[i] as string);
}

/** Word-bounded, accepted occurrences, then leftmost-longest (lowest pattern on a tie), non-overlapping. */
function naiveFind(patterns: readonly string[], text: string, accept: (p: number, s: number) => boolean): AcMatch[] {
  const folded = foldCase(text);
  const all = naiveAll(patterns, folded)
    .filter((m) => boundary(folded, m.start - 1) && boundary(folded, m.end) && accept(m.pattern, m.start))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const out: AcMatch[] = [];
  let reach = 0;
  for (const m of all) {
    if (m.start >= reach) {
      out.push(m);
      reach = m.end;
    }
  }
  return out;
}

/** Pieces that stress folding and boundaries: case, typographic apostrophes and dashes, "İ", "Σ", astral. */
const PIECES = [
  'a',
  'b',
  'ab',
  'ba',
  'A',
  'B',
  'é',
  'É',
  'с',
  'С',
  'ј',
  "'",
  '’',
  'ʼ',
  '-',
  '—',
  ' ',
  '.',
  'İ',
  'i',
  'Σ',
  'σ',
  'ς',
  'ß',
  'K',
  '😀',
  '𐐀',
  '𐐨',
  '1',
];

const piece = fc.constantFrom(...PIECES);
const patternList = fc.array(
  fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
  { minLength: 1, maxLength: 8 },
);
/** A text of pieces and whole patterns, some of them upper-cased. */
function textOf(patterns: readonly string[]): fc.Arbitrary<string> {
  const whole = fc.constantFrom(...patterns).chain((p) => fc.constantFrom(p, p.toUpperCase(), ` ${p} `));
  return fc
    .array(
      fc.oneof(
        piece,
        whole,
        fc.string({ unit: 'grapheme', maxLength: 3 }),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 30 },
    )
    .map((t) => t.join(''));
}

describe('AhoCorasick', () => {
  it('finds leftmost-longest word-bounded matches in one pass', () => {
    const ac = new AhoCorasick(['Serbia', 'Bosnia', 'Bosnia and Herzegovina', 'he', 'she', 'hers']);
    const text = 'Serbian troops? No: Serbia and Bosnia and Herzegovina; she said hers.';
    const found = ac.find(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['Serbia', 'Bosnia and Herzegovina', 'she', 'hers']);
  });

  it('folds case and typographic apostrophes and dashes', () => {
    const ac = new AhoCorasick(["People's Republic of China", 'China-Serbia']);
    const text = 'the PEOPLE’S REPUBLIC OF CHINA and the China–Serbia treaty';
    expect(ac.find(text).map((m) => m.pattern)).toEqual([0, 1]);
  });

  it('matches Cyrillic', () => {
    const ac = new AhoCorasick(['Србија', 'Кина']);
    expect(ac.find('Србија и Кина').length).toBe(2);
  });

  it('keeps offsets across "İ" and matches "Σ" as the whole text folds it', () => {
    const ac = new AhoCorasick(['istanbul', 'οδο\u03c3']);
    expect(ac.find('İ istanbul').map((m) => m.start)).toEqual([2]);
    // The whole text folds a final "Σ" to "ς", not "σ".
    expect(ac.find('ΟΔΟΣ οδο\u03c3').map((m) => m.start)).toEqual([5]);
  });

  it('asks accept only about word-bounded occurrences, before choosing the longest', () => {
    const ac = new AhoCorasick(['US', 'US Army', 'he']);
    const seen: number[] = [];
    const found = ac.find('the US Army', (pattern, start) => {
      seen.push(start);
      return pattern !== 1;
    });
    expect(seen).toEqual([4, 4]);
    expect(found).toEqual([{ start: 4, end: 6, pattern: 0 }]);
  });

  it('agrees with a naive matcher on every occurrence and on the chosen matches', () => {
    fc.assert(
      fc.property(
        patternList.chain((patterns) => fc.tuple(fc.constant(patterns), textOf(patterns), fc.nat(3))),
        ([patterns, text, k]) => {
          const ac = new AhoCorasick(patterns);
          const folded = foldCase(text);
          expect(ac.findAll(folded)).toEqual(naiveAll(patterns, folded));
          const accept = (pattern: number, start: number): boolean => (pattern + start) % 4 !== k;
          expect(ac.find(text, accept)).toEqual(naiveFind(patterns, text, accept));
          expect(ac.find(text)).toEqual(naiveFind(patterns, text, () => true));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
