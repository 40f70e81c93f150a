/**
 * @module Tests of program and project extraction (made-up sentences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordsIn } from './keywords.js';
import { EQUIPMENT, extractPrograms, keywords, PATROLS, SAFE_CITY, SMART_CITY, STATIONS } from './programs.js';
import { docOf } from './test-doc.js';

function facts(text: string): string[] {
  const { doc } = docOf(text);
  return extractPrograms(doc).map((c) => `${c.entity.id} ${c.property} ${JSON.stringify(c.value)}`);
}

function qualified(text: string, property: string): unknown[] {
  const { doc } = docOf(text);
  return extractPrograms(doc)
    .filter((c) => c.property === property)
    .map((c) => c.qualifiers ?? {});
}

describe('joint patrols', () => {
  it('reads the host, both police sides, officers and a start date', () => {
    expect(facts('Joint police patrols with four Chinese police officers began in Croatia in June 2019.')).toEqual([
      'program:cn-hr-joint-police-patrols program_type {"type":"text","text":"joint police patrol"}',
      'program:cn-hr-joint-police-patrols country {"type":"ref","id":"country:HR"}',
      'program:cn-hr-joint-police-patrols participant {"type":"ref","id":"country:CN"}',
      'program:cn-hr-joint-police-patrols participant {"type":"ref","id":"country:HR"}',
      'program:cn-hr-joint-police-patrols started {"type":"date","date":"2019-06"}',
      'program:cn-hr-joint-police-patrols officer_count {"type":"number","amount":4,"unit":"officers"}',
    ]);
  });

  it('reads hyphenated and verbal phrasings, and cities of the host', () => {
    const out = facts('In 2018 Chinese officers patrolled the old town together with Hungarian colleagues.');
    expect(out).toContain('program:cn-hu-joint-police-patrols participant {"type":"ref","id":"country:CN"}');
    expect(out).toContain('program:cn-hu-joint-police-patrols year {"type":"date","date":"2018"}');
    const cities = facts('Joint-police patrols were later held in Novi Sad and Subotica.');
    expect(cities).toContain('program:cn-rs-joint-police-patrols city {"type":"text","text":"Novi Sad"}');
    expect(cities).toContain('program:cn-rs-joint-police-patrols city {"type":"text","text":"Subotica"}');
  });

  it('names no Chinese participant unless the sentence names Chinese police', () => {
    const out = facts('Joint patrols in Serbia were welcomed by Chinese tour operators.');
    expect(out).toContain('program:cn-rs-joint-police-patrols country {"type":"ref","id":"country:RS"}');
    expect(out.filter((f) => f.includes(' participant '))).toEqual([]);
  });

  it('reads a start only from a start word, and skips reference-list entries', () => {
    expect(facts('In 2020 Italian police and Chinese officers held joint patrols in Rome.')).not.toContain(
      'program:cn-it-joint-police-patrols started {"type":"date","date":"2020"}',
    );
    expect(facts('See “Joint patrols in Italy,” Example News, May 2, 2016, https://example.org/patrols.')).toEqual([]);
  });
});

describe('police service stations', () => {
  it('reads a station in a named city, also through “these centres”', () => {
    const out = facts(
      'Investigators counted dozens of Chinese overseas police service stations. One of these centres operated in Prague.',
    );
    expect(out).toContain(
      'program:cn-overseas-police-service-stations program_type {"type":"text","text":"overseas police service station"}',
    );
    expect(out).toContain('program:cn-overseas-police-station-prague city {"type":"text","text":"Prague"}');
    expect(out).toContain('program:cn-overseas-police-station-prague country {"type":"ref","id":"country:CZ"}');
  });

  it('ignores where the reporting NGO sits and stations without a Chinese link', () => {
    const out = facts('A Madrid-based group described police stations run by China abroad.');
    expect(out.some((f) => f.includes('madrid') || f.includes('country:ES'))).toBe(false);
    expect(facts('Local police stations in Lyon were renovated.')).toEqual([]);
    expect(facts('These centres in Lyon were renovated.')).toEqual([]);
  });
});

describe('surveillance', () => {
  it('reads camera deployments with counts and vendors', () => {
    const out = facts('Some 1,200 cameras supplied by Hikvision were installed in Belgrade.');
    expect(out).toContain(
      'program:belgrade-surveillance-cameras camera_count {"type":"number","amount":1200,"unit":"cameras"}',
    );
    expect(out).toContain('program:belgrade-surveillance-cameras vendor {"type":"ref","id":"organization:hikvision"}');
    expect(out).toContain(
      'program:belgrade-surveillance-cameras program_type {"type":"text","text":"surveillance camera deployment"}',
    );
  });

  it('resolves “the capital” to the capital named before, and marks planned and minimum counts', () => {
    const text =
      'Protests filled Budapest last spring. Police then put up at least 400 cameras from Dahua in the capital and plan 900 additional cameras.';
    const out = facts(text);
    expect(out).toContain('program:budapest-surveillance-cameras city {"type":"text","text":"Budapest"}');
    expect(out).toContain('program:budapest-surveillance-cameras vendor {"type":"ref","id":"organization:dahua"}');
    expect(qualified(text, 'camera_count')).toEqual([{ bound: 'min' }, { estimate: 'planned' }]);
  });

  it('reads equipment a known vendor made, or deployed Chinese equipment, in named places', () => {
    expect(facts('Traffic police in Skopje wear body cams made by Hytera.')).toContain(
      'program:skopje-surveillance-cameras vendor {"type":"ref","id":"organization:hytera"}',
    );
    const out = facts('Chinese surveillance systems were deployed across Montenegro and Albania.');
    expect(out).toContain('program:montenegro-surveillance country {"type":"ref","id":"country:ME"}');
    expect(out).toContain('program:albania-surveillance country {"type":"ref","id":"country:AL"}');
  });

  it('needs a Chinese link and a place for equipment', () => {
    expect(facts('Cameras were installed in Vienna by a local firm.')).toEqual([]);
    expect(facts('Chinese surveillance technology worries civil society.')).toEqual([]);
    expect(facts('Hikvision cameras are a testing ground for Serbia.')).toEqual([]);
  });

  it('pairs Safe City and Smart City systems with their cities', () => {
    const out = facts('ZTE’s “Smart City” and “Safe City” systems went live in Kragujevac and Subotica, respectively.');
    expect(out).toContain('program:kragujevac-smart-city city {"type":"text","text":"Kragujevac"}');
    expect(out).toContain('program:subotica-safe-city city {"type":"text","text":"Subotica"}');
    expect(out).not.toContain('program:subotica-smart-city city {"type":"text","text":"Subotica"}');
    expect(out).toContain('program:subotica-safe-city vendor {"type":"ref","id":"organization:zte"}');
  });

  it('needs a place for Safe City and a product for Smart City', () => {
    expect(facts('Exports of Safe City systems strengthen the hand of Serbia’s rulers.')).toEqual([]);
    expect(facts('Chinese firms offer smart city development in Serbia.')).toEqual([]);
  });
});

describe('projects', () => {
  it('reads a financed project', () => {
    const out = facts('The Kenya Northern Railway, worth $3.2 billion, was financed by a loan from China Exim Bank.');
    expect(out).toContain(
      'project:kenya-northern-railway amount {"type":"money","amount":3200000000,"currency":"USD"}',
    );
    expect(out).toContain(
      'project:kenya-northern-railway financier {"type":"ref","id":"organization:china-exim-bank"}',
    );
  });

  it('reads “The project” as the project the previous sentence named', () => {
    const out = facts(
      'Work began on the Bar Boljare motorway in Montenegro. The project is financed with €800 million in loans from Exim Bank.',
    );
    expect(out).toContain('project:bar-boljare-motorway amount {"type":"money","amount":800000000,"currency":"EUR"}');
    expect(out).toContain('project:bar-boljare-motorway financier {"type":"ref","id":"organization:china-exim-bank"}');
    expect(facts('The project is financed with €800 million in loans.')).toEqual([]);
  });

  it('reads the financing state of a “Chinese-funded” project', () => {
    const out = facts('The Chinese-funded Ugljevik Power Plant in Bosnia is behind schedule.');
    expect(out).toContain('project:ugljevik-power-plant financier {"type":"ref","id":"country:CN"}');
    expect(out).toContain('project:ugljevik-power-plant country {"type":"ref","id":"country:BA"}');
    expect(facts('The Chinese-run Ugljevik Power Plant in Bosnia is behind schedule.')).toEqual([]);
  });
});

describe('program pre-check', () => {
  it('skips no sentence a patrol, station or surveillance pattern matches', () => {
    const WORDS = ['joint', 'JOINT', 'police', 'Police', 'patrols', 'patrolled', 'alongside', 'service', 'SERVICE'];
    const MORE = ['overseas', 'stations', 'centre', 'centers', 'Safe', 'safe', 'Smart', 'City', 'Cities', '-', ' '];
    const EVEN_MORE = ['Ｓafe', 'ſafe', 'the', 'surveillance', 'cameras', 'body', 'cams', 'monitoring', 'systems'];
    const MARKS = ['https://', ':/', '//', '-funded', '-financed', 'Chinese', 'funded'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...WORDS, ...MORE, ...EVEN_MORE, ...MARKS), fc.string({ maxLength: 3 })), {
        maxLength: 12,
      })
      .chain((ws) => fc.constantFrom(ws.join(' '), ws.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const k = keywords(t, keywordsIn(t));
        if (PATROLS.test(t)) expect(k.patrol).toBe(true);
        if (STATIONS.test(t)) expect(k.station).toBe(true);
        if (SAFE_CITY.test(t) || SMART_CITY.test(t)) expect(k.brand).toBe(true);
        if (EQUIPMENT.test(t)) expect(k.equipment).toBe(true);
        expect(k.url).toBe(t.includes('://'));
        expect(k.funded).toBe(t.includes('-funded') || t.includes('-financed'));
      }),
      { numRuns: 3000 },
    );
  });
});
