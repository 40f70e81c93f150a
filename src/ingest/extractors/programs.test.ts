/**
 * @module Tests of program and project extraction (made-up sentences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPrograms, HINT, PATROLS, SAFE_CITY, STATIONS } from './programs.js';
import { docOf } from './test-doc.js';

function facts(text: string): string[] {
  const { doc } = docOf(text);
  return extractPrograms(doc).map((c) => `${c.entity.id} ${c.property} ${JSON.stringify(c.value)}`);
}

describe('extractPrograms', () => {
  it('reads joint patrols with officers and a start date', () => {
    expect(facts('Joint police patrols with four Chinese police officers began in Croatia in June 2019.')).toEqual([
      'program:cn-hr-joint-police-patrols program_type {"type":"text","text":"joint_patrol"}',
      'program:cn-hr-joint-police-patrols country {"type":"ref","id":"country:HR"}',
      'program:cn-hr-joint-police-patrols participant {"type":"ref","id":"country:CN"}',
      'program:cn-hr-joint-police-patrols started {"type":"date","date":"2019-06"}',
      'program:cn-hr-joint-police-patrols officer_count {"type":"number","amount":4,"unit":"officers"}',
    ]);
  });

  it('reads camera deployments with counts and vendors', () => {
    const out = facts('Some 1,200 cameras supplied by Hikvision were installed in Belgrade.');
    expect(out).toContain(
      'program:belgrade-surveillance-cameras camera_count {"type":"number","amount":1200,"unit":"cameras"}',
    );
    expect(out).toContain('program:belgrade-surveillance-cameras vendor {"type":"ref","id":"organization:hikvision"}');
  });

  it('reads a financed project', () => {
    const out = facts('The Kenya Northern Railway, worth $3.2 billion, was financed by a loan from China Exim Bank.');
    expect(out).toContain(
      'project:kenya-northern-railway amount {"type":"money","amount":3200000000,"currency":"USD"}',
    );
    expect(out).toContain(
      'project:kenya-northern-railway financier {"type":"ref","id":"organization:china-exim-bank"}',
    );
  });
});

describe('program pre-check', () => {
  it('skips no sentence a patrol, station or Safe City pattern matches', () => {
    const WORDS = ['joint', 'JOINT', 'police', 'Police', 'patrols', 'service', 'SERVICE', 'overseas', 'stations'];
    const MORE = ['centre', 'centers', 'Safe', 'safe', 'City', 'Cities', '-', ' ', 'Ｓafe', 'ſafe', 'the'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS, ...MORE), fc.string({ maxLength: 3 })), { maxLength: 12 })
      .chain((ws) => fc.constantFrom(ws.join(' '), ws.join('')));
    fc.assert(
      fc.property(text, (t) => {
        if (PATROLS.test(t) || STATIONS.test(t) || SAFE_CITY.test(t)) expect(HINT.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
