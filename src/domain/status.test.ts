import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LifecycleEvent } from './properties.js';
import { deriveStatus, describeStatus, findConflicts, STATUS_RANK, type LifecycleFact } from './status.js';
import type { Value } from './values.js';

const CN = 'country:CN';
const RS = 'country:RS';
const opts = { recordDate: '2026-11-23' };
let n = 0;
function fact(event: LifecycleEvent, value: Value, party: string | null = null, asOf?: string): LifecycleFact {
  return { statement: `st_${String(++n).padStart(4, '0')}`, source: 'source:s', event, party, value, asOf };
}
const date = (d: string): Value => ({ type: 'date', date: d });

describe('deriveStatus: China–Serbia as the record describes it', () => {
  const facts = [
    fact('signed', date('2024-05')),
    fact('ratified', date('2025-09-12'), CN),
    fact('ratified', { type: 'none' }, RS, '2025-09'),
  ];
  it('is signed and ratified by China only, today', () => {
    const r = deriveStatus([CN, RS], facts, '2026-11-23', opts);
    expect(r.overall).toBe('ratified_by_some');
    expect(r.overallParties).toEqual([CN]);
    expect(r.parties.find((p) => p.party === RS)?.status).toBe('signed');
    expect(describeStatus(r)).toBe('signed; ratified by CN; not in force');
  });
  it('is only signed as of 2024-06-01', () => {
    const r = deriveStatus([CN, RS], facts, '2024-06-01', opts);
    expect(r.overall).toBe('signed');
    expect(r.parties.map((p) => p.status)).toEqual(['signed', 'signed']);
  });
  it('reports Serbia as explicitly not having ratified as of the source date', () => {
    const r = deriveStatus([CN, RS], facts, '2025-09-30', opts);
    expect(r.parties.find((p) => p.party === RS)?.notYet).toEqual(['ratified']);
  });
  it('is unknown before it was signed, and undecided inside the month of signature', () => {
    expect(deriveStatus([CN, RS], facts, '2024-04-30', opts).overall).toBe('unknown');
    const inMay = deriveStatus([CN, RS], facts, '2024-05-10', opts);
    expect(inMay.overall).toBe('unknown');
    expect(inMay.parties[0]?.uncertain.map((f) => f.event)).toEqual(['signed']);
  });
});

describe('deriveStatus: decision table', () => {
  it.each<[string, LifecycleFact[], string, string]>([
    ['no events', [], '2024', 'unknown'],
    [
      'in force for the whole instrument',
      [fact('signed', date('2007-03-20')), fact('entered_into_force', date('2015-07-17'))],
      '2020',
      'in_force',
    ],
    [
      'in force after both ratified and an in-force date',
      [
        fact('ratified', date('2010'), CN),
        fact('ratified', date('2011'), RS),
        fact('entered_into_force', date('2012')),
      ],
      '2013',
      'in_force',
    ],
    [
      'ratified by both, no entry into force recorded',
      [fact('ratified', date('2010'), CN), fact('ratified', date('2011'), RS)],
      '2013',
      'ratified',
    ],
    [
      'suspended by one party',
      [fact('entered_into_force', date('2000')), fact('suspended', date('2020-07-03'), RS)],
      '2021',
      'suspended',
    ],
    [
      'not yet suspended before the suspension date',
      [fact('entered_into_force', date('2000')), fact('suspended', date('2020-07-03'), RS)],
      '2020-07-02',
      'in_force',
    ],
    [
      'terminated',
      [fact('entered_into_force', date('2000')), fact('terminated', date('2022'), RS)],
      '2023',
      'terminated',
    ],
    [
      'rejected by one party after signature',
      [fact('signed', date('2017')), fact('rejected', date('2019'), RS)],
      '2020',
      'rejected',
    ],
    ['negotiated only', [fact('negotiated', date('2025-07'))], '2025-09', 'negotiated'],
    [
      'reported in force on an unknown date, as of the source',
      [fact('entered_into_force', { type: 'unknown' }, null, '2023')],
      '2024',
      'in_force',
    ],
  ])('%s → %s', (_name, facts, asOf, expected) => {
    expect(deriveStatus([CN, RS], facts, asOf, opts).overall).toBe(expected);
  });

  it('treats an undated event before its as-of date as uncertain, not as absent', () => {
    const r = deriveStatus(
      [CN, RS],
      [fact('signed', date('2017-05')), fact('ratified', { type: 'unknown' }, CN, '2021')],
      '2019',
      opts,
    );
    expect(r.overall).toBe('signed');
    expect(r.parties.find((p) => p.party === CN)?.uncertain.map((f) => f.event)).toEqual(['ratified']);
  });

  it('adds parties named only on events', () => {
    const r = deriveStatus([], [fact('ratified', date('2020'), CN)], '2021', opts);
    expect(r.parties.map((p) => p.party)).toEqual([CN]);
  });
});

