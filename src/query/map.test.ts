import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewsFixtureStore } from '../../test/fixtures/views.js';
import type { SqliteStore } from '../store/index.js';
import { findCity } from './cities.js';
import { mapView, programCategory } from './map.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await viewsFixtureStore();
});
afterAll(async () => store.close());

describe('mapView', () => {
  it('gives each country its instruments with the requesting state, by type, as of a date', async () => {
    const map = await mapView(store, { requesting: 'CN', asOf: '2024-06' }, 'public');
    expect(map.countries.map((c) => c.code)).toEqual(['HR', 'RS']);
    const rs = map.countries.find((c) => c.code === 'RS')!;
    expect(rs.byType).toEqual([
      { type: 'extradition', status: 'signed', instruments: ['instrument:cn-rs-extradition-2024'] },
    ]);
    const later = await mapView(store, { requesting: 'CN', asOf: '2025-12' }, 'public');
    expect(later.countries.find((c) => c.code === 'RS')!.byType[0]!.status).toBe('ratified_by_some');
    const before = await mapView(store, { requesting: 'CN', asOf: '2018' }, 'public');
    expect(before.countries.find((c) => c.code === 'HR')!.byType[0]!.status).toBe('unknown');
  });

  it('filters by instrument type', async () => {
    const map = await mapView(store, { requesting: 'CN', type: 'police_cooperation' }, 'public');
    expect(map.countries.map((c) => c.code)).toEqual(['HR']);
  });

  it('places programs in their cities', async () => {
    const map = await mapView(store, {}, 'public');
    expect(map.points.map((p) => p.city)).toEqual(['Belgrade', 'Novi Sad']);
    const belgrade = map.points[0]!;
    expect(belgrade).toMatchObject({ country: 'RS', lat: 44.8176, lon: 20.4569 });
    expect(belgrade.programs.map((p) => `${p.id} ${p.category}`)).toEqual([
      'program:fx-cameras surveillance',
      'program:fx-patrols patrol',
    ]);
    expect(map.unplacedCities).toEqual([]);
  });
});

describe('gazetteer and categories', () => {
  it('finds cities ignoring case and accents', () => {
    expect(findCity('nis')?.name).toBe('Niš');
    expect(findCity('Beograd')?.name).toBe('Belgrade');
    expect(findCity('Atlantis')).toBeUndefined();
  });

  it('knows every city the bundled data set names', async () => {
    const dir = resolve(import.meta.dirname, '../../data');
    const missing: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as {
        statements?: { property: string; value: { text?: string } }[];
      };
      for (const s of doc.statements ?? [])
        if (s.property === 'city' && s.value.text && !findCity(s.value.text)) missing.push(s.value.text);
    }
    expect(missing).toEqual([]);
  });

  it('sorts programs into legend categories', () => {
    expect(programCategory(['overseas police service station'])).toBe('police_station');
    expect(programCategory(['joint police patrol'])).toBe('patrol');
    expect(programCategory(['AI-enabled public video surveillance (Safe City)'])).toBe('surveillance');
    expect(programCategory(['state visit'])).toBe('other');
  });
});
