import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { echrArt6Rule, OTHMAN_CRITERIA } from './echr-art6-fair-trial.js';
import { coeMembers, context, st } from './testing.js';

const assuranceRuling = [
  st('case:it-2023', 'host_state', 'country:IT'),
  st('case:it-2023', 'requesting_state', 'country:CN'),
  st('decision:it-2023', 'in_case', 'case:it-2023'),
  st('decision:it-2023', 'decided_on', '2023'),
  st('decision:it-2023', 'ground', 'Chinese diplomatic assurances not accepted'),
];
const conviction = st('country:CN', 'figure', {
  type: 'number',
  amount: 100,
  unit: 'percent criminal conviction rate',
});

describe('echr-art6-fair-trial decision table', () => {
  it.each<[string, string, Profile, string[]]>([
    ['CoE host', 'RS', {}, ['protection']],
    ['non-member host', 'MA', {}, ['info']],
    ['another non-member (US)', 'US', {}, ['info']],
    [
      'CoE host, assurances offered',
      'RS',
      { assurances: { offered: true, kinds: ['death_penalty' as const] } },
      ['protection', 'risk'],
    ],
    ['CoE host, no assurances but rulings recorded', 'RS', { assurances: { offered: false } }, ['protection', 'info']],
  ])('%s → %j', (_name, host, profile, effects) => {
    const statements = [...coeMembers(['RS', 'IT']), ...assuranceRuling, conviction];
    const result = echrArt6Rule.evaluate(context({ host, profile, statements }));
    expect(result.findings.map((f) => f.effect)).toEqual(effects);
  });

  it('lists the Othman criteria and cites rulings on assurances', () => {
    const statements = [...coeMembers(['RS', 'IT']), ...assuranceRuling, conviction];
    const result = echrArt6Rule.evaluate(context({ profile: { assurances: { offered: true } }, statements }));
    const risk = result.findings.find((f) => f.effect === 'risk')!;
    expect(risk.summary).toContain(OTHMAN_CRITERIA[0]);
    expect(risk.cite).toContain(assuranceRuling[4]!.id);
    expect(result.findings[0]!.cite).toContain(conviction.id);
  });

  it('asks about assurances when the profile is silent', () => {
    const result = echrArt6Rule.evaluate(context({ statements: coeMembers(['RS']) }));
    expect(result.unknowns.map((u) => u.question).join()).toMatch(/assurances/);
  });
});
