import { describe, expect, it } from 'vitest';
import { hostRecordRule } from './host-record.js';
import { context, st } from './testing.js';

const surrender = [
  st('case:rs-five', 'host_state', 'country:RS'),
  st('case:rs-five', 'requesting_state', 'country:CN'),
  st('decision:rs-five', 'in_case', 'case:rs-five'),
  st('decision:rs-five', 'outcome', 'five people surrendered to China under domestic law'),
];
const albania = [
  st('case:al', 'host_state', 'country:AL'),
  st('case:al', 'requesting_state', 'country:CN'),
  st('decision:al-first', 'in_case', 'case:al'),
  st('decision:al-first', 'court_level', 'first instance'),
  st('decision:al-first', 'outcome', 'extradition approved'),
  st('decision:al-supreme', 'in_case', 'case:al'),
  st('decision:al-supreme', 'court_level', 'supreme court'),
  st('decision:al-supreme', 'outcome', 'approval overruled'),
];
const patrols = [
  st('program:cn-rs-joint-police-patrols', 'program_type', 'joint police patrol'),
  st('program:cn-rs-joint-police-patrols', 'country', 'country:RS'),
  st('program:cn-rs-joint-police-patrols', 'participant', 'country:CN'),
  st('program:cn-rs-joint-police-patrols', 'city', 'Belgrade'),
];
const safeCity = [
  st('program:belgrade-safe-city', 'program_type', 'surveillance camera deployment'),
  st('program:belgrade-safe-city', 'country', 'country:RS'),
  st('program:belgrade-safe-city', 'vendor', 'organization:huawei'),
  st('organization:huawei', 'located_in', 'country:CN'),
];
const station = [
  st('program:station-belgrade', 'program_type', 'overseas police service station'),
  st('program:station-belgrade', 'country', 'country:RS'),
  st('program:station-belgrade', 'owner', 'country:CN'),
  st('country:RS', 'position', 'denies Chinese police stations exist'),
];

describe('host-record decision table', () => {
  it.each([
    ['earlier surrender by the host', 'RS', surrender, ['risk']],
    ['refusal by the highest court', 'AL', albania, ['protection']],
    ['regional precedent only', 'RS', albania, ['info']],
    ['joint patrols', 'RS', patrols, ['risk']],
    ['surveillance by a company of the requesting state', 'RS', safeCity, ['risk']],
    ['police service station', 'RS', station, ['risk']],
    ['nothing recorded', 'DE', [], ['unknown']],
  ] as const)('%s → %j', (_name, host, statements, effects) => {
    const result = hostRecordRule.evaluate(context({ host, statements: [...statements] }));
    expect(result.findings.map((f) => f.effect)).toEqual(effects);
  });

  it('cites the patrols and the host’s denial of police stations', () => {
    const result = hostRecordRule.evaluate(context({ statements: [...patrols, ...station] }));
    const cites = result.findings.flatMap((f) => f.cite);
    expect(cites).toContain(patrols[2]!.id);
    expect(cites).toContain(station[3]!.id);
    expect(result.findings.map((f) => f.summary).join(' ')).toMatch(/Joint police patrols.*Belgrade/s);
  });

  it('ignores programs with no link to the requesting state', () => {
    const other = [
      st('program:x', 'program_type', 'joint police patrol'),
      st('program:x', 'country', 'country:RS'),
      st('program:x', 'participant', 'country:IT'),
    ];
    expect(hostRecordRule.evaluate(context({ statements: other })).findings[0]?.effect).toBe('unknown');
  });
});
