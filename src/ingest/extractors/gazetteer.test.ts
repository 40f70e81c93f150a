/**
 * @module Tests of the gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from './gazetteer.js';

function ids(text: string): string[] {
  return findMentions(text).map((m) => `${m.role}:${m.ref.id}`);
}

describe('findMentions', () => {
  it('finds countries, demonyms, capitals and bodies', () => {
    expect(
      ids('Chinese police in Belgrade; the EU and the European Court of Human Rights; Bosnia and Herzegovina'),
    ).toEqual([
      'demonym:country:CN',
      'capital:country:RS',
      'body:organization:european-union',
      'body:court:echr',
      'country:country:BA',
    ]);
  });

  it('reads Serbian Latin and Cyrillic names', () => {
    expect(ids('Srbija i Kina; Србија и Кина; Mađarska')).toEqual([
      'country:country:RS',
      'country:country:CN',
      'country:country:RS',
      'country:country:CN',
      'country:country:HU',
    ]);
  });

  it('needs exact case for short acronyms', () => {
    expect(ids('the US and us; the EU and eu')).toEqual(['country:country:US', 'body:organization:european-union']);
  });

  it('finds seed cities with their country', () => {
    const m = findMentions('a factory in Zrenjanin');
    expect(m[0]?.country).toBe('RS');
    expect(m[0]?.city).toBe('Zrenjanin');
  });
});
