/**
 * @module Tests of segmentation: offsets always point into the normalized text.
 */
import { describe, expect, it } from 'vitest';
import { segment } from './segment.js';

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

  it('does not split decimals', () => {
    expect(sentences('It cost 2.5 billion euros. Done.')).toEqual(['It cost 2.5 billion euros.', 'Done.']);
  });
});
