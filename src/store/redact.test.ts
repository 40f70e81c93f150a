import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, nameRedactions, redact } from './redact.js';

describe('redact', () => {
  it('masks restricted spans and every mention of a restricted name, keeping the length', () => {
    const text =
      'The court in Rabat heard Ana Petrova (aka Ana P.) on 3 May; petrova appealed. Petrovaville is a town.';
    const out = redact(text, { spans: [{ start: 0, end: 9 }], names: ['Ana Petrova', 'Petrova'] });
    expect(out).toHaveLength(text.length);
    expect(out.startsWith(MASK.repeat(9))).toBe(true);
    expect(out).not.toMatch(/petrova\b/i);
    // Word-bounded: a longer word that merely contains a name stays.
    expect(out).toContain('Petrovaville');
    expect(out).toContain('Rabat heard');
  });

  it('leaves a restricted name readable inside a public name that holds it, and masks it elsewhere', () => {
    const entities = [
      { names: ['Liu (applicant)', 'Liu'], restricted: true },
      { names: ['Liu v. Poland'], restricted: false },
      { names: ['Serbia'], restricted: false },
    ];
    const names = nameRedactions(entities);
    expect(names.keep).toEqual(['Liu v. Poland']);
    const out = redact('In Liu v. Poland the court heard Mr. Liu.', { spans: [], ...names });
    expect(out).toBe(`In Liu v. Poland the court heard Mr. ${MASK.repeat(3)}.`);
  });

  it('returns the same string when there is nothing to mask', () => {
    const text = 'Nothing restricted here.';
    expect(redact(text, { spans: [], names: ['Someone Else'] })).toBe(text);
  });

  it('never changes the length or an unmasked character', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.nat(50), fc.nat(50))),
        fc.array(fc.string({ minLength: 2, maxLength: 6 }), { maxLength: 3 }),
        (text, spans, names) => {
          const out = redact(text, { spans: spans.map(([a, b]) => ({ start: a, end: a + b })), names });
          expect(out).toHaveLength(text.length);
          for (let i = 0; i < text.length; i++) if (out[i] !== MASK) expect(out[i]).toBe(text[i]);
        },
      ),
    );
  });
});
