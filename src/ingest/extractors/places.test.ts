/**
 * @module Tests of the places extractor.
 */
import { describe, expect, it } from 'vitest';
import { extractPlaces } from './places.js';
import { docOf } from './test-doc.js';

describe('extractPlaces', () => {
  it('proposes concerns for states and bodies named at least twice, evidenced by the first mention', () => {
    const { text, doc } = docOf('Peru met the EU. Peruvian officials and the EU agreed. Chile was mentioned once.');
    const out = extractPlaces(doc);
    expect(out.map((c) => (c.value.type === 'ref' ? c.value.id : ''))).toEqual([
      'country:PE',
      'organization:european-union',
    ]);
    expect(text.slice(out[0]?.start, out[0]?.end)).toBe('Peru');
  });
});
