import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { politicalOffenceRule } from './political-offence.js';
import { context, st } from './testing.js';

const albania = [
  st('case:al', 'host_state', 'country:AL'),
  st('case:al', 'requesting_state', 'country:CN'),
  st('decision:al-supreme', 'in_case', 'case:al'),
  st('decision:al-supreme', 'ground', 'risk of political persecution'),
];

describe('political-offence decision table', () => {
  it.each<[string, Profile, string | undefined]>([
    ['political charge', { charges: [{ category: 'state_secrets' }] }, 'protection'],
    ['economic charge, activist', { charges: [{ category: 'fraud' }], political_activity: true }, 'protection'],
    ['economic charge, persecuted group', { charges: [{ category: 'corruption' }], groups: ['uyghur'] }, 'protection'],
    ['economic charge, activity not stated', { charges: [{ category: 'fraud' }] }, 'unknown'],
    ['economic charge, no activity', { charges: [{ category: 'fraud' }], political_activity: false }, 'info'],
    ['nothing stated', {}, 'unknown'],
  ])('%s → %s', (_name, profile, effect) => {
    const result = politicalOffenceRule.evaluate(context({ host: 'AL', profile, statements: albania }));
    expect(result.findings[0]?.effect).toBe(effect);
  });

  it('cites rulings that found a persecution risk', () => {
    const f = politicalOffenceRule.evaluate(
      context({ host: 'AL', profile: { charges: [{ category: 'terrorism' }] }, statements: albania }),
    ).findings[0]!;
    expect(f.cite).toContain(albania[3]!.id);
  });

  it('asks for the charges when none are stated', () => {
    const result = politicalOffenceRule.evaluate(context({ profile: { political_activity: false } }));
    expect(result.unknowns.map((u) => u.question).join()).toMatch(/charges/);
  });
});
