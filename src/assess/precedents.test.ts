import { describe, expect, it } from 'vitest';
import { rankPrecedents } from './precedents.js';
import { RecordIndex } from './record.js';
import { entitiesFor, st } from './rules/testing.js';

function caseOf(id: string, host: string, requesting: string, decided: string, extra: ReturnType<typeof st>[] = []) {
  return [
    st(`case:${id}`, 'host_state', `country:${host}`),
    st(`case:${id}`, 'requesting_state', `country:${requesting}`),
    st(`decision:${id}`, 'in_case', `case:${id}`),
    st(`decision:${id}`, 'decided_on', decided),
    st(`decision:${id}`, 'outcome', 'extradition refused'),
    ...extra,
  ];
}

const statements = [
  ...caseOf('far', 'SE', 'CN', '2024'),
  ...caseOf('region', 'AL', 'CN', '2019'),
  ...caseOf('host', 'RS', 'CN', '2015'),
  ...caseOf('charge', 'FR', 'CN', '2016', [st('case:charge', 'charge', 'fraud')]),
  ...caseOf('other', 'CA', 'US', '2020'),
  ...caseOf('later', 'IT', 'CN', '2027'),
];
const record = new RecordIndex(entitiesFor(statements), statements);
const query = {
  host: 'RS',
  requesting: 'CN',
  asOf: '2026-11-23',
  charges: ['fraud' as const],
  groups: [],
  nationalities: [],
  hostCourts: [],
};

describe('precedent ranking', () => {
  it('orders by same host, same requesting state, shared charge, region, then recency', () => {
    const ranked = rankPrecedents(record, query);
    expect(ranked.map((p) => p.caseId)).toEqual(['case:host', 'case:charge', 'case:region', 'case:far']);
    expect(ranked[1]?.relevance).toEqual(['same requesting state (CN)', 'similar charges (fraud)']);
    expect(ranked[2]?.relevance).toContain('same region (Western Balkans)');
  });

  it('leaves out unrelated pairs and decisions after the assessment date', () => {
    const ids = rankPrecedents(record, query).map((p) => p.caseId);
    expect(ids).not.toContain('case:other');
    expect(ids).not.toContain('case:later');
    expect(rankPrecedents(record, { ...query, asOf: '2028' }).map((p) => p.caseId)).toContain('case:later');
  });
});

describe('membership as of a date', () => {
  const m = [
    st('country:RS', 'member_of', 'organization:x'),
    st('country:RU', 'member_of', 'organization:x', { qualifiers: { valid_to: '2022-03-15' } }),
    st('organization:x', 'member_count', 1, { qualifiers: { valid_from: '2022-03-16' } }),
  ];
  const index = new RecordIndex(entitiesFor(m), m);
  it.each([
    ['country:RS', '2026', 'member'],
    ['country:RU', '2021', 'member'],
    ['country:RU', '2023', 'not_member'],
    ['country:MA', '2023', 'not_member'],
    ['country:MA', '2021', 'unknown'],
  ])('%s in %s → %s', (country, asOf, status) => {
    expect(index.membership(country, 'organization:x', asOf).status).toBe(status);
  });
});
