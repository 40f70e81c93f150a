import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLocator, normalizeText, resolveLocator, sha256, spanInContext, verifyLocator } from './text.js';

describe('normalizeText', () => {
  it('uses NFC and \\n line ends and drops a BOM', () => {
    expect(normalizeText('\uFEFFVuc\u030Cic\u0301\r\nline\rnext')).toBe('Vučić\nline\nnext');
  });
  it('equals the plain chain of replaces and NFC on any text, with BOMs and line ends', () => {
    const piece = fc.constantFrom('\uFEFF', '\r', '\n', '\r\n', 'e\u0301', 'a', ' ');
    const raw = fc.oneof(
      fc.string(),
      fc.array(piece).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(raw, (s) => {
        expect(normalizeText(s)).toBe(
          s
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n')
            .normalize('NFC'),
        );
      }),
    );
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('locators', () => {
  const text = normalizeText('Signed in Belgrade in May 2024.');
  it('resolve to the span they were made from', () => {
    const loc = createLocator(text, 10, 18);
    expect(loc.sha256).toBe(sha256(text));
    expect(resolveLocator(loc, text)).toBe('Belgrade');
    expect(spanInContext(text, 10, 18, 3)).toEqual({ before: 'in ', quote: 'Belgrade', after: ' in' });
  });
  it('fail against other text: a mismatch is an error, not a warning', () => {
    const loc = createLocator(text, 10, 18);
    expect(() => resolveLocator(loc, text + ' ')).toThrow(/locator is for text/);
    expect(verifyLocator(loc, 'something else')).toBe(false);
  });
  it.each([
    [-1, 3],
    [5, 5],
    [6, 2],
    [0, 999],
    [0.5, 3],
  ])('refuse the span [%d, %d)', (start, end) => {
    expect(() => createLocator(text, start, end)).toThrow(/outside the text/);
  });
  it('round-trip for any span of any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const t = normalizeText(raw);
        if (t.length === 0) return true;
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        return resolveLocator(createLocator(t, start, end), t) === t.slice(start, end);
      }),
    );
  });
});
