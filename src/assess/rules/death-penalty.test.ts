import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { deathPenaltyRule } from './death-penalty.js';
import { coeMembers, context } from './testing.js';

describe('death-penalty decision table', () => {
  it.each<[string, string, string, Profile, string[]]>([
    ['capital charge, CoE host', 'RS', 'CN', { charges: [{ category: 'embezzlement' }] }, ['risk', 'protection']],
    ['capital charge, non-member host', 'MA', 'CN', { charges: [{ category: 'drug_trafficking' }] }, ['risk']],
    ['non-capital charge', 'RS', 'CN', { charges: [{ category: 'fraud' }] }, ['info']],
    ['charges not stated', 'RS', 'CN', {}, ['unknown']],
    ['requesting state the rule does not know', 'RS', 'US', { charges: [{ category: 'corruption' }] }, ['unknown']],
    [
      'Hong Kong request, charge capital on the mainland',
      'RS',
      'HK',
      { charges: [{ category: 'national_security' }] },
      ['risk'],
    ],
    [
      'Hong Kong request, charge not capital on the mainland',
      'RS',
      'HK',
      { charges: [{ category: 'fraud' }] },
      ['unknown'],
    ],
  ])('%s → %j', (_name, host, requesting, profile, effects) => {
    const result = deathPenaltyRule.evaluate(context({ host, requesting, profile, statements: coeMembers(['RS']) }));
    expect(result.findings.map((f) => f.effect)).toEqual(effects);
  });

  it('mentions an offered death-penalty assurance', () => {
    const f = deathPenaltyRule.evaluate(
      context({
        profile: { charges: [{ category: 'corruption' }], assurances: { offered: true, kinds: ['death_penalty'] } },
      }),
    ).findings[0]!;
    expect(f.summary).toMatch(/assurance has been offered/);
  });
});
