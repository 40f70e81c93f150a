import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewsFixtureStore } from '../../test/fixtures/views.js';
import type { SqliteStore } from '../store/index.js';
import { countryView } from './country.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await viewsFixtureStore();
});
afterAll(async () => store.close());

describe('countryView', () => {
  it('computes the page of a country from statements', async () => {
    const rs = (await countryView(store, 'RS', 'public'))!;
    expect(rs).toMatchObject({ id: 'country:RS', code: 'RS', name: 'Serbia' });
    expect(rs.instruments.map((i) => i.id)).toEqual(['instrument:cn-rs-extradition-2024']);
    expect(rs.instruments[0]!.events.length).toBe(3);
    expect(rs.cases.map((c) => c.id)).toEqual(['case:fx-case']);
    expect(rs.decisions).toEqual([
      expect.objectContaining({
        id: 'decision:fx-decision',
        summary: 'extradition approved',
        date: '2023-03',
        via: [],
      }),
    ]);
    expect(rs.programs.map((p) => `${p.id} ${p.category} ${p.date}`)).toEqual([
      'program:fx-cameras surveillance 2019',
      'program:fx-patrols patrol 2019-09',
    ]);
    expect(rs.projects.map((p) => p.id)).toEqual(['project:fx-railway']);
    expect(rs.others.map((p) => p.id)).toEqual(['court:fx-court']);
    expect(rs.figures).toEqual([
      expect.objectContaining({ property: 'figure', display: '14,500 Chinese resident', estimate: 'official' }),
    ]);
    expect(rs.exposure).toMatchObject({
      instruments: 1,
      instrumentsByType: { extradition: 1 },
      cases: 1,
      decisions: 1,
      programs: 2,
      programsByCategory: { patrol: 1, surveillance: 1 },
      projects: 1,
    });
  });

  it('derives instrument status as of a date', async () => {
    const rs = (await countryView(store, 'RS', 'public', { asOf: '2024-06' }))!;
    expect(rs.exposure.instrumentsByStatus).toEqual({ signed: 1 });
  });

  it('keeps restricted charges from the public', async () => {
    expect(JSON.stringify(await countryView(store, 'RS', 'public'))).not.toMatch(/Secretcharge|Restrictedname/);
    expect(JSON.stringify(await countryView(store, 'RS', 'researcher'))).toMatch(/Secretcharge/);
  });

  it('returns null for an unknown code', async () => {
    expect(await countryView(store, 'QQ', 'public')).toBeNull();
  });
});
