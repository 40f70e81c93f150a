import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewsFixtureStore } from '../../test/fixtures/views.js';
import type { SqliteStore } from '../store/index.js';
import { entitiesLinkedToCountry, timeline } from './timeline.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await viewsFixtureStore();
});
afterAll(async () => store.close());

describe('timeline', () => {
  it('lists dated events oldest first, keeping their precision', async () => {
    const events = await timeline(store, {}, 'public');
    expect(events.map((e) => `${e.date} ${e.entity} ${e.event}`)).toEqual([
      '2019 instrument:cn-hr-police-2019 signed',
      '2019 program:fx-cameras started',
      '2019-09 program:fx-patrols started',
      '2023-03 decision:fx-decision decided_on',
      '2024-05-08 instrument:cn-rs-extradition-2024 signed',
      '2025-09-12 instrument:cn-rs-extradition-2024 ratified',
    ]);
    const ratified = events.at(-1)!;
    expect(ratified).toMatchObject({ precision: 'day', party: 'country:CN', label: 'ratified', kind: 'instrument' });
    expect(ratified.source).toBe('source:fx-report');
    expect(events[0]).toMatchObject({ precision: 'year', start: '2019-01-01', end: '2019-12-31' });
  });

  it('never shows restricted events to the public, but does to researchers', async () => {
    expect((await timeline(store, {}, 'public')).some((e) => e.event === 'arrested_on')).toBe(false);
    expect((await timeline(store, {}, 'researcher')).some((e) => e.event === 'arrested_on')).toBe(true);
  });

  it('filters by entity, kind and country (including decisions through their case)', async () => {
    expect((await timeline(store, { entity: 'program:fx-patrols' }, 'public')).map((e) => e.date)).toEqual(['2019-09']);
    expect((await timeline(store, { kind: 'instrument' }, 'public')).length).toBe(3);
    const rs = await timeline(store, { country: 'RS' }, 'public');
    expect(rs.map((e) => e.entity)).toContain('decision:fx-decision');
    expect(rs.map((e) => e.entity)).not.toContain('instrument:cn-hr-police-2019');
    const hr = await timeline(store, { country: 'country:HR' }, 'public');
    expect(hr.map((e) => e.entity)).toEqual(['instrument:cn-hr-police-2019']);
  });

  it('keeps events whose interval overlaps the range', async () => {
    const events = await timeline(store, { from: '2019-10', to: '2024-05' }, 'public');
    // "2019" overlaps October 2019; "2019-09" does not; 2024-05-08 is within May 2024.
    expect(events.map((e) => e.date)).toEqual(['2019', '2019', '2023-03', '2024-05-08']);
  });

  it('rejects malformed dates naming the parameter', async () => {
    await expect(timeline(store, { from: '2024-13' }, 'public')).rejects.toThrow(/^from: /);
  });

  it('links entities to a country', async () => {
    const linked = await entitiesLinkedToCountry(store, 'RS', 'public');
    expect([...linked].sort()).toEqual([
      'case:fx-case',
      'country:RS',
      'court:fx-court',
      'decision:fx-decision',
      'instrument:cn-rs-extradition-2024',
      'program:fx-cameras',
      'program:fx-patrols',
      'project:fx-railway',
    ]);
  });
});
