import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TEXT } from '../../../../test/fixtures/views.js';
import { testApp, type TestApp } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

interface Page {
  items: { id: string; kind: string }[];
  total: number;
  limit: number;
  offset: number;
}

describe('GET /api/entities', () => {
  it('pages with a total', async () => {
    const all = (await t.app.inject('/api/entities?kind=program')).json<Page>();
    expect(all).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(all.items.map((e) => e.id)).toEqual(['program:fx-cameras', 'program:fx-patrols']);
    const second = (await t.app.inject('/api/entities?kind=program&limit=1&offset=1')).json<Page>();
    expect(second).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(second.items.map((e) => e.id)).toEqual(['program:fx-patrols']);
  });

  it('counts only what the caller may see', async () => {
    const pub = (await t.call('public', { url: '/api/entities?kind=person' })).json<Page>();
    const researcher = (await t.call('researcher', { url: '/api/entities?kind=person' })).json<Page>();
    expect(pub.total).toBe(0);
    expect(researcher.total).toBe(1);
  });
});

describe('GET /api/entities/:id', () => {
  it('gives statements grouped by property with verified evidence', async () => {
    const res = await t.app.inject('/api/entities/instrument:cn-rs-extradition-2024');
    expect(res.statusCode).toBe(200);
    const view = res.json<{
      entity: { name: string };
      groups: { property: string; statements: { evidence: { status: string; quote?: string } }[] }[];
    }>();
    expect(view.entity.name).toBe('China–Serbia extradition treaty');
    const signed = view.groups.find((g) => g.property === 'signed')!;
    expect(signed.statements[0]!.evidence).toMatchObject({ status: 'verified', quote: 'On 8 May 2024' });
    expect(FIXTURE_TEXT).toContain(signed.statements[0]!.evidence.quote!);
  });

  it('is a 404 problem for an unknown id', async () => {
    const res = await t.app.inject('/api/entities/instrument:nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', title: 'no entity instrument:nothing' });
  });
});
