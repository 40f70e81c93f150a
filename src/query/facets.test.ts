import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewsFixtureStore } from '../../test/fixtures/views.js';
import type { SqliteStore } from '../store/index.js';
import { searchWithFacets } from './facets.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await viewsFixtureStore();
});
afterAll(async () => store.close());

describe('searchWithFacets', () => {
  it('returns hits with kind, country, year and source facets', async () => {
    const r = await searchWithFacets(store, { q: 'fixture' }, 'public');
    expect(r.total).toBeGreaterThan(3);
    expect(r.facets.kind.map((f) => f.value)).toContain('program');
    expect(r.facets.country).toContainEqual({ value: 'country:RS', count: expect.any(Number) as number });
    expect(r.facets.source.map((f) => f.value)).toContain('source:fx-report');
    // Sources show their titles, as the role may see them.
    const report = r.facets.source.find((f) => f.value === 'source:fx-report');
    expect(report?.label).toBe((await store.getEntity('source:fx-report', 'public'))?.name);
    expect(report?.label).toEqual(expect.any(String));
    expect(r.facets.year.map((f) => f.value)).toContain('2019');
    expect(r.facets.dateRange).not.toBeNull();
    // A participant organization is not a country.
    expect(r.facets.country.every((f) => f.value.startsWith('country:'))).toBe(true);
  });

  it('filters, and counts each facet over the other filters', async () => {
    const all = await searchWithFacets(store, { q: 'fixture' }, 'public');
    const programs = await searchWithFacets(store, { q: 'fixture', kind: 'program' }, 'public');
    expect(programs.hits.every((h) => h.kind === 'program')).toBe(true);
    expect(programs.facets.kind).toEqual(all.facets.kind);
    const hr = await searchWithFacets(store, { q: 'china', country: 'HR' }, 'public');
    expect(hr.hits.map((h) => h.entity)).toEqual(['instrument:cn-hr-police-2019']);
  });

  it('filters by date range and source, and pages', async () => {
    const r = await searchWithFacets(store, { q: 'fixture', from: '2023', to: '2023' }, 'public');
    expect(r.hits.map((h) => h.entity)).toEqual(['decision:fx-decision']);
    const bySource = await searchWithFacets(store, { q: 'fixture', source: 'source:fx-report' }, 'public');
    expect(bySource.total).toBeGreaterThan(0);
    const all = await searchWithFacets(store, { q: 'fixture' }, 'public');
    const page = await searchWithFacets(store, { q: 'fixture', limit: 1, offset: 1 }, 'public');
    expect(page.hits).toEqual([all.hits[1]]);
    expect(page.total).toBe(all.total);
  });

  it('never returns restricted records to the public', async () => {
    const r = await searchWithFacets(store, { q: 'Restrictedname OR Secretcharge OR Hiddendossier' }, 'public');
    expect(r.total).toBe(0);
    const researcher = await searchWithFacets(store, { q: 'Restrictedname' }, 'researcher');
    expect(researcher.total).toBeGreaterThan(0);
  });

  it('rejects unknown kinds and bad dates', async () => {
    await expect(searchWithFacets(store, { q: 'x', kind: 'planet' as 'program' }, 'public')).rejects.toThrow(/kind/);
    await expect(searchWithFacets(store, { q: 'x', to: '20' }, 'public')).rejects.toThrow(/^to: /);
  });
});
