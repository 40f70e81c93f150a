/**
 * @module Tests of statement ids: the specialised serializer must give every statement the id the
 * first implementation gave it (ids are content hashes stored in the data set).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, QUALIFIER_KEYS, statementId, statementIdsIn, type LocatedClaim } from './statement.js';

/** canonicalJson before it was specialised: sorted keys, undefined dropped, JSON.stringify otherwise. */
function referenceJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + referenceJson(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '{';
    for (const k of Object.keys(record).sort()) {
      const v = record[k];
      if (v === undefined) continue;
      out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + referenceJson(v);
    }
    return out + '}';
  }
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  return JSON.stringify(value);
}

type IdInput = Parameters<typeof statementId>[0];

/** statementId before it was specialised. */
function referenceId(s: IdInput): string {
  const fields = [s.entity, s.property, s.value, s.qualifiers, s.source, s.locator, s.pinpoint ?? null];
  const key = referenceJson(s.sensitivity ? [...fields, s.sensitivity] : fields);
  return 'st_' + createHash('sha256').update(key).digest('hex').slice(0, 24);
}

/** Strings with quotes, backslashes, controls, accents, astral characters, lone surrogates; short and long. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary', minLength: 95, maxLength: 110 }),
  fc.constantFrom('', '"', '\\', '\n', '\u2028', 'é', 'Ω', '😀', '\ud800', 'x\udc00y', 'country:CN'),
);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, 1e21, 1e-7, 0.1 + 0.2, 123456789012345680000, Number.MAX_VALUE, -Infinity, NaN),
);
/** Any JSON-like leaf or nesting, with undefined, to stand for what untyped input may hold. */
const anything = fc.oneof(
  fc.jsonValue(),
  number,
  text,
  fc.constant(undefined),
  fc.array(number),
  fc.dictionary(text, number),
);
/** A record with the given keys (any subset), plus sometimes keys of its own. */
const record = (keys: readonly string[], leaf: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, leaf])), { requiredKeys: [] }),
      fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(text, anything) }),
      fc.boolean(),
    )
    .map(([known, extra, first]) => (first ? { ...extra, ...known } : { ...known, ...extra }));
const leaf = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: anything },
);
const value = fc.oneof(
  fc.record({ type: fc.constant('text'), text }),
  fc.record({ type: fc.constant('number'), amount: number, unit: text }, { requiredKeys: ['type', 'amount'] }),
  fc.record({ type: fc.constant('money'), amount: number, currency: fc.constantFrom('EUR', 'USD') }),
  fc.record({ type: fc.constant('date'), date: fc.constantFrom('2019', '2019-05', '2019-05-17') }),
  fc.record({ type: fc.constant('ref'), id: text }),
  fc.record({ type: fc.constantFrom('unknown', 'none') }),
  record(['type', 'text', 'amount', 'unit', 'currency', 'date', 'id'], leaf),
  anything,
);
const statement = fc.record(
  {
    entity: fc.oneof(text, anything),
    property: text,
    value,
    qualifiers: fc.oneof(record(QUALIFIER_KEYS, leaf), anything),
    source: text,
    locator: fc.oneof(
      fc.record({ sha256: fc.stringMatching(/^[0-9a-f]{64}$/), start: fc.nat(), end: fc.nat() }),
      record(['sha256', 'start', 'end'], leaf),
      fc.constant(null),
      anything,
    ),
    pinpoint: fc.oneof(text, fc.constant(undefined)),
    sensitivity: fc.constantFrom('public', 'restricted', undefined),
  },
  { requiredKeys: ['entity', 'property', 'value', 'qualifiers', 'source', 'locator'] },
) as fc.Arbitrary<IdInput>;

describe('statementId', () => {
  it('gives every statement the id the first implementation gave it', () => {
    fc.assert(
      fc.property(statement, (s) => {
        expect(statementId(s)).toBe(referenceId(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps the ids of typical ingested statements', () => {
    const locator = { sha256: 'ab'.repeat(32), start: 30, end: 40 };
    const base = { entity: 'instrument:x', property: 'party', source: 'source:doc-1', locator };
    const cases: IdInput[] = [
      { ...base, value: { type: 'ref', id: 'country:ME' }, qualifiers: { confidence: 0.55 } },
      { ...base, value: { type: 'number', amount: -0, unit: 'persons' }, qualifiers: { as_of: '2020', bound: 'min' } },
      { ...base, value: { type: 'money', amount: 1e21, currency: 'EUR' }, qualifiers: {}, pinpoint: 'p. 3' },
      { ...base, value: { type: 'text', text: 'Ω "q" \\ 😀' }, qualifiers: { note: 'é' }, sensitivity: 'restricted' },
    ];
    for (const s of cases) expect(statementId(s)).toBe(referenceId(s));
  });

  it('keeps the ids of shapes next to the common ones, which take the generic path', () => {
    const locator = { sha256: 'ab'.repeat(32), start: 30, end: 40 };
    const base = { entity: 'instrument:x', property: 'party', source: 'source:doc-1', locator };
    const confidence = { confidence: 0.55 };
    const cases = [
      { ...base, value: { type: 'ref', id: 'country:ME', note: 'x' }, qualifiers: confidence },
      { ...base, value: { id: 'country:ME', type: 'ref' }, qualifiers: { confidence: NaN } },
      { ...base, value: { type: 'text', text: 'a', id: undefined }, qualifiers: { confidence: 1, party: undefined } },
      { ...base, value: { type: 'text', id: 'a' }, qualifiers: confidence, locator: { ...locator, start: 0.5 } },
      { ...base, value: { type: 'ref', id: 'b' }, qualifiers: confidence, locator: { ...locator, sha256: 'ab', x: 1 } },
    ] as unknown as IdInput[];
    for (const s of cases) expect(statementId(s)).toBe(referenceId(s));
  });
});

describe('statementIdsIn', () => {
  it('gives every statement the id the first implementation gave it', () => {
    const claim = fc.record({
      entity: text,
      property: text,
      value,
      qualifiers: fc.oneof(record(QUALIFIER_KEYS, leaf), anything),
      start: number,
      end: number,
    });
    fc.assert(
      fc.property(text, fc.oneof(text, fc.stringMatching(/^[0-9a-f]{64}$/)), claim, (source, sha256, c) => {
        const s = { ...c, source, locator: { sha256, start: c.start, end: c.end } } as IdInput;
        expect(statementIdsIn(source, sha256)(c as LocatedClaim)).toBe(referenceId(s));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('canonicalJson', () => {
  it('matches the implementation statement ids were first computed with', () => {
    fc.assert(
      fc.property(anything, value, (v, w) => {
        expect(canonicalJson(v)).toBe(referenceJson(v));
        expect(canonicalJson([w, { 'k"é': v, a: [v] }])).toBe(referenceJson([w, { 'k"é': v, a: [v] }]));
      }),
      { numRuns: 5_000 },
    );
  });
});
