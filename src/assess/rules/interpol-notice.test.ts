import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { interpolRule } from './interpol-notice.js';
import { context, st } from './testing.js';

const misuse = st(
  'country:CN',
  'description',
  'accused of misusing INTERPOL and police cooperation against critics and minorities',
);

describe('interpol-notice decision table', () => {
  it.each<[string, Profile, string]>([
    ['not stated', {}, 'unknown'],
    ['no notice', { interpol: { notice: 'none' } }, 'info'],
    ['red notice', { interpol: { notice: 'red_notice' } }, 'risk'],
    ['diffusion, CCF pending', { interpol: { notice: 'diffusion', ccf: 'pending' } }, 'risk'],
    ['red notice deleted by the CCF', { interpol: { notice: 'red_notice', ccf: 'deleted' } }, 'protection'],
  ])('%s → %s', (_name, profile, effect) => {
    expect(interpolRule.evaluate(context({ profile, statements: [misuse] })).findings[0]?.effect).toBe(effect);
  });

  it('cites reports of misuse by the requesting state', () => {
    const f = interpolRule.evaluate(context({ profile: { interpol: { notice: 'red_notice' } }, statements: [misuse] }))
      .findings[0]!;
    expect(f.cite).toEqual([misuse.id]);
  });
});
