import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { hongKongRule } from './hong-kong-nsl.js';
import { context, st } from './testing.js';

const nsl = st(
  'instrument:hk-national-security-law',
  'description',
  'lets cases be moved from Hong Kong to the mainland',
);
const cassation = [
  st('case:fr-hk', 'host_state', 'country:FR'),
  st('case:fr-hk', 'requesting_state', 'country:HK'),
  st('decision:fr-cass', 'in_case', 'case:fr-hk'),
  st('decision:fr-cass', 'outcome', 'favourable opinion on extradition annulled'),
  st('decision:fr-cass', 'ground', 'request made by an entity that is not a sovereign state'),
];

describe('hong-kong-nsl decision table', () => {
  it.each<[string, string, Profile, string[], boolean]>([
    ['request from HK', 'HK', {}, ['risk'], false],
    ['request from HK with a non-sovereign ruling', 'HK', {}, ['risk', 'protection'], true],
    ['PRC request for a HK activist', 'CN', { groups: ['hong_kong_activist'] }, ['risk'], false],
    ['PRC request, no HK link', 'CN', {}, [], false],
  ])('%s → %j', (_name, requesting, profile, effects, withRuling) => {
    const statements = withRuling ? [nsl, ...cassation] : [nsl];
    const result = hongKongRule.evaluate(context({ host: 'CZ', requesting, profile, statements }));
    expect(result.findings.map((f) => f.effect)).toEqual(effects);
  });

  it('cites the NSL provision on moving cases to the mainland', () => {
    const f = hongKongRule.evaluate(context({ host: 'CZ', requesting: 'HK', statements: [nsl] })).findings[0]!;
    expect(f.cite).toEqual([nsl.id]);
  });
});
