import { describe, expect, it } from 'vitest';
import type { Profile } from '../profile.js';
import { echrArt5Rule } from './echr-art5-detention.js';
import { coeMembers, context, liuStatements } from './testing.js';

const record = [...coeMembers(['RS', 'PL']), ...liuStatements()];

describe('echr-art5-detention decision table', () => {
  it.each<[string, Profile, string, string]>([
    ['detention not stated', {}, 'RS', 'unknown'],
    ['not in custody', { detention: { in_custody: false } }, 'RS', 'info'],
    ['5 months, moving', { detention: { in_custody: true, months: 5, last_step: '2026-10' } }, 'RS', 'info'],
    ['14 months in a CoE host', { detention: { in_custody: true, since: '2025-09-01' } }, 'RS', 'protection'],
    ['stalled 8 months', { detention: { in_custody: true, months: 3, last_step: '2026-03-10' } }, 'RS', 'protection'],
    ['14 months, non-member host', { detention: { in_custody: true, months: 14 } }, 'MA', 'info'],
    ['in custody, length not stated', { detention: { in_custody: true } }, 'RS', 'unknown'],
  ])('%s → %s', (_name, profile, host, effect) => {
    const result = echrArt5Rule.evaluate(context({ host, profile, statements: record }));
    expect(result.findings[0]?.effect).toBe(effect);
  });

  it('cites the ECtHR finding on Art 5 when flagging long detention', () => {
    const finding = echrArt5Rule.evaluate(
      context({ profile: { detention: { in_custody: true, months: 30 } }, statements: record }),
    ).findings[0]!;
    const art5 = record.find((s) => s.property === 'outcome' && /article 5/.test(JSON.stringify(s.value)))!;
    expect(finding.cite).toContain(art5.id);
    expect(finding.summary).toMatch(/30 months/);
  });
});
