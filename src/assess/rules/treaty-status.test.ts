import { describe, expect, it } from 'vitest';
import { treatyStatusRule } from './treaty-status.js';
import { context, st, treatyView } from './testing.js';

const ID = 'instrument:cn-rs-extradition-2024';
const signed = st(ID, 'signed', '2024-05');
const cnRatified = st(ID, 'ratified', '2025-09-12', { qualifiers: { party: 'country:CN' } });
const inForce = st(ID, 'entered_into_force', '2026-01-01');
const rsSuspended = st(ID, 'suspended', '2026-06-01', { qualifiers: { party: 'country:RS' } });

function run(statements: ReturnType<typeof st>[], asOf = '2026-11-23') {
  const treaties = statements.length ? [treatyView(ID, ['country:CN', 'country:RS'], statements, asOf)] : [];
  return treatyStatusRule.evaluate(context({ asOf, treaties }));
}

describe('treaty-status decision table', () => {
  it.each([
    ['no treaty recorded', [], '2026-11-23', 'unknown', /not protection/],
    ['signed only', [signed], '2024-06', 'risk', /signed; not in force/],
    ['ratified by China only', [signed, cnRatified], '2025-10', 'risk', /ratified by CN; not in force/],
    ['in force', [signed, cnRatified, inForce], '2026-02', 'risk', /in force.*treaty route/],
    [
      'suspended by the host',
      [signed, cnRatified, inForce, rsSuspended],
      '2026-07',
      'protection',
      /suspended by the host/,
    ],
  ] as const)('%s → %s', (_name, statements, asOf, effect, summary) => {
    const result = run([...statements], asOf);
    const finding = result.findings[0]!;
    expect(finding.effect).toBe(effect);
    expect(finding.summary).toMatch(summary);
  });

  it('cites only events dated on or before the assessment date', () => {
    const finding = run([signed, cnRatified], '2025-01').findings[0]!;
    expect(finding.cite).toContain(signed.id);
    expect(finding.cite).not.toContain(cnRatified.id);
    expect(finding.summary).toMatch(/signed; not in force/);
  });

  it('never reassures when no treaty is recorded, and lists the open question', () => {
    const result = run([]);
    expect(result.findings.map((f) => f.effect)).toEqual(['unknown']);
    expect(result.unknowns[0]?.question).toMatch(/treaty/);
  });

  it('answers unknown for an unknown host', () => {
    const result = treatyStatusRule.evaluate(context({ host: 'ZZ', hostKnown: false }));
    expect(result.findings[0]?.effect).toBe('unknown');
  });
});
