/**
 * @module Tests of citation extraction (made-up references).
 */
import { describe, expect, it } from 'vitest';
import { extractCitations } from './citations.js';
import { docOf } from './test-doc.js';

describe('extractCitations', () => {
  it('turns numbered footnotes into cited sources with title, URL and date', () => {
    const { text, doc } = docOf(
      'Body text.\n\n[1] Jane Roe, “Patrols Abroad,” Example Review, 08.05.2021, https://example.org/patrols.\n\n2. “A Second Study of Courts,” Example Press, March 2, 2020.',
    );
    const out = extractCitations(doc);
    expect(out.map((c) => (c.value.type === 'ref' ? c.value.id : ''))).toEqual([
      'source:patrols-abroad',
      'source:a-second-study-of-courts',
    ]);
    expect(out[0]?.refs?.[0]?.source).toEqual({
      title: 'Patrols Abroad',
      url: 'https://example.org/patrols',
      published: '2021-05-08',
    });
    expect(out[1]?.refs?.[0]?.source?.published).toBe('2020-03-02');
    expect(text.slice(out[0]?.start, out[0]?.end)).toMatch(/^\[1\] Jane Roe/);
    expect(out.every((c) => c.entity.id === 'source:test' && c.property === 'cites')).toBe(true);
  });

  it('ignores numbered lists that are not references', () => {
    const { doc } = docOf('1. First we met.\n\n2. Then we left.');
    expect(extractCitations(doc)).toEqual([]);
  });
});