describe('conflicts are reported, not resolved silently', () => {
  it('flags two sources giving disjoint dates for one event', () => {
    const c = findConflicts([fact('signed', date('2024-05-08')), fact('signed', date('2024-06'))]);
    expect(c).toHaveLength(1);
    expect(c[0]?.reason).toMatch(/dates disagree/);
  });
  it('accepts a month and a day inside it as compatible', () => {
    expect(findConflicts([fact('signed', date('2024-05-08')), fact('signed', date('2024-05'))])).toEqual([]);
  });
  it('flags a dated ratification against a source saying it had not happened later', () => {
    const c = findConflicts([fact('ratified', date('2024-01'), RS), fact('ratified', { type: 'none' }, RS, '2025-09')]);
    expect(c[0]?.reason).toMatch(/had not happened as of 2025-09/);
  });
  it('does not compare different parties', () => {
    expect(
      findConflicts([fact('ratified', date('2024-01'), CN), fact('ratified', { type: 'none' }, RS, '2025-09')]),
    ).toEqual([]);
  });
  it('are part of every report', () => {
    const r = deriveStatus([CN, RS], [fact('signed', date('2024-05-08')), fact('signed', date('2023'))], '2025', opts);
    expect(r.conflicts).toHaveLength(1);
  });
});

describe('deriveStatus: properties', () => {
  const events: LifecycleEvent[] = ['signed', 'ratified', 'entered_into_force'];
  const arbFact = fc
    .record({
      event: fc.constantFrom(...events),
      party: fc.constantFrom(CN, RS, null),
      year: fc.integer({ min: 2000, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      precise: fc.boolean(),
    })
    .map((r) =>
      fact(
        r.event,
        date(r.precise ? `${r.year}-${String(r.month).padStart(2, '0')}` : `${r.year}`),
        r.party,
        undefined,
      ),
    );
  const arbDate = fc.integer({ min: 1999, max: 2031 }).map(String);

  it('never goes down over time when only signature, ratification and entry into force are recorded', () => {
    fc.assert(
      fc.property(fc.array(arbFact, { maxLength: 8 }), arbDate, arbDate, (facts, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = deriveStatus([CN, RS], facts, early, opts);
        const y = deriveStatus([CN, RS], facts, late, opts);
        return STATUS_RANK[x.overall] <= STATUS_RANK[y.overall];
      }),
    );
  });

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(fc.array(arbFact, { maxLength: 8 }), arbDate, (facts, asOf) => {
        const forward = deriveStatus([CN, RS], facts, asOf, opts);
        const backward = deriveStatus([CN, RS], [...facts].reverse(), asOf, opts);
        return (
          forward.overall === backward.overall &&
          JSON.stringify(forward.parties.map((p) => p.status)) === JSON.stringify(backward.parties.map((p) => p.status))
        );
      }),
    );
  });

  it('ignores events dated after the as-of date', () => {
    fc.assert(
      fc.property(fc.array(arbFact, { maxLength: 8 }), arbDate, (facts, asOf) => {
        const before = facts.filter((f) => f.value.type === 'date' && f.value.date.slice(0, 4) <= asOf);
        const after = facts.filter((f) => f.value.type === 'date' && f.value.date.slice(0, 4) > asOf);
        return (
          deriveStatus([CN, RS], [...before, ...after], asOf, opts).overall ===
          deriveStatus([CN, RS], before, asOf, opts).overall
        );
      }),
    );
  });
});
