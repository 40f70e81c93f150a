import { describe, expect, it } from 'vitest';
import { uncatRule } from './uncat-art3.js';
import { context, st } from './testing.js';

const cat = st('country:MA', 'member_of', 'organization:un-cat-states-parties');
const art22 = st('country:MA', 'member_of', 'organization:un-cat-article-22-declarants');
const measure = [
  st('case:ma-x', 'host_state', 'country:MA', { sensitivity: 'restricted' }),
  st('case:ma-x', 'requesting_state', 'country:CN', { sensitivity: 'restricted' }),
  st('decision:cat-x', 'in_case', 'case:ma-x', { sensitivity: 'restricted' }),
  st('decision:cat-x', 'decided_by', 'organization:un-committee-against-torture', { sensitivity: 'restricted' }),
  st('decision:cat-x', 'outcome', 'interim measures: extradition not to be carried out', { sensitivity: 'restricted' }),
  st('decision:court-x', 'in_case', 'case:ma-x', { sensitivity: 'restricted' }),
  st('decision:court-x', 'outcome', 'extradition to China approved', { sensitivity: 'restricted' }),
];

describe('uncat-art3 decision table', () => {
  it.each([
    ['recorded party with Art 22', [cat, art22], 'protection', 0],
    ['recorded party, Art 22 not recorded', [cat], 'protection', 1],
    ['party status not recorded', [], 'unknown', 1],
  ] as const)('%s → %s', (_name, statements, effect, unknowns) => {
    const result = uncatRule.evaluate(context({ host: 'MA', statements: [...statements] }));
    expect(result.findings[0]?.effect).toBe(effect);
    expect(result.unknowns).toHaveLength(unknowns);
  });

  it('cites recorded interim measures and says the court still approved', () => {
    const result = uncatRule.evaluate(context({ host: 'MA', statements: [cat, art22, ...measure] }));
    const f = result.findings[0]!;
    expect(f.summary).toMatch(/interim measures/);
    expect(f.summary).toMatch(/still approved/);
    expect(f.cite).toContain(measure[4]!.id);
  });
});
