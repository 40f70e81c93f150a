import { describe, expect, it } from 'vitest';
import { euCharterRule } from './eu-charter.js';
import { context, st } from './testing.js';

const eu = [
  st('country:PL', 'member_of', 'organization:european-union'),
  st('country:CZ', 'member_of', 'organization:european-union'),
  st('organization:european-union', 'member_count', 2),
];

describe('eu-charter decision table', () => {
  it.each([
    ['EU host', 'PL', eu, 'protection'],
    ['non-member by complete list', 'RS', eu, 'info'],
    ['membership not recorded', 'RS', [eu[0]!], 'unknown'],
  ] as const)('%s → %s', (_name, host, statements, effect) => {
    expect(euCharterRule.evaluate(context({ host, statements: [...statements] })).findings[0]?.effect).toBe(effect);
  });

  it('adds the Petruhhin point for a citizen of another EU state', () => {
    const f = euCharterRule.evaluate(context({ host: 'PL', profile: { nationalities: ['CZ'] }, statements: eu }))
      .findings[0]!;
    expect(f.summary).toMatch(/Petruhhin/);
    expect(f.cite).toContain(eu[1]!.id);
  });
});
