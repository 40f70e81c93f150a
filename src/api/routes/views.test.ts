/**
 * The read views over HTTP: search with facets, treaties, timeline, graph, map and country page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

async function get<T>(url: string): Promise<T> {
  const res = await t.app.inject(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

describe('read views', () => {
  it('GET /api/search filters and facets', async () => {
    const r = await get<{ hits: { entity: string }[]; total: number; facets: { kind: { value: string }[] } }>(
      '/api/search?q=fixture&kind=program&country=RS&from=2019&to=2019&limit=5',
    );
    expect(r.hits.map((h) => h.entity)).toEqual(['program:fx-cameras', 'program:fx-patrols'].sort());
    expect(r.facets.kind.map((f) => f.value)).toContain('program');
  });

  it('GET /api/treaties filters by party, type and date', async () => {
    const r = await get<{ id: string; status: { overall: string } }[]>(
      '/api/treaties?party=RS&type=extradition&as_of=2024-06',
    );
    expect(r.map((x) => `${x.id} ${x.status.overall}`)).toEqual(['instrument:cn-rs-extradition-2024 signed']);
  });

  it('GET /api/timeline pages and filters', async () => {
    const r = await get<{ events: { date: string }[]; total: number }>('/api/timeline?country=RS&limit=2&offset=1');
    expect(r.total).toBe(5);
    expect(r.events.map((e) => e.date)).toEqual(['2019-09', '2023-03']);
  });

  it('GET /api/graph walks the neighbourhood, 404 for unknown entities', async () => {
    const r = await get<{ nodes: unknown[]; edges: unknown[] }>('/api/graph?entity=program:fx-cameras&depth=2');
    expect(r.nodes.length).toBeGreaterThan(2);
    expect((await t.app.inject('/api/graph?entity=program:nothing')).statusCode).toBe(404);
  });

  it('GET /api/map gives countries and points', async () => {
    const r = await get<{ countries: { code: string }[]; points: { city: string }[] }>(
      '/api/map?requesting=country:CN&type=extradition&as_of=2025',
    );
    expect(r.countries.map((c) => c.code)).toEqual(['RS']);
    expect(r.points.map((p) => p.city)).toEqual(['Belgrade', 'Novi Sad']);
  });

  it('GET /api/countries/:code gives the country page, 404 for unknown codes', async () => {
    const r = await get<{ name: string; exposure: { programs: number } }>('/api/countries/rs?as_of=2025');
    expect(r).toMatchObject({ name: 'Serbia', exposure: { programs: 2 } });
    expect((await t.app.inject('/api/countries/QQ')).statusCode).toBe(404);
  });
});
