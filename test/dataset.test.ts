/**
 * Checks the curated data set (`data/*.json`) against the domain model and the seed texts:
 * every record valid, ids unique, no dangling references, every locator inside its source and
 * mentioning the value it supports, sensitivity carried over, and the derived China–Serbia status.
 * Reads the files and `../shared/seeds` at run time; uses only `src/domain`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';
import {
  countryName,
  deriveStatus,
  ESTIMATES,
  isCountryCode,
  isLifecycleEvent,
  normalizeText,
  parseDate,
  parseId,
  parseValue,
  PROPERTIES,
  QUALIFIER_KEYS,
  sha256,
  statementId,
  type LifecycleFact,
  type Value,
} from '../src/domain/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DATA = join(ROOT, 'data');
const SEEDS = resolve(ROOT, '../shared/seeds');

interface RawEntity {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  sensitivity?: string;
  source?: Record<string, unknown>;
}
interface RawStatement {
  entity: string;
  property: string;
  value: unknown;
  qualifiers?: Record<string, unknown>;
  source: string;
  loc?: [number, number];
  pinpoint?: string;
  rank?: string;
  sensitivity?: string;
  status?: string;
  supersedes?: string;
}
interface DataFile {
  name: string;
  recorded_at?: string;
  entities: RawEntity[];
  statements: RawStatement[];
}

const files: DataFile[] = readdirSync(DATA)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => {
    const json = JSON.parse(readFileSync(join(DATA, name), 'utf8')) as Omit<DataFile, 'name'>;
    return { name, ...json, entities: json.entities ?? [], statements: json.statements ?? [] };
  });
const entities = new Map<string, RawEntity>();
for (const f of files) for (const e of f.entities) if (!entities.has(e.id)) entities.set(e.id, e);
const statements = files.flatMap((f) =>
  f.statements.map((s, i) => ({ file: f.name, where: `${f.name} statements[${i}]`, s })),
);

/** Seed texts by file name and by sha256 of the normalized text. */
const seedFiles = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort()
  : [];
const seedText = new Map<string, string>();
const seedByPrefix = new Map<string, string>();
for (const name of seedFiles) {
  const text = normalizeText(readFileSync(join(SEEDS, name), 'utf8'));
  seedText.set(sha256(text), text);
  seedByPrefix.set(name.slice(0, 3), sha256(text));
}

const exists = (id: string): boolean =>
  id.startsWith('country:') ? isCountryCode(id.slice('country:'.length)) : entities.has(id);

