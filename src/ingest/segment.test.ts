/**
 * @module Tests of segmentation: offsets always point into the normalized text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildView, MAX_SENTENCE, segment, sentenceStarts } from './segment.js';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => s.text);
}

describe('segment', () => {
  it('splits sentences and keeps source offsets', () => {
    const text = 'The treaty was signed in 2024. Serbia has not ratified it.\n\nA new paragraph! Really?';
    const seg = segment(text);
    expect(seg.sentences.map((s) => s.text)).toEqual([
      'The treaty was signed in 2024.',
      'Serbia has not ratified it.',
      'A new paragraph!',
      'Really?',
    ]);
    for (const s of seg.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('joins PDF line breaks and line-end hyphenation, with offsets into the original', () => {
    const text = 'The court refused the extra-\ndition request of the\ngovernment of China. Then it ended.';
    const seg = segment(text);
    expect(seg.sentences[0]?.text).toBe('The court refused the extradition request of the government of China.');
    const s = seg.sentences[0];
    expect(text.slice(s?.start, s?.end)).toBe(
      'The court refused the extra-\ndition request of the\ngovernment of China.',
    );
  });

  it('keeps abbreviations and initials inside a sentence', () => {
    expect(sentences('Mr. Doe went to the E.U. court. It ruled in Doe v. Utopia.')).toEqual([
      'Mr. Doe went to the E.U. court.',
      'It ruled in Doe v. Utopia.',
    ]);
  });

  it('splits bullet lists into items', () => {
    const text = 'Key points:\n• Serbia signed 28 agreements\n• China ratified the treaty\n- Hungary too';
    expect(sentences(text)).toEqual([
      'Key points:',
      '• Serbia signed 28 agreements',
      '• China ratified the treaty',
      '- Hungary too',
    ]);
  });

  it('ends a sentence after a footnote marker', () => {
    expect(sentences('It was signed in May.[12] The parliament waits.')).toEqual([
      'It was signed in May.[12]',
      'The parliament waits.',
    ]);
    expect(sentences('It was signed in May.12 The parliament waits.')).toEqual([
      'It was signed in May.12',
      'The parliament waits.',
    ]);
  });

  it('cuts a run with no sentence end into sentences of at most MAX_SENTENCE, at spaces', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i % 97}`);
    const text = `Title\n\n${words.join(' ')}`;
    const seg = segment(text).sentences.slice(1);
    expect(seg.length).toBeGreaterThan(5);
    for (const s of seg) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Whole words, none lost or repeated.
    expect(seg.map((s) => s.text).join(' ')).toBe(words.join(' '));
  });

  it('cuts a run with no space hard, never inside a surrogate pair', () => {
    const text = 'a'.repeat(MAX_SENTENCE - 1) + '𝒳' + 'b'.repeat(MAX_SENTENCE * 2);
    const seg = segment(text).sentences;
    expect(seg.map((s) => s.text).join('')).toBe(text);
    for (const s of seg) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text.charCodeAt(0) & 0xfc00).not.toBe(0xdc00);
    }
  });

  it('does not split decimals', () => {
    expect(sentences('It cost 2.5 billion euros. Done.')).toEqual(['It cost 2.5 billion euros.', 'Done.']);
  });
});

describe('segment fast paths', () => {
  // The straightforward versions the fast ones must equal.
  function referenceView(text: string, start: number, end: number): { view: string; map: number[] } {
    const chars: string[] = [];
    const map: number[] = [];
    let i = start;
    while (i < end) {
      const c = text[i] as string;
      if (c === '\u00AD') {
        i++;
        continue;
      }
      if (c === '-' && chars.length > 0 && /\p{Ll}/u.test(chars[chars.length - 1] ?? '')) {
        let j = i + 1;
        while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
        if (text[j] === '\n') {
          j++;
          while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
          if (/\p{Ll}/u.test(text[j] ?? '')) {
            i = j;
            continue;
          }
        }
      }
      if (c === ' ' || c === '\n' || c === '\t' || c === '\u00A0' || c === '\f' || c === '\v') {
        if (chars.length > 0 && chars[chars.length - 1] !== ' ') {
          chars.push(' ');
          map.push(i);
        }
        i++;
        continue;
      }
      chars.push(c);
      map.push(i);
      i++;
    }
    while (chars[chars.length - 1] === ' ') {
      chars.pop();
      map.pop();
    }
    return { view: chars.join(''), map };
  }
  function referenceStarts(view: string): number[] {
    const starts = [0];
    const re = /([.!?…])["”’)\]]*(?:\[\d{1,3}\]|\d{1,3}(?=\s))?\s+(?=["“‘([]?[\p{Lu}\p{N}•])|\s+(?=[•●▪]\s)/gu;
    for (let m = re.exec(view); m; m = re.exec(view)) {
      const at = m.index;
      if (m[1] === '.') {
        const before = /([\p{L}.]+)$/u.exec(view.slice(Math.max(0, at - 12), at))?.[1] ?? '';
        if (ABBREVIATIONS_FOR_TEST.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
        if (/\d$/.test(view.slice(0, at)) && /^\.\d/.test(view.slice(at, at + 2))) continue;
      }
      const next = at + m[0].length;
      if (next < view.length) starts.push(next);
    }
    return starts;
  }
  const ABBREVIATIONS_FOR_TEST = new Set(
    'mr mrs ms dr prof st no nos art arts vs v e.g i.e etc al fig p pp para paras sec ch vol ed eds op cit ibid jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp gen col lt sen rep gov u.s u.k u.n e.u approx est jr sr'.split(
      ' ',
    ),
  );
  const PIECES = [
    ' ',
    '  ',
    '\n',
    ' \n ',
    '\t',
    '\u00A0',
    '\f',
    '\v',
    '\u00AD',
    '-',
    '-\n',
    'extra-\n dition',
    '\u2003',
  ];
  const WORDS = [
    'a',
    'The',
    'court',
    'É',
    'é',
    'ß',
    '𝐀',
    '𝐚',
    '2',
    '2.5',
    '.',
    '. ',
    '!',
    '?',
    '…',
    '"',
    '”',
    '(',
    '[1]',
  ];
  const MORE = ['Mr.', 'No. 3', 'e.g.', 'U.S.', 'v.', 'Art.', 'J.', '• ', '● ', '▪', '1. ', 'ſ', '\uD800', '𝐀. '];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES, ...WORDS, ...MORE), fc.string({ maxLength: 3 })), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it('buildView equals the character-by-character view', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, t.length);
        const end = Math.max(start, Math.min(t.length, start + b));
        const got = buildView(t, start, end);
        const want = referenceView(t, start, end);
        expect(got.view).toBe(want.view);
        expect([...got.map]).toEqual(want.map);
      }),
      { numRuns: 5000 },
    );
  });

  it('sentenceStarts equals the regex-only version', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { view } = buildView(t, 0, t.length);
        expect(sentenceStarts(view)).toEqual(referenceStarts(view));
      }),
      { numRuns: 5000 },
    );
  });
});
