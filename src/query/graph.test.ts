import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewsFixtureStore } from '../../test/fixtures/views.js';
import type { SqliteStore } from '../store/index.js';
import { neighbourhood } from './graph.js';

let store: SqliteStore;
beforeAll(async () => {
  store = await viewsFixtureStore();
});
afterAll(async () => store.close());

describe('neighbourhood', () => {
  it('walks reference statements both ways at depth 1', async () => {
    const g = (await neighbourhood(store, { entity: 'case:fx-case' }, 'public'))!;
    expect(g.nodes.map((n) => `${n.depth} ${n.id}`)).toEqual([
      '0 case:fx-case',
      '1 country:CN',
      '1 country:RS',
      '1 decision:fx-decision',
    ]);
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: 'decision:fx-decision', target: 'case:fx-case', property: 'in_case' }),
    );
    expect(g.truncated).toBe(false);
  });

  it('goes one step further at depth 2 without expanding country hubs', async () => {
    const g = (await neighbourhood(store, { entity: 'case:fx-case', depth: 2 }, 'public'))!;
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain('court:fx-court');
    expect(ids).not.toContain('instrument:cn-hr-police-2019');
    for (const e of g.edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
  });

  it('hides restricted people from the public only', async () => {
    const pub = (await neighbourhood(store, { entity: 'case:fx-case' }, 'public'))!;
    expect(JSON.stringify(pub)).not.toContain('Restrictedname');
    const researcher = (await neighbourhood(store, { entity: 'case:fx-case' }, 'researcher'))!;
    expect(researcher.nodes.map((n) => n.id)).toContain('person:zhang-restrictedname');
    expect(await neighbourhood(store, { entity: 'person:zhang-restrictedname' }, 'public')).toBeNull();
  });

  it('caps nodes and says so', async () => {
    const g = (await neighbourhood(store, { entity: 'country:RS', maxNodes: 3 }, 'public'))!;
    expect(g.nodes.length).toBe(3);
    expect(g.truncated).toBe(true);
  });

  it('rejects other depths', async () => {
    await expect(neighbourhood(store, { entity: 'case:fx-case', depth: 3 }, 'public')).rejects.toThrow(/depth/);
  });
});
