/**
 * @module Tests of the Aho–Corasick automaton.
 */
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.js';

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
});
