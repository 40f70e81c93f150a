/**
 * End-to-end briefs over the real data set (`data/*.json`, texts from `../shared/seeds`): the
 * scenarios of issue 5, asserting the findings and citations that must and must not appear.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/helpers.js';
import { SEEDS_DIR } from '../config/paths.js';
import type { Role } from '../domain/index.js';
import { loadDataset } from '../load/index.js';
import { SqliteStore } from '../store/index.js';
import type { Brief, Finding, Profile } from './index.js';
import { assess, parseProfile } from './index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, 'data');
const NOW = new Date('2026-11-23T12:00:00Z');

function example(name: string): Profile {
  return parseProfile(JSON.parse(readFileSync(resolve(ROOT, 'examples', name), 'utf8')));
}

let store: SqliteStore;
beforeAll(async () => {
  store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store, { dataDir: DATA, textDirs: [SEEDS_DIR] });
});
afterAll(async () => {
  await store.close();
});

function brief(
  host: string,
  requesting: string,
  profile: Profile = {},
  role: Role = 'public',
  asOf?: string,
): Promise<Brief> {
  return assess(store, { host, requesting, profile, now: NOW, ...(asOf ? { asOf } : {}) }, role);
}

function finding(b: Brief, rule: string, effect?: Finding['effect']): Finding {
  const f = b.findings.find((x) => x.rule === rule && (!effect || x.effect === effect));
  if (!f)
    throw new Error(
      `no ${effect ?? ''} finding of ${rule}: ${b.findings.map((x) => `${x.rule}/${x.effect}`).join(', ')}`,
    );
  return f;
}

const cited = (f: Finding): string[] => f.citations.map((c) => c.entity);
const allCitations = (b: Brief) => [
  ...b.findings.flatMap((f) => f.citations),
  ...b.precedents.flatMap((p) => p.citations),
];

describe('a Uyghur activist arrested in Serbia on a request from China', () => {
  let b: Brief;
  beforeAll(async () => {
    b = await brief('RS', 'CN', example('uyghur-activist.json'));
  });

  it('bars removal under ECHR Art 3, citing Liu v. Poland and Serbia’s membership', () => {
    const f = finding(b, 'echr-art3', 'bar');
    expect(cited(f)).toContain('decision:echr-liu-v-poland-2022');
    expect(cited(f)).toContain('country:RS');
    expect(f.summary).toMatch(/Liu v\. Poland/);
    expect(b.findings[0]?.effect).toBe('bar');
  });

  it('states the treaty as signed, ratified by China, not in force — with its events cited', () => {
    const f = finding(b, 'treaty-status', 'risk');
    expect(f.summary).toMatch(/signed; ratified by CN; not in force/);
    expect(cited(f)).toContain('instrument:cn-rs-extradition-2024');
    expect(f.citations.some((c) => c.property === 'ratified' && c.value === '12 September 2025')).toBe(true);
  });

  it('reports the Serbian joint patrols, the Belgrade police station and surveillance, each cited', () => {
    const host = b.findings.filter((f) => f.rule === 'host-record').flatMap(cited);
    expect(host).toContain('program:cn-rs-joint-police-patrols');
    expect(host).toContain('program:cn-overseas-police-station-belgrade');
    expect(host).toContain('program:belgrade-safe-city');
  });

  it('lists precedents from the region with outcomes and grounds', () => {
    const albania = b.precedents.find((p) => p.case === 'case:al-2022-cn-fraud-extradition');
    expect(albania?.relevance.join()).toMatch(/same region \(Western Balkans\)/);
    expect(albania?.decisions.flatMap((d) => d.grounds)).toContain('risk of political persecution');
    expect(b.precedents[0]?.case).toBe('case:rs-cn-domestic-law-surrenders');
    expect(b.precedents.find((p) => p.case === 'case:liu-v-poland')?.relevance.join()).toMatch(
      /court whose rulings reach the host/,
    );
  });

  it('flags the pending asylum claim, the political charge, the Red Notice and 14 months of detention', () => {
    expect(finding(b, 'refugee-convention').effect).toBe('protection');
    expect(finding(b, 'political-offence').effect).toBe('protection');
    expect(finding(b, 'interpol-notice').effect).toBe('risk');
    expect(finding(b, 'echr-art5-detention').summary).toMatch(/14 months/);
    expect(finding(b, 'death-penalty', 'risk').summary).toMatch(/terrorism/);
  });

  it('cites every finding’s statements with a source and its evidence', () => {
    for (const c of allCitations(b)) {
      expect(c.statement).toMatch(/^st_/);
      expect(c.source.id).toMatch(/^source:/);
      if (c.evidence.status === 'verified') expect(c.evidence.quote?.length).toBeGreaterThan(0);
      else expect(c.evidence.status).toBe('pinpoint');
    }
    expect(allCitations(b).some((c) => c.evidence.status === 'verified')).toBe(true);
  });

  it('says it is not legal advice and dates the record it used', () => {
    expect(b.disclaimer).toMatch(/not legal advice/);
    expect(b.record.date).toBe('2026-11-23');
    expect(b.assessment_date).toBe('2026-11-23');
  });
});

describe('a Taiwanese national in Poland on a fraud charge', () => {
  let b: Brief;
  beforeAll(async () => {
    b = await brief('PL', 'CN', example('taiwanese-fraud.json'));
  });

  it('finds Liu v. Poland first: same host, same nationality, similar charge', () => {
    const liu = b.precedents[0]!;
    expect(liu.case).toBe('case:liu-v-poland');
    expect(liu.relevance.join()).toMatch(/same host state \(PL\).*same nationality \(TW\)/);
    expect(liu.relevance.join()).toMatch(/similar charges \(.*fraud/);
    expect(liu.decisions.map((d) => d.decided_on)).toEqual(['2018-02', '2018-07-26', '2020-10-01', '2022-10-06']);
  });

  it('bars under Art 3, counts Poland’s refusal, and applies the EU Charter', () => {
    expect(finding(b, 'echr-art3').effect).toBe('bar');
    expect(finding(b, 'host-record', 'protection').summary).toMatch(/Liu v\. Poland/);
    expect(finding(b, 'eu-charter').effect).toBe('protection');
  });

  it('does not claim capital exposure for fraud, and asks for the statute instead', () => {
    expect(finding(b, 'death-penalty').effect).toBe('info');
    expect(b.unknowns.map((u) => u.question).join()).toMatch(/criminal code/);
  });
});

describe('a Hong Kong activist in the Czech Republic on a request from Hong Kong', () => {
  let b: Brief;
  beforeAll(async () => {
    b = await brief('CZ', 'HK', example('hk-activist.json'));
  });

  it('shows the Czech–Hong Kong agreement in force (not suspended) as a risk', () => {
    const f = finding(b, 'treaty-status', 'risk');
    expect(f.summary).toMatch(/Hong Kong–Czech Republic/);
    expect(f.summary).toMatch(/in force/);
    expect(cited(f)).toContain('instrument:hk-cz-extradition');
  });

  it('warns of onward transfer under the NSL and cites the French ruling on a non-sovereign requester', () => {
    expect(cited(finding(b, 'hong-kong-nsl', 'risk'))).toContain('instrument:hk-national-security-law');
    expect(cited(finding(b, 'hong-kong-nsl', 'protection'))).toContain('decision:fr-cassation-2012-11-87679');
    expect(finding(b, 'political-offence').effect).toBe('protection');
  });

  it('does not apply Liu as a bar to a Hong Kong request, but flags mainland capital exposure', () => {
    expect(finding(b, 'echr-art3').effect).toBe('protection');
    expect(finding(b, 'death-penalty').summary).toMatch(/Hong Kong has no death penalty.*mainland/);
  });
});

describe('an economic-crime suspect in Albania with assurances offered', () => {
  let b: Brief;
  beforeAll(async () => {
    b = await brief('AL', 'CN', example('economic-crime.json'));
  });

  it('flags capital exposure for embezzlement and tests the assurances against Othman', () => {
    expect(finding(b, 'death-penalty', 'risk').summary).toMatch(/embezzlement.*assurance has been offered/);
    const othman = finding(b, 'echr-art6-fair-trial', 'risk');
    expect(othman.summary).toMatch(/Othman/);
    expect(cited(othman)).toContain('decision:it-cassation-2023-cn-extradition');
  });

  it('counts the Albanian Supreme Court’s reversal as a protection and finds no treaty', () => {
    expect(cited(finding(b, 'host-record', 'protection'))).toContain('decision:al-supreme-court-cn-fraud-extradition');
    expect(finding(b, 'treaty-status').effect).toBe('unknown');
    expect(finding(b, 'eu-charter').effect).toBe('info');
  });
});

describe('a recognised refugee in Morocco (restricted records)', () => {
  it('bars return under Art 33 and applies CAT, without the ECHR', async () => {
    const b = await brief('MA', 'CN', example('refugee-morocco.json'));
    expect(finding(b, 'refugee-convention').effect).toBe('bar');
    expect(finding(b, 'uncat-art3').effect).toBe('protection');
    expect(finding(b, 'echr-art3').effect).toBe('info');
    expect(finding(b, 'treaty-status', 'risk').summary).toMatch(/China–Morocco/);
  });

  it('shows the Idris Hasan case only to a role allowed to see it', async () => {
    const pub = await brief('MA', 'CN', example('refugee-morocco.json'), 'public');
    const researcher = await brief('MA', 'CN', example('refugee-morocco.json'), 'researcher');
    const text = JSON.stringify(pub);
    expect(text).not.toMatch(/Idris|Yidiresi|idris-hasan/i);
    expect(pub.precedents.map((p) => p.case)).not.toContain('case:ma-idris-hasan-extradition');
    expect(researcher.precedents[0]?.case).toBe('case:ma-idris-hasan-extradition');
    expect(cited(finding(researcher, 'uncat-art3'))).toContain('decision:uncat-interim-measures-idris-hasan');
    expect(finding(researcher, 'uncat-art3').summary).toMatch(/still approved/);
    expect(finding(researcher, 'host-record', 'risk').summary).toMatch(/Morocco has surrendered or approved/);
    expect(finding(pub, 'host-record').effect).toBe('unknown');
  });
});

describe('restricted statements in a public record', () => {
  it('keep the restricted Liu ground out of a public brief and show it to a researcher', async () => {
    const restricted = 'risk of being ill-treated after surrender';
    const pub = await brief('RS', 'CN', example('uyghur-activist.json'), 'public');
    const admin = await brief('RS', 'CN', example('uyghur-activist.json'), 'admin');
    expect(JSON.stringify(pub)).not.toContain(restricted);
    expect(JSON.stringify(pub)).not.toContain('person:liu-v-poland-applicant');
    expect(JSON.stringify(admin)).toContain(restricted);
  });
});

describe('a state with no recorded treaty with China', () => {
  it('answers unknown, cites the source saying there is none, and never reassures', async () => {
    const b = await brief('DE', 'CN');
    const f = finding(b, 'treaty-status');
    expect(f.effect).toBe('unknown');
    expect(f.summary).toMatch(/not protection/);
    expect(f.citations.map((c) => c.value)).toContain('no extradition treaty with China');
    expect(b.unknowns.length).toBeGreaterThan(5);
    for (const rule of [
      'refugee-convention',
      'political-offence',
      'death-penalty',
      'echr-art5-detention',
      'interpol-notice',
    ]) {
      expect(finding(b, rule).effect).toBe('unknown');
    }
  });
});

describe('an unknown host state', () => {
  it('yields unknown findings, not an error and not reassurance', async () => {
    const b = await brief('ZZ', 'CN', example('uyghur-activist.json'));
    expect(b.request.host).toEqual({ code: 'ZZ', name: null, known: false });
    expect(b.findings.length).toBeGreaterThan(5);
    expect(new Set(b.findings.map((f) => f.effect))).toEqual(new Set(['unknown']));
  });

  it('rejects a malformed code with a clear error', async () => {
    await expect(brief('Serbia', 'CN')).rejects.toThrow(/host: expected a two-letter ISO code/);
  });
});

describe('the date and the host change the brief as the record says', () => {
  it('before China’s ratification the treaty is only signed', async () => {
    const b = await brief('RS', 'CN', {}, 'public', '2024-06');
    expect(finding(b, 'treaty-status', 'risk').summary).toMatch(/signed; not in force/);
  });

  it('before Liu v. Poland Art 3 protects but does not bar', async () => {
    const b = await brief('RS', 'CN', {}, 'public', '2021-06');
    expect(finding(b, 'echr-art3').effect).toBe('protection');
    expect(b.precedents.map((p) => p.case)).not.toContain('case:it-2023-cn-extradition');
  });

  it('Russia is bound by the ECHR before it left the Council of Europe, not after', async () => {
    expect(finding(await brief('RU', 'CN', {}, 'public', '2021-06'), 'echr-art3').effect).toBe('protection');
    expect(finding(await brief('RU', 'CN', {}, 'public', '2023-06'), 'echr-art3').effect).toBe('info');
  });

  it('a Hong Kong agreement suspended by the host is a protection', async () => {
    const b = await brief('GB', 'HK', {}, 'public', '2021');
    expect(finding(b, 'treaty-status', 'protection').summary).toMatch(/suspended/);
    const before = await brief('GB', 'HK', {}, 'public', '2020-06');
    expect(before.findings.find((f) => f.rule === 'treaty-status')?.effect).not.toBe('protection');
  });
});

describe('longarm assess (CLI)', () => {
  let db: string;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'longarm-assess-'));
    db = join(dir, 'a.db');
  });

  it('prints the acceptance brief in Markdown, loading the data set into an empty database', async () => {
    const r = await runCli([
      'assess',
      '--db',
      db,
      '--host',
      'RS',
      '--requesting',
      'CN',
      '--profile',
      'examples/uyghur-activist.json',
      '--format',
      'md',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[BAR\] ECHR Art 3/);
    expect(r.stdout).toMatch(/Liu v\. Poland/);
    expect(r.stdout).toMatch(/signed; ratified by CN; not in force/);
    expect(r.stdout).toMatch(/China–Serbia joint police patrols/);
    expect(r.stdout).toMatch(/Albania: China’s 2022 extradition request/);
    expect(r.stdout).toMatch(/Source: .*`st_/);
    expect(r.stdout).toMatch(/Not legal advice/);
  });

  it('names the bad field of a malformed profile', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ charges: [{ category: 'jaywalking' }], nationalities: ['CN'] }));
    const r = await runCli(['assess', '--db', db, '--host', 'RS', '--requesting', 'CN', '--profile', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/charges\.0\.category/);
  });

  it('prints JSON that validates against the published schema', async () => {
    const r = await runCli([
      'assess',
      '--db',
      db,
      '--host',
      'RS',
      '--requesting',
      'CN',
      '--profile',
      'examples/uyghur-activist.json',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(resolve(ROOT, 'schemas/brief.schema.json'), 'utf8')) as object,
    );
    expect(validate(JSON.parse(r.stdout)), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('writes HTML to --out', async () => {
    const out = join(dir, 'brief.html');
    const r = await runCli([
      'assess',
      '--db',
      db,
      '--host',
      'PL',
      '--requesting',
      'CN',
      '--format',
      'html',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
  });
});