/** Names the seeds use for countries (built-in entities carry no aliases). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  CN: ['China', 'Chinese', 'Beijing', 'PRC', 'People’s Republic', 'Sino-', 'mainland'],
  RS: ['Serbia', 'Serbian', 'Belgrade', 'Serbo-', 'Sino-Serbian'],
  HK: ['Hong Kong', 'HKSAR'],
  TW: ['Taiwan', 'Taiwanese'],
  PL: ['Poland', 'Polish'],
  HU: ['Hungary', 'Hungarian', 'Budapest'],
  FR: ['France', 'French', 'Paris'],
  IT: ['Italy', 'Italian'],
  CY: ['Cyprus', 'Cypriot'],
  PT: ['Portugal', 'Portuguese'],
  GR: ['Greece', 'Greek'],
  TR: ['Turkey', 'Türkiye', 'Turkish'],
  BA: ['Bosnia', 'Bosnian', 'Sarajevo'],
  AL: ['Albania', 'Albanian', 'Tirana'],
  MA: ['Morocco', 'Moroccan', 'Rabat'],
  CZ: ['Czech', 'Czechia'],
  BE: ['Belgium', 'Belgian'],
  BG: ['Bulgaria', 'Bulgarian'],
  LT: ['Lithuania', 'Lithuanian'],
  RO: ['Romania', 'Romanian'],
  ES: ['Spain', 'Spanish', 'Madrid'],
  HR: ['Croatia', 'Croatian', 'Zagreb'],
  US: ['United States', 'U.S.', 'US', 'USA', 'American', 'Washington'],
  CA: ['Canada', 'Canadian'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'British', 'London'],
  DK: ['Denmark', 'Danish'],
  XK: ['Kosovo', 'Pristina'],
  AT: ['Austria', 'Vienna'],
  DE: ['Germany', 'German', 'Berlin'],
  RU: ['Russia', 'Russian', 'Moscow', 'Kremlin'],
  UA: ['Ukraine', 'Ukrainian'],
  ME: ['Montenegro', 'Montenegrin'],
  MK: ['North Macedonia', 'Macedonia', 'Macedonian'],
  SI: ['Slovenia', 'Slovenian'],
  SK: ['Slovakia', 'Slovak'],
  JP: ['Japan', 'Japanese'],
  IN: ['India', 'Indian'],
  VN: ['Vietnam', 'Vietnamese'],
};

/** Case-, diacritic- and quote-insensitive form for matching names in evidence spans. */
function fold(s: string): string {
  return s
    .replace(/(\w)-\s*\n\s*(\w)/g, '$1$2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[–—]/g, '-')
    .toLowerCase();
}

function namesOf(id: string): string[] {
  if (id.startsWith('country:')) {
    const code = id.slice('country:'.length);
    return [countryName(code) ?? code, ...(COUNTRY_ALIASES[code] ?? [])];
  }
  const e = entities.get(id);
  if (!e) return [];
  const names = [e.name, ...(e.aliases ?? [])];
  const title = e.source?.title;
  if (typeof title === 'string') names.push(title.replace(/^\[|\]$/g, ''));
  return names;
}

/** Word numerals the seeds use; a number written this way is accepted. */
const WORD_NUMERALS: Record<number, string[]> = {
  0.5: ['half'],
  1: ['one', 'first'],
  2: ['two', 'second'],
  3: ['three', 'third'],
  4: ['four', 'fourth'],
  5: ['five', 'fifth'],
  6: ['six', 'sixth'],
  7: ['seven', 'seventh'],
  8: ['eight', 'eighth'],
  9: ['nine', 'ninth'],
  10: ['ten', 'tenth'],
  12: ['twelve'],
  20: ['twenty'],
  25: ['25th', 'twenty-fifth'],
  100: ['hundred'],
};

function numberForms(amount: number): string[] {
  const forms = new Set<string>([String(amount)]);
  if (Number.isInteger(amount)) {
    const en = amount.toLocaleString('en');
    forms.add(en);
    forms.add(en.replace(/,/g, '.'));
    forms.add(en.replace(/,/g, ' '));
    forms.add(en.replace(/,/g, '\u00a0'));
  }
  for (const [div, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const) {
    if (amount >= div && Number.isInteger((amount / div) * 10)) {
      // "€140 million", or a table whose header gives the unit ("in € million": 1,819)
      const mantissa = amount / div;
      forms.add(`${mantissa} ${word}`);
      forms.add(mantissa.toLocaleString('en'));
    }
  }
  for (const w of WORD_NUMERALS[amount] ?? []) forms.add(w);
  return [...forms];
}

function mentionsNumber(span: string, amount: number): boolean {
  const s = fold(span);
  return numberForms(amount).some((form) => {
    const f = fold(form);
    const re = new RegExp(`(^|[^0-9a-z])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^0-9a-z])`);
    return re.test(s) || (/^\d/.test(f) && s.includes(`€${f}`)) || (/^\d/.test(f) && s.includes(`$${f}`));
  });
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function mentionsDate(span: string, date: string): boolean {
  const s = fold(span);
  const year = date.slice(0, 4);
  if (s.includes(year)) return true;
  const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
  return month !== undefined && s.includes(MONTHS[Number(month) - 1]!);
}

/**
 * Aliases the seeds use for entities declared in `data/shared-entities.json` (not ours to edit);
 * kept here so the check stays strict for everything else.
 */
const SHARED_ALIASES: Record<string, string[]> = {
  'instrument:may-2024-cn-rs-agreements': ['28 agreements'],
};

function partiesOf(id: string): string[] {
  return statements
    .filter(({ s }) => s.entity === id && s.property === 'party')
    .map(({ s }) => (s.value as { id: string }).id);
}

/**
 * A span names an entity when it contains its name or an alias. An unnamed instrument is also
 * named by "treaty"/"agreement" together with every one of its parties.
 */
function mentionsEntity(span: string, id: string): boolean {
  const s = fold(span);
  const names = [...namesOf(id), ...(SHARED_ALIASES[id] ?? [])];
  if (names.some((n) => n.trim() !== '' && s.includes(fold(n)))) return true;
  if (id.startsWith('instrument:') && /treaty|agreement|convention/.test(s)) {
    const parties = partiesOf(id);
    return parties.length > 0 && parties.every((p) => mentionsEntity(span, p));
  }
  return false;
}

const INSTRUMENT_TYPES = [
  'extradition',
  'mutual_legal_assistance',
  'prisoner_transfer',
  'police_cooperation',
  'security_cooperation',
  'strategic_partnership',
  'agreement_group',
  'other',
];

describe('data set files', () => {
  it('finds the data files and the seed texts', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s has the expected shape', (_name, f) => {
    expect(Array.isArray(f.entities)).toBe(true);
    expect(Array.isArray(f.statements)).toBe(true);
    if (f.recorded_at !== undefined) expect(() => parseDate(f.recorded_at!)).not.toThrow();
  });
});

describe('entities', () => {
  it('have valid, unique, kind-prefixed ids and are never countries', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const f of files) {
      for (const e of f.entities) {
        try {
          const { kind } = parseId(e.id);
          if (kind !== e.kind) problems.push(`${f.name}: ${e.id} has kind ${e.kind}`);
          if (kind === 'country') problems.push(`${f.name}: ${e.id} declares a built-in country`);
        } catch (err) {
          problems.push(`${f.name}: ${(err as Error).message}`);
        }
        if (seen.has(e.id)) problems.push(`${e.id} declared in ${seen.get(e.id)} and ${f.name}`);
        seen.set(e.id, f.name);
        if (typeof e.name !== 'string' || e.name.trim() === '') problems.push(`${e.id}: no name`);
        if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string')))
          problems.push(`${e.id}: aliases must be strings`);
        if (e.sensitivity !== undefined && e.sensitivity !== 'public' && e.sensitivity !== 'restricted')
          problems.push(`${e.id}: bad sensitivity`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sources carry valid metadata', () => {
    const problems: string[] = [];
    for (const e of entities.values()) {
      if (e.kind !== 'source') {
        if (e.source !== undefined) problems.push(`${e.id}: only sources carry "source"`);
        continue;
      }
      const m = e.source;
      if (!m || typeof m.title !== 'string' || m.title.trim() === '') {
        problems.push(`${e.id}: no title`);
        continue;
      }
      if (m.published !== undefined) {
        try {
          parseDate(String(m.published));
        } catch (err) {
          problems.push(`${e.id}: ${(err as Error).message}`);
        }
      }
      if (m.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(String(m.sha256))) problems.push(`${e.id}: bad sha256`);
      if (m.reliability !== undefined && !/^[A-F][1-6]$/.test(String(m.reliability)))
        problems.push(`${e.id}: bad grade`);
      if (m.reliability !== undefined && typeof m.reliability_reason !== 'string')
        problems.push(`${e.id}: grade without reason`);
      if (m.url !== undefined && !/^https?:\/\//.test(String(m.url))) problems.push(`${e.id}: bad url`);
    }
    expect(problems).toEqual([]);
  });

  it('each seed source hashes to its seed text', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const e of entities.values()) {
      const m = /^source:seed-(\d{3})-/.exec(e.id);
      if (!m) continue;
      checked++;
      const expected = seedByPrefix.get(m[1]!);
      if (!expected) problems.push(`${e.id}: no seed file ${m[1]}_*.txt`);
      else if (e.source?.sha256 !== expected)
        problems.push(`${e.id}: sha256 ${String(e.source?.sha256)} ≠ ${expected}`);
      if (!e.source?.reliability) problems.push(`${e.id}: seed sources need a reliability grade`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('statements', () => {
  it('are valid: property, value type, qualifiers, references', () => {
    const problems: string[] = [];
    for (const { where, s } of statements) {
      const say = (msg: string): void => {
        problems.push(`${where} (${s.entity} ${s.property}): ${msg}`);
      };
      if (typeof s.entity !== 'string' || !exists(s.entity)) say(`unknown entity ${String(s.entity)}`);
      const spec = PROPERTIES[s.property];
      if (!spec) {
        say('unknown property');
        continue;
      }
      let value: Value;
      try {
        value = parseValue(s.value);
      } catch (err) {
        say((err as Error).message);
        continue;
      }
      if (!spec.values.includes(value.type)) say(`takes ${spec.values.join('/')}, not ${value.type}`);
      if (value.type === 'ref' && !exists(value.id)) say(`dangling ref ${value.id}`);
      if (entities.get(s.source)?.kind !== 'source') say(`unknown source ${s.source}`);
      const q = s.qualifiers ?? {};
      for (const key of Object.keys(q))
        if (!(QUALIFIER_KEYS as readonly string[]).includes(key)) say(`unknown qualifier ${key}`);
      for (const key of ['valid_from', 'valid_to', 'as_of']) {
        if (q[key] === undefined) continue;
        try {
          parseDate(String(q[key]));
        } catch (err) {
          say(`${key}: ${(err as Error).message}`);
        }
      }
      if (q.party !== undefined) {
        const p = String(q.party);
        if (!p.startsWith('country:') || !isCountryCode(p.slice(8))) say(`party ${p} is not a country`);
      }
      if (q.place !== undefined && !exists(String(q.place))) say(`place ${String(q.place)} is not an entity`);
      if (q.confidence !== undefined && (typeof q.confidence !== 'number' || q.confidence < 0 || q.confidence > 1))
        say('bad confidence');
      if (q.bound !== undefined && q.bound !== 'min' && q.bound !== 'max') say('bad bound');
      if (q.estimate !== undefined && !(ESTIMATES as readonly string[]).includes(String(q.estimate)))
        say('bad estimate');
      if (value.type === 'none' && q.as_of === undefined) say('a "none" value needs qualifiers.as_of');
      // a party is a state, or an organization such as the EU or a company signing a contract
      if (s.property === 'party' && !(value.type === 'ref' && /^(country|organization):/.test(value.id)))
        say('party must be a country or organization');
      if (s.loc === undefined && (typeof s.pinpoint !== 'string' || s.pinpoint === '')) say('needs loc or pinpoint');
      if (s.rank !== undefined && !['preferred', 'normal', 'deprecated'].includes(s.rank)) say('bad rank');
      if (s.sensitivity !== undefined && !['public', 'restricted'].includes(s.sensitivity)) say('bad sensitivity');
      if (s.status !== undefined && !['candidate', 'accepted', 'rejected', 'disputed'].includes(s.status))
        say('bad status');
    }
    expect(problems).toEqual([]);
  });

  it('have unique content ids, and supersede only known statements', () => {
    const ids = new Map<string, string>();
    const problems: string[] = [];
    for (const { where, s } of statements) {
      const source = entities.get(s.source);
      const hash = source?.source?.sha256 as string | undefined;
      const locator = s.loc && hash ? { sha256: hash, start: s.loc[0], end: s.loc[1] } : null;
      const id = statementId({
        entity: s.entity,
        property: s.property,
        value: parseValue(s.value),
        qualifiers: s.qualifiers ?? {},
        source: s.source,
        locator,
        pinpoint: s.pinpoint,
      });
      if (ids.has(id)) problems.push(`${where} duplicates ${ids.get(id)}`);
      ids.set(id, where);
    }
    for (const { where, s } of statements)
      if (s.supersedes && !ids.has(s.supersedes)) problems.push(`${where}: supersedes unknown ${s.supersedes}`);
    expect(problems).toEqual([]);
  });

  it('point inside their source text and the span mentions the value', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { where, s } of statements) {
      if (!s.loc) continue;
      const hash = entities.get(s.source)?.source?.sha256 as string | undefined;
      const text = hash ? seedText.get(hash) : undefined;
      if (!hash) {
        problems.push(`${where}: loc on a source without sha256`);
        continue;
      }
      if (!text) continue; // text not held here; checked where it is
      const [start, end] = s.loc;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
        problems.push(`${where}: loc [${start}, ${end}) outside text of length ${text.length}`);
        continue;
      }
      checked++;
      const span = text.slice(start, end);
      const v = parseValue(s.value);
      const short = JSON.stringify(span.length > 80 ? span.slice(0, 77) + '…' : span);
      if (v.type === 'number' && !mentionsNumber(span, v.amount))
        problems.push(`${where}: ${short} does not mention ${v.amount}`);
      if (v.type === 'money' && !mentionsNumber(span, v.amount))
        problems.push(`${where}: ${short} does not mention ${v.amount} ${v.currency}`);
      if (v.type === 'date' && !mentionsDate(span, v.date))
        problems.push(`${where}: ${short} does not mention ${v.date}`);
      if (v.type === 'ref' && !mentionsEntity(span, v.id)) problems.push(`${where}: ${short} does not name ${v.id}`);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('use our own words: no text value or note copies eight or more running words of a seed', () => {
    const seeds = [...seedText.values()].map(
      (t) =>
        ` ${fold(t)
          .replace(/[^a-z0-9' ]+/g, ' ')
          .replace(/ +/g, ' ')} `,
    );
    const problems: string[] = [];
    const copied = (words: string): boolean => {
      const w = fold(words)
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(' ')
        .filter(Boolean);
      for (let i = 0; i + 8 <= w.length; i++) {
        const run = w.slice(i, i + 8).join(' ');
        if (seeds.some((t) => t.includes(` ${run} `))) return true;
      }
      return false;
    };
    for (const { where, s } of statements) {
      const v = s.value as { type?: string; text?: string };
      if (v.type === 'text' && v.text && copied(v.text)) problems.push(`${where}: text ${JSON.stringify(v.text)}`);
      const note = s.qualifiers?.note;
      if (typeof note === 'string' && copied(note)) problems.push(`${where}: note ${JSON.stringify(note)}`);
    }
    expect(problems).toEqual([]);
  });

  it('about or naming restricted people are restricted', () => {
    const problems: string[] = [];
    for (const { where, s } of statements) {
      const v = s.value as { type?: string; id?: string };
      const touched = [s.entity, v.type === 'ref' ? v.id : undefined].filter((x): x is string => !!x);
      const restricted = touched.some((id) => entities.get(id)?.sensitivity === 'restricted');
      if (restricted && s.sensitivity !== 'restricted')
        problems.push(`${where} (${s.entity} ${s.property}) should be restricted`);
    }
    expect(problems).toEqual([]);
  });

  // The instrument_type vocabulary is the one issue 3 set for seeds 000–003 and the shared entities.
  const VOCABULARY_FILES = /^(seed-00[0-3]-|shared-)/;
  it('whose span names a restricted person are restricted', () => {
    const restricted = [...entities.values()].filter((e) => e.kind === 'person' && e.sensitivity === 'restricted');
    const publicNames = [...entities.values()]
      .filter((e) => e.sensitivity !== 'restricted')
      .flatMap((e) => [e.name, ...(e.aliases ?? [])])
      .map(fold);
    const problems: string[] = [];
    for (const { where, s } of statements) {
      if (!s.loc || s.sensitivity === 'restricted') continue;
      const hash = entities.get(s.source)?.source?.sha256 as string | undefined;
      const text = hash ? seedText.get(hash) : undefined;
      if (!text) continue;
      const span = fold(text.slice(s.loc[0], s.loc[1]));
      for (const person of restricted) {
        for (const name of [person.name, ...(person.aliases ?? [])].map(fold)) {
          // a public name that contains the person's name (a published case title) does not count
          const rest = publicNames.filter((n) => n.includes(name)).reduce((acc, n) => acc.split(n).join(' '), span);
          if (new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(rest)) {
            problems.push(`${where} (${s.entity} ${s.property}) names ${person.id}`);
          }
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('every instrument (seeds 000–003, shared) has a known instrument_type, and bilateral ones two country parties', () => {
    const problems: string[] = [];
    const scoped = new Set(
      files.filter((f) => VOCABULARY_FILES.test(f.name)).flatMap((f) => f.entities.map((e) => e.id)),
    );
    for (const e of entities.values()) {
      if (e.kind !== 'instrument' || !scoped.has(e.id)) continue;
      const mine = statements.filter(({ s }) => s.entity === e.id).map(({ s }) => s);
      const types = mine.filter((s) => s.property === 'instrument_type').map((s) => (s.value as { text: string }).text);
      if (types.length === 0) problems.push(`${e.id}: no instrument_type`);
      for (const t of types) if (!INSTRUMENT_TYPES.includes(t)) problems.push(`${e.id}: unknown type ${t}`);
      if (types.some((t) => t !== 'other')) {
        const parties = new Set(mine.filter((s) => s.property === 'party').map((s) => (s.value as { id: string }).id));
        if (parties.size < 2) problems.push(`${e.id}: ${parties.size} parties`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('derived status of the China–Serbia extradition treaty', () => {
  const ID = 'instrument:cn-rs-extradition-2024';
  const facts: LifecycleFact[] = statements
    .filter(({ s }) => s.entity === ID && isLifecycleEvent(s.property) && (s.rank ?? 'normal') !== 'deprecated')
    .map(({ where, s }) => ({
      statement: where,
      source: s.source,
      event: s.property as LifecycleFact['event'],
      party: (s.qualifiers?.party as string | undefined) ?? null,
      value: parseValue(s.value),
      asOf: s.qualifiers?.as_of as string | undefined,
    }));
  const parties = statements
    .filter(({ s }) => s.entity === ID && s.property === 'party')
    .map(({ s }) => (s.value as { id: string }).id);
  const recordDate = '2026-11-23';

  it('has both parties and a May 2024 signature', () => {
    expect(new Set(parties)).toEqual(new Set(['country:CN', 'country:RS']));
    expect(facts.some((f) => f.event === 'signed' && f.value.type === 'date' && f.value.date === '2024-05')).toBe(true);
  });

  it('is ratified by China only, as of the record', () => {
    const report = deriveStatus(parties, facts, recordDate, { recordDate });
    expect(report.overall).toBe('ratified_by_some');
    expect(report.overallParties).toEqual(['country:CN']);
    expect(report.parties.find((p) => p.party === 'country:RS')?.status).toBe('signed');
    expect(report.conflicts).toEqual([]);
  });

  it('is not ratified by Serbia as of the sources', () => {
    const asOf = facts.find((f) => f.event === 'ratified' && f.party === 'country:RS' && f.value.type === 'none')?.asOf;
    expect(asOf).toBeDefined();
    const report = deriveStatus(parties, facts, asOf!, { recordDate });
    const rs = report.parties.find((p) => p.party === 'country:RS');
    expect(rs?.status).toBe('signed');
    expect(rs?.notYet).toContain('ratified');
  });

  it('was only signed as of 2024-06-01', () => {
    const report = deriveStatus(parties, facts, '2024-06-01', { recordDate });
    expect(report.overall).toBe('signed');
    expect(report.parties.map((p) => p.status)).toEqual(['signed', 'signed']);
  });
});

describe('derived status of other instruments', () => {
  const recordDate = '2026-11-23';
  function report(id: string, asOf: string) {
    const facts: LifecycleFact[] = statements
      .filter(({ s }) => s.entity === id && isLifecycleEvent(s.property) && (s.rank ?? 'normal') !== 'deprecated')
      .map(({ where, s }) => ({
        statement: where,
        source: s.source,
        event: s.property as LifecycleFact['event'],
        party: (s.qualifiers?.party as string | undefined) ?? null,
        value: parseValue(s.value),
        asOf: s.qualifiers?.as_of as string | undefined,
      }));
    const parties = statements
      .filter(({ s }) => s.entity === id && s.property === 'party')
      .map(({ s }) => (s.value as { id: string }).id);
    return deriveStatus([...new Set(parties)], facts, asOf, { recordDate });
  }

  it('China–Greece: signed, not ratified by Greece', () => {
    // the signature is undated, so it shows as of the record date; the "not ratified" claims as of their date
    const now = report('instrument:cn-gr-extradition', recordDate).parties.find((p) => p.party === 'country:GR');
    expect(now?.status).toBe('signed');
    const then = report('instrument:cn-gr-extradition', '2022-07-27').parties.find((p) => p.party === 'country:GR');
    expect(then?.notYet).toContain('ratified');
  });

  it('Hong Kong–Czech Republic and Hong Kong–Portugal: in force, not suspended', () => {
    for (const [id, party] of [
      ['instrument:hk-cz-extradition', 'country:CZ'],
      ['instrument:hk-pt-extradition', 'country:PT'],
    ] as const) {
      const r = report(id, recordDate);
      expect(r.overall).toBe('in_force');
      expect(report(id, '2022-07-27').parties.find((p) => p.party === party)?.notYet).toContain('suspended');
    }
  });

  it('EU members listed as active with China are in force, Greece excepted', () => {
    for (const c of ['be', 'bg', 'cy', 'fr', 'it', 'lt', 'pt', 'ro', 'es']) {
      expect(report(`instrument:cn-${c}-extradition`, recordDate).overall).toBe('in_force');
    }
    expect(report('instrument:cn-gr-extradition', recordDate).overall).not.toBe('in_force');
  });

  it('China–Italy was signed on 7 October 2010 and China–Morocco ratified in January 2021', () => {
    expect(report('instrument:cn-it-extradition', '2010-10-06').overall).toBe('unknown');
    expect(report('instrument:cn-it-extradition', '2010-10-07').overall).toBe('signed');
    expect(report('instrument:cn-ma-extradition', '2021-01').overall).toBe('ratified');
  });
});

describe('seed coverage', () => {
  it('every seed text has exactly one source entity', () => {
    const bySha = new Map<string, string[]>();
    for (const e of entities.values()) {
      const sha = e.source?.sha256;
      if (typeof sha === 'string') bySha.set(sha, [...(bySha.get(sha) ?? []), e.id]);
    }
    const problems = seedFiles
      .map((name) => [name, seedByPrefix.get(name.slice(0, 3))!] as const)
      .filter(([, sha]) => (bySha.get(sha) ?? []).length !== 1)
      .map(([name, sha]) => `${name}: ${JSON.stringify(bySha.get(sha) ?? [])}`);
    expect(problems).toEqual([]);
  });
});

describe('people at risk in the loaded data set', () => {
  it('are named in no text, search hit or export the public role can read', { timeout: 60_000 }, async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store);
    const restricted = (await store.listEntities({ includeCandidates: true, limit: 10_000 }, 'admin')).filter(
      (e) => e.sensitivity === 'restricted',
    );
    const names = restricted.flatMap((e) => [e.name, ...e.aliases]).filter((n) => n.length >= 3);
    expect(names.length).toBeGreaterThan(0);
    // A restricted name inside a public entity's name (the case name "Liu v. Poland") was published on purpose.
    const kept = (await store.listEntities({ limit: 10_000 }, 'public'))
      .flatMap((e) => [e.name, ...e.aliases])
      .filter((p) => names.some((n) => p.includes(n)));
    const withoutKept = (text: string): string => kept.reduce((t, p) => t.split(p).join(''), text);
    const leaks: string[] = [];
    for (const source of await store.listEntities({ kind: 'source', limit: 10_000 }, 'public')) {
      const text = source.source?.sha256 ? await store.getSourceText(source.source.sha256, 'public') : null;
      const clear = withoutKept(text ?? '');
      for (const n of names) if (clear.includes(n)) leaks.push(`${source.id} text names ${n}`);
    }
    for (const query of names) {
      for (const hit of await store.search(query, {}, 'public')) {
        const shown = withoutKept(`${hit.name} ${hit.snippet.map((p) => p.text).join('')}`);
        for (const n of names) if (shown.includes(n)) leaks.push(`search "${query}" shows ${n} in ${hit.entity}`);
      }
    }
    const dumped: string[] = [];
    for await (const r of store.dump('public')) dumped.push(JSON.stringify(r));
    const all = withoutKept(dumped.join('\n'));
    for (const n of names) if (all.includes(n)) leaks.push(`public export names ${n}`);
    expect(leaks).toEqual([]);
    await store.close();
  });
});
