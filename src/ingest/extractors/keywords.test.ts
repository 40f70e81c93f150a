/**
 * @module Tests of the shared keyword scan (each extractor's tests check its own patterns against it).
 */
import { describe, expect, it } from 'vitest';
import { KEYWORD, keywordsIn, keywordsOf } from './keywords.js';
import { docOf } from './test-doc.js';

describe('keywordsIn', () => {
  it('sets the bit of every word found, in any case', () => {
    expect(keywordsIn('The TREATY was Signed and later ratified.')).toBe(
      KEYWORD.INSTRUMENT | KEYWORD.SIGNED | KEYWORD.RATIFIED | KEYWORD.REJECTED,
    );
    expect(keywordsIn('Joint patrols and body-cams; see https://example.org')).toBe(
      KEYWORD.PATROL | KEYWORD.EQUIPMENT | KEYWORD.URL_OR_FUNDED,
    );
    expect(keywordsIn('the Chinese-funded plant; his extradition')).toBe(KEYWORD.URL_OR_FUNDED | KEYWORD.EXTRADITION);
  });

  it('finds words at a word start only, but for those that may follow a letter', () => {
    expect(keywordsIn('a design of the designated safehouse')).toBe(KEYWORD.CITY_BRAND);
    expect(keywordsIn('a designer')).toBe(0);
    expect(keywordsIn('ſcrapped')).toBe(KEYWORD.TERMINATED);
  });

  it('finds a word whose start another match covers ("body camera")', () => {
    expect(keywordsIn('body camera')).toBe(KEYWORD.EQUIPMENT);
  });
});

describe('keywordsOf', () => {
  it('gives each sentence its bits, computed once per document', () => {
    const { doc } = docOf('The treaty entered into force. Nothing here. Police patrols began.');
    const bits = keywordsOf(doc);
    expect([...bits]).toEqual(doc.sentences.map((s) => keywordsIn(s.text)));
    expect(bits[1]).toBe(0);
    expect(keywordsOf(doc)).toBe(bits);
  });
});
