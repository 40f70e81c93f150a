import { describe, expect, it } from 'vitest';
import { echrArt3Rule } from './echr-art3.js';
import { coeMembers, context, liuStatements, st } from './testing.js';

describe('echr-art3 decision table', () => {
  it.each([
    [
      'CoE host, China requesting, Liu decided',
      'RS',
      'CN',
      '2026-11-23',
      [...coeMembers(['RS', 'PL']), ...liuStatements()],
      'bar',
    ],
    [
      'CoE host, China requesting, before Liu',
      'RS',
      'CN',
      '2021-01-01',
      [...coeMembers(['RS', 'PL']), ...liuStatements()],
      'protection',
    ],
    [
      'CoE host, other requesting state',
      'RS',
      'RU',
      '2026-11-23',
      [...coeMembers(['RS', 'PL']), ...liuStatements()],
      'protection',
    ],
    [
      'non-member by complete list',
      'MA',
      'CN',
      '2026-11-23',
      [...coeMembers(['RS', 'PL']), ...liuStatements()],
      'info',
    ],
    [
      'membership not recorded',
      'MA',
      'CN',
      '2026-11-23',
      [st('country:RS', 'member_of', 'organization:council-of-europe')],
      'unknown',
    ],
  ] as const)('%s → %s', (_name, host, requesting, asOf, statements, effect) => {
    const result = echrArt3Rule.evaluate(context({ host, requesting, asOf, statements: [...statements] }));
    expect(result.findings[0]?.effect).toBe(effect);
  });

  it('cites Liu v. Poland and the membership statement when it bars', () => {
    const statements = [...coeMembers(['RS']), ...liuStatements()];
    const finding = echrArt3Rule.evaluate(context({ statements })).findings[0]!;
    expect(finding.summary).toMatch(/liu v poland|Liu v\. Poland/i);
    const outcome = statements.find((s) => s.property === 'outcome' && /article 3/.test(JSON.stringify(s.value)))!;
    expect(finding.cite).toContain(outcome.id);
    expect(finding.cite).toContain(statements[0]!.id);
  });

  it('follows membership dates: Russia bound before it left, not after', () => {
    const statements = [
      st('country:RU', 'member_of', 'organization:council-of-europe', { qualifiers: { valid_to: '2022-03-15' } }),
      st('country:RS', 'member_of', 'organization:council-of-europe'),
      st('organization:council-of-europe', 'member_count', 1, { qualifiers: { valid_from: '2022-03-16' } }),
    ];
    expect(
      echrArt3Rule.evaluate(context({ host: 'RU', requesting: 'CN', asOf: '2021-06', statements })).findings[0]?.effect,
    ).toBe('protection');
    expect(
      echrArt3Rule.evaluate(context({ host: 'RU', requesting: 'CN', asOf: '2023-01', statements })).findings[0]?.effect,
    ).toBe('info');
  });
});
