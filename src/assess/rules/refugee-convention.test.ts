import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { refugeeRule } from './refugee-convention.js';
import { context, st } from './testing.js';

const party = st('country:RS', 'member_of', 'organization:refugee-convention-states-parties');

describe('refugee-convention decision table', () => {
  it.each<[string, Profile, boolean, string]>([
    ['not stated', {}, true, 'unknown'],
    ['recognised, host a party', { asylum: { status: 'recognised', country: 'RS' } }, true, 'bar'],
    ['recognised, party status not recorded', { asylum: { status: 'recognised' } }, false, 'protection'],
    ['UNHCR mandate, host a party', { asylum: { status: 'unhcr_mandate' } }, true, 'bar'],
    ['pending claim', { asylum: { status: 'pending' } }, true, 'protection'],
    ['rejected claim', { asylum: { status: 'rejected' } }, true, 'info'],
    ['no claim', { asylum: { status: 'none' } }, true, 'info'],
  ])('%s → %s', (_name, profile, isParty, effect) => {
    const result = refugeeRule.evaluate(context({ profile, statements: isParty ? [party] : [] }));
    expect(result.findings[0]?.effect).toBe(effect);
    if (!isParty) expect(result.unknowns.map((u) => u.question).join()).toMatch(/Refugee Convention/);
  });
});
