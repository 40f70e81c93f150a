import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, parseValue, valuesConflict } from './values.js';
import { parseId, slugify, canSee } from './kinds.js';
import { isCountryCode } from './countries.js';
import { canonicalJson, statementId } from './statement.js';

describe('parseValue', () => {
  it('accepts each value type in canonical form', () => {
    expect(parseValue({ type: 'money', currency: 'EUR', amount: 1.5e9 })).toEqual({
      type: 'money',
      amount: 1.5e9,
      currency: 'EUR',
    });
    expect(parseValue({ type: 'number', amount: 8, unit: 'officer' })).toEqual({
      type: 'number',
      amount: 8,
      unit: 'officer',
    });
    expect(parseValue({ type: 'date', date: '2024-05' })).toEqual({ type: 'date', date: '2024-05' });
    expect(parseValue({ type: 'ref', id: 'country:RS' })).toEqual({ type: 'ref', id: 'country:RS' });
    expect(parseValue({ type: 'unknown' })).toEqual({ type: 'unknown' });
    expect(parseValue({ type: 'none' })).toEqual({ type: 'none' });
  });
  it.each([
    [{ type: 'money', amount: 1, currency: 'XXX' }, /ISO 4217/],
    [{ type: 'date', date: '2024-13' }, /month 13/],
    [{ type: 'ref', id: 'country:rs' }, /ISO 3166/],
    [{ type: 'number', amount: Number.NaN }, /finite/],
    [{ type: 'text', text: '  ' }, /non-empty/],
    [{ type: 'colour' }, /unknown value type/],
    [null, /object/],
  ])('rejects %j', (input, message) => {
    expect(() => parseValue(input)).toThrow(message);
  });
  it('formats for people', () => {
    expect(formatValue({ type: 'money', amount: 1000000, currency: 'USD' })).toBe('USD 1,000,000');
    expect(formatValue({ type: 'date', date: '2022-10-06' })).toBe('6 October 2022');
  });
});

describe('ids and roles', () => {
  it('parses kind-prefixed ids', () => {
    expect(parseId('decision:echr-liu-v-poland-2022')).toEqual({ kind: 'decision', slug: 'echr-liu-v-poland-2022' });
    expect(parseId('country:HK').kind).toBe('country');
  });
  it.each(['liu-v-poland', 'planet:x', 'country:Serbia', 'instrument:Has Spaces', 'instrument:'])(
    'rejects %j',
    (id) => {
      expect(() => parseId(id)).toThrow(JSON.stringify(id));
    },
  );
  it('knows the country codes Longarm uses, and not others', () => {
    expect(['RS', 'CN', 'HK', 'TW', 'XK'].every(isCountryCode)).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
  });
  it('slugifies names, folding diacritics', () => {
    expect(slugify('Vučić & Xi: 28 agreements')).toBe('vucic-xi-28-agreements');
  });
  it('lets only researchers and admins see restricted records', () => {
    expect(canSee('public', 'restricted')).toBe(false);
    expect(canSee('researcher', 'restricted')).toBe(true);
    expect(canSee('public', 'public')).toBe(true);
  });
});

describe('statement ids', () => {
  const base = {
    entity: 'instrument:x',
    property: 'signed',
    value: { type: 'date', date: '2024-05' } as const,
    qualifiers: { party: 'country:RS' },
    source: 'source:s',
    locator: { sha256: 'a'.repeat(64), start: 1, end: 5 },
  };
  it('are the same for the same key fields whatever the key order', () => {
    const reordered = {
      locator: base.locator,
      source: base.source,
      qualifiers: { party: 'country:RS' },
      value: { date: '2024-05', type: 'date' } as const,
      property: base.property,
      entity: base.entity,
    };
    expect(statementId(reordered)).toBe(statementId(base));
  });
  it('differ when any key field differs', () => {
    expect(statementId({ ...base, locator: { ...base.locator, end: 6 } })).not.toBe(statementId(base));
    expect(statementId({ ...base, qualifiers: {} })).not.toBe(statementId(base));
  });
  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 2 }] })).toBe('{"a":[{"c":2}],"b":1}');
  });
  it('canonical JSON matches the first implementation, so statement ids stay stable', () => {
    // The straightforward version ids were first computed with; the fast one must agree exactly.
    const reference = (v: unknown): string => {
      if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
      if (v !== null && typeof v === 'object') {
        const entries = Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${reference(x)}`).join(',')}}`;
      }
      return JSON.stringify(v);
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.double(), (v, d) => {
        expect(canonicalJson(v)).toBe(reference(v));
        expect(canonicalJson({ d, 'k"é': [d] })).toBe(reference({ d, 'k"é': [d] }));
      }),
    );
  });
});

describe('valuesConflict', () => {
  it.each([
    [{ type: 'date', date: '2022' }, { type: 'date', date: '2022-10' }, false],
    [{ type: 'date', date: '2023-01-30' }, { type: 'date', date: '2023-01-31' }, true],
    [{ type: 'number', amount: 8, unit: 'officer' }, { type: 'number', amount: 4, unit: 'officer' }, true],
    [{ type: 'money', amount: 1, currency: 'EUR' }, { type: 'money', amount: 1, currency: 'USD' }, true],
    [{ type: 'ref', id: 'court:echr' }, { type: 'ref', id: 'court:echr' }, false],
    [{ type: 'text', text: 'blocked' }, { type: 'text', text: 'barred' }, false],
    [{ type: 'unknown' }, { type: 'date', date: '2020' }, false],
  ] as const)('%j vs %j → %s', (a, b, expected) => {
    expect(valuesConflict(a, b)).toBe(expected);
    expect(valuesConflict(b, a)).toBe(expected);
  });
});
