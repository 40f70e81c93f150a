/**
 * @module Programs and projects: joint police patrols, overseas police service stations, camera
 * deployments (with counts and vendors), and financed projects (amount, financier, contractor).
 */
import { COUNTRY_NAMES, slugify, type Qualifiers } from '../../domain/index.js';
import type { Candidate, EntityRef } from '../types.js';
import { candidate, countriesIn, nearestDate, type DocumentContext, type SentenceContext } from './context.js';
import { countryRef, type Mention } from './gazetteer.js';
import { KEYWORD, keywordsOf } from './keywords.js';
import type { Quantity } from './quantities.js';

const NAME = 'programs';

/** The patterns the `KEYWORD` bits of `keywords` guard; exported for its test. */
export const PATROLS =
  /\bjoint[- ](?:police[- ])?patrol(?:s|ling)?\b|\bjointly patroll?(?:ed|ing)\b|\bpatroll?(?:ed|ing)\b(?=[^.;]{0,60}\b(?:alongside|together with)\b)/i;
export const STATIONS =
  /\b(?:overseas )?police (?:service )?(?:stations?|centres?|centers?)\b|\bservice (?:stations?|centres?|centers?)\b/i;
export const SAFE_CITY = /\bSafe(?:\s|-)Cit(?:y|ies)\b/i;
/** Capitalised only: "smart city development" is a sector, "Smart City" a product. */
export const SMART_CITY = /\bSmart(?:\s|-)Cit(?:y|ies)\b/;
export const EQUIPMENT = /\bsurveillance\b|\bcameras?\b|\bbody[- ]?cams?\b|\bmonitoring systems?\b/i;
/** The `KEYWORD` bits of this extractor: a sentence with none of them concerns no rule family. */
const PROGRAM_WORDS = KEYWORD.PATROL | KEYWORD.STATION | KEYWORD.CITY_BRAND | KEYWORD.EQUIPMENT | KEYWORD.URL_OR_FUNDED;

/** Which rule families a sentence may concern; most sentences concern none. */
export interface Keywords {
  readonly patrol: boolean;
  readonly station: boolean;
  /** Safe City or Smart City. */
  readonly brand: boolean;
  readonly equipment: boolean;
  readonly url: boolean;
  readonly funded: boolean;
}

const NONE: Keywords = { patrol: false, station: false, brand: false, equipment: false, url: false, funded: false };

/** The rule families a sentence's keywords (its `KEYWORD` bits) allow; most sentences have none. */
export function keywords(text: string, bits: number): Keywords {
  if (!(bits & PROGRAM_WORDS)) return NONE;
  const marked = (bits & KEYWORD.URL_OR_FUNDED) !== 0;
  return {
    patrol: (bits & KEYWORD.PATROL) !== 0,
    station: (bits & KEYWORD.STATION) !== 0,
    brand: (bits & KEYWORD.CITY_BRAND) !== 0,
    equipment: (bits & KEYWORD.EQUIPMENT) !== 0,
    url: marked && text.includes('://'),
    funded: marked && (text.includes('-funded') || text.includes('-financed')),
  };
}

/** "these centres" right after a sentence about police stations refers to them. */
const STATION_ANAPHOR = /\b(?:these|those|such) (?:centres|centers|stations)\b/i;
const CHINA = /\bChin|\bPRC\b|\boverseas\b|\babroad\b/i;
/** The other side of a joint patrol, named as police: "Chinese police officers", "with China". */
const AS_POLICE =
  /^[\s-]*(?:[a-z]+\s+)?(?:police|officers?|officials|policemen|security|law enforcement|counterparts)\b/i;
const START = /\b(?:since|began|begun|begin|launch|introduc|start|inaugurat|first)/i;
const DEPLOY = /\b(?:install|deploy|implement|adopt|roll(?:ed|s|ing)? out|set up)/i;
const PLANNED = /\b(?:plan|intend|expan|additional|future|will)/i;
const AT_LEAST = /\b(?:at least|more than|over)\s*$/i;
const CAPITAL = /\bthe capital\b/i;
const LOCATIVE = /\b(?:in|across|throughout)\s+(?:the\s+)?$/i;
const PROJECT_NOUNS = [
  'railway',
  'rail line',
  'railway line',
  'motorway',
  'highway',
  'bridge',
  'power plant',
  'thermal power plant',
  'plant',
  'mines?',
  'factory',
  'steel mill',
  'corridor',
  'bypass',
  'expressway',
  'metro',
  'airport',
  'port',
];
/** Capitalised words before a project noun ("Northern Railway", "Sava bridge"); the noun in either case. */
const PROJECT = new RegExp(
  String.raw`\b((?:[A-Z][\p{L}-]+\s+){1,4}(?:${PROJECT_NOUNS.map((n) => `[${n.charAt(0)}${n.charAt(0).toUpperCase()}]${n.slice(1)}`).join('|')}))\b`,
  'gu',
);
const FINANCE = /\b(?:loans?|financ(?:ed|ing)|credit|funded|investment|worth|cost|valued)\b/i;
const FINANCIER = /\b(?:financed|funded|loan|credit)\b[^.]{0,40}$/i;
const CONTRACTOR = /\b(?:built|constructed|contractor|construction|carried out|executed)\b[^.]{0,40}$/i;
/** "The project is funded with …": the project the previous sentence named. */
const PROJECT_ANAPHOR = /^(?:The|This) (?:project|line|railway|plant)\b/;
/** "the Chinese-funded Kostolac power plant": the demonym's state finances the project. */
const FUNDED_BY_STATE = /-(?:funded|financed)\s+/g;
const VENDORS = new Set([
  'organization:huawei',
  'organization:hikvision',
  'organization:dahua',
  'organization:hytera',
  'organization:zte',
]);

type Span = [number, number];

function union(a: { start: number; end: number } | Span, b: { start: number; end: number } | Span): Span {
  const [a0, a1] = Array.isArray(a) ? a : [a.start, a.end];
  const [b0, b1] = Array.isArray(b) ? b : [b.start, b.end];
  return [Math.min(a0, b0), Math.max(a1, b1)];
}

/** "Madrid-based Safeguard Defenders" says where an NGO sits, not where a program runs. */
function based(s: SentenceContext, m: Mention): boolean {
  return s.text.startsWith('-based', m.end);
}

/** Cities (and capitals) outside China a sentence names, optionally only those of `host`. */
function cities(s: SentenceContext, host?: string): Mention[] {
  return s.mentions.filter((m) => m.city && m.country !== 'CN' && (!host || m.country === host) && !based(s, m));
}

/** The first state outside China a sentence names, or else the state of the first such city. */
function host(s: SentenceContext): Mention | undefined {
  return (
    countriesIn(s).find((c) => c.code !== 'CN' && !based(s, c.mention))?.mention ??
    s.mentions.find((m) => m.role === 'city' && m.country && m.country !== 'CN' && !based(s, m))
  );
}

/** States named after "in", "across" or in a list that follows one ("in Bosnia and Serbia"). */
function locativeStates(s: SentenceContext): Mention[] {
  const out: Mention[] = [];
  let last: Mention | undefined;
  for (const m of s.mentions) {
    if (!m.country || m.role === 'body' || m.role === 'demonym') continue;
    const before = s.text.slice(Math.max(0, m.start - 24), m.start);
    const listed = last && /^\s*(?:,|and|,\s*and)\s*$/.test(s.text.slice(last.end, m.start));
    if (LOCATIVE.test(before) || listed) {
      if (m.country !== 'CN' && !out.some((x) => x.country === m.country)) out.push(m);
      last = m;
    } else last = undefined;
  }
  return out;
}

function names(m: Mention, code: string): boolean {
  return m.country === code && (m.role === 'country' || m.role === 'demonym' || m.role === 'capital');
}

/** A mention of `code` as a police side: a demonym before police words, or "patrols with China". */
function asPolice(s: SentenceContext, code: string, patrol: Span): Mention | undefined {
  return s.mentions.find(
    (m) =>
      names(m, code) &&
      (AS_POLICE.test(s.text.slice(m.end, m.end + 40)) ||
        (m.start >= patrol[1] && /^[^.,;]{0,30}\bwith\s+$/i.test(s.text.slice(patrol[1], m.start)))),
  );
}

function patrols(s: SentenceContext, out: Candidate[]): void {
  const m = PATROLS.exec(s.text);
  if (!m) return;
  const at = host(s);
  const code = at?.country;
  if (!at || !code) return;
  const span: Span = [m.index, m.index + m[0].length];
  const program: EntityRef = {
    id: `program:cn-${code.toLowerCase()}-joint-police-patrols`,
    kind: 'program',
    name: `China–${COUNTRY_NAMES.get(code) ?? code} joint police patrols`,
  };
  out.push(candidate(s, NAME, program, 'program_type', { type: 'text', text: 'joint police patrol' }, span, 0.7));
  out.push(
    candidate(s, NAME, program, 'country', { type: 'ref', id: `country:${code}` }, union(at, span), 0.6, {
      refs: [countryRef(code)],
    }),
  );
  // Both sides take part in a joint patrol, but only a sentence that names the Chinese police says whose.
  const chinese = asPolice(s, 'CN', span);
  if (chinese) {
    out.push(
      candidate(s, NAME, program, 'participant', { type: 'ref', id: 'country:CN' }, union(chinese, span), 0.6, {
        refs: [countryRef('CN')],
      }),
    );
    out.push(
      candidate(s, NAME, program, 'participant', { type: 'ref', id: `country:${code}` }, union(at, span), 0.5, {
        refs: [countryRef(code)],
      }),
    );
  }
  for (const c of cities(s, code))
    out.push(candidate(s, NAME, program, 'city', { type: 'text', text: c.city as string }, [c.start, c.end], 0.5));
  const date = nearestDate(s, m.index, 80);
  if (date?.date) {
    const from = Math.min(date.start, m.index);
    const to = Math.max(date.end, span[1]);
    const started = START.test(s.text.slice(Math.max(0, from - 12), to));
    out.push(
      candidate(s, NAME, program, started ? 'started' : 'year', { type: 'date', date: date.date }, [from, to], 0.5),
    );
  }
  for (const q of s.quantities) {
    if (q.kind === 'count' && /officers|policemen/.test(q.unit)) {
      out.push(
        candidate(
          s,
          NAME,
          program,
          'officer_count',
          { type: 'number', amount: q.amount, unit: 'officers' },
          [q.start, q.end],
          0.6,
        ),
      );
    }
  }
}

/** True when the sentence is about overseas police stations. */
function stations(s: SentenceContext, out: Candidate[], named: boolean, afterStations: boolean): boolean {
  const direct = named ? STATIONS.exec(s.text) : null;
  const m = direct ?? (afterStations ? STATION_ANAPHOR.exec(s.text) : null);
  // "these centres" right after a sentence about the stations needs no second mention of China.
  if (!m || (direct && !CHINA.test(s.text))) return false;
  const span: Span = [m.index, m.index + m[0].length];
  const type = { type: 'text', text: 'overseas police service station' } as const;
  const located = cities(s);
  // A named city is one station; otherwise the sentence speaks of the network.
  for (const c of located) {
    const city = c.city as string;
    const code = c.country as string;
    const station: EntityRef = {
      id: `program:cn-overseas-police-station-${slugify(city)}`,
      kind: 'program',
      name: `Chinese overseas police service station, ${city}`,
    };
    out.push(candidate(s, NAME, station, 'program_type', type, union(span, c), 0.6));
    out.push(candidate(s, NAME, station, 'city', { type: 'text', text: city }, [c.start, c.end], 0.5));
    const state = s.mentions.find((x) => names(x, code)) ?? c;
    out.push(
      candidate(s, NAME, station, 'country', { type: 'ref', id: `country:${code}` }, union(state, c), 0.5, {
        refs: [countryRef(code)],
      }),
    );
  }
  if (located.length) return true;
  const program: EntityRef = {
    id: 'program:cn-overseas-police-service-stations',
    kind: 'program',
    name: 'Chinese overseas police service stations',
  };
  out.push(candidate(s, NAME, program, 'program_type', type, span, 0.6));
  for (const c of locativeStates(s)) {
    const code = c.country as string;
    out.push(
      candidate(s, NAME, program, 'country', { type: 'ref', id: `country:${code}` }, union(span, c), 0.5, {
        refs: [countryRef(code)],
      }),
    );
  }
  return true;
}

/** The capital "the capital" names: the last capital of `code` (any state outside China if absent) named so far. */
function capitalBefore(doc: DocumentContext, i: number, code: string | undefined): Mention | undefined {
  for (let j = i; j >= 0; j--) {
    const s = doc.sentences[j] as SentenceContext;
    const found = s.mentions.findLast(
      (m) => m.role === 'capital' && m.city && m.country !== 'CN' && (!code || m.country === code),
    );
    if (found) return found;
  }
  return undefined;
}

/** The state outside China the last few sentences named, for a sentence that names none. */
function recentState(doc: DocumentContext, i: number): string | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const code = host(doc.sentences[j] as SentenceContext)?.country;
    if (code) return code;
  }
  return undefined;
}

interface Place {
  readonly name: string;
  readonly code: string;
  /** The state as the sentence names it, when it does. */
  readonly state?: Mention;
  readonly city?: { readonly name: string; readonly span: Span };
}

function countQualifiers(s: SentenceContext, start: number, end: number): Qualifiers {
  const q: { bound?: 'min'; estimate?: 'planned' } = {};
  if (AT_LEAST.test(s.text.slice(Math.max(0, start - 14), start))) q.bound = 'min';
  if (PLANNED.test(s.text.slice(Math.max(0, start - 40), end))) q.estimate = 'planned';
  return q;
}

function deployment(
  s: SentenceContext,
  out: Candidate[],
  place: Place,
  kind: { id: string; name: string; type: string },
  anchor: Span,
  vendors: readonly Mention[],
): EntityRef {
  const program: EntityRef = { id: `program:${slugify(place.name)}-${kind.id}`, kind: 'program', name: kind.name };
  out.push(candidate(s, NAME, program, 'program_type', { type: 'text', text: kind.type }, anchor, 0.5));
  if (place.state)
    out.push(
      candidate(
        s,
        NAME,
        program,
        'country',
        { type: 'ref', id: `country:${place.code}` },
        union(anchor, place.state),
        0.5,
        {
          refs: [countryRef(place.code)],
        },
      ),
    );
  if (place.city)
    out.push(candidate(s, NAME, program, 'city', { type: 'text', text: place.city.name }, place.city.span, 0.5));
  for (const v of vendors)
    out.push(
      candidate(s, NAME, program, 'vendor', { type: 'ref', id: v.ref.id }, [v.start, v.end], 0.5, { refs: [v.ref] }),
    );
  return program;
}

function cityPlace(s: SentenceContext, c: Mention): Place {
  const code = c.country as string;
  // The state as named nearest to the city ("Niš … in Serbia"), else the city itself.
  const state =
    s.mentions
      .filter((x) => x.role !== 'capital' && names(x, code))
      .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0] ?? c;
  return { name: c.city as string, code, state, city: { name: c.city as string, span: [c.start, c.end] } };
}

function statePlace(m: Mention): Place {
  const code = m.country as string;
  return { name: COUNTRY_NAMES.get(code) ?? code, code, state: m };
}

/** Safe City / Smart City systems in named places ("… in Belgrade and Niš, respectively"). */
function brandedSystems(
  s: SentenceContext,
  out: Candidate[],
  vendors: readonly Mention[],
  chinese: boolean,
): EntityRef[] {
  const brands: { span: Span; smart: boolean }[] = [];
  for (const [re, smart] of [
    [SAFE_CITY, false],
    [SMART_CITY, true],
  ] as const) {
    // "Smart City" is a generic product name; only a Chinese vendor makes it ours.
    const m = !smart || chinese ? re.exec(s.text) : null;
    if (m) brands.push({ span: [m.index, m.index + m[0].length], smart });
  }
  if (!brands.length) return [];
  brands.sort((a, b) => a.span[0] - b.span[0]);
  // `Array.from`, not `map`: V8's optimized `map` makes holey arrays, its interpreted one packed ones,
  // and each deoptimized the other's code (brandedSystems and surveillance: 6 → 4 compiles a 50 MB run).
  const places = Array.from(cities(s), (c) => cityPlace(s, c));
  if (!places.length) places.push(...locativeStates(s).map(statePlace));
  const paired = /\brespectively\b/i.test(s.text) && places.length === brands.length;
  const programs: EntityRef[] = [];
  brands.forEach((b, k) => {
    for (const place of paired ? [places[k] as Place] : places) {
      const kind = b.smart
        ? { id: 'smart-city', name: `${place.name} Smart City`, type: 'smart city system' }
        : { id: 'safe-city', name: `${place.name} Safe City`, type: 'Safe City surveillance system' };
      programs.push(deployment(s, out, place, kind, b.span, vendors));
    }
  });
  return programs;
}

function cameraCounts(s: SentenceContext, out: Candidate[], program: EntityRef, counts: readonly Quantity[]): void {
  for (const q of counts)
    out.push(
      candidate(
        s,
        NAME,
        program,
        'camera_count',
        { type: 'number', amount: q.amount, unit: 'cameras' },
        [q.start, q.end],
        0.6,
        {
          qualifiers: countQualifiers(s, q.start, q.end),
        },
      ),
    );
}

function asChinese(s: SentenceContext): boolean {
  return s.mentions.some((m) => m.country === 'CN' && m.role !== 'city');
}

/** Counted cameras, and surveillance equipment a sentence says was deployed or supplied by a known vendor. */
function surveillance(doc: DocumentContext, i: number, out: Candidate[], k: Keywords): void {
  const s = doc.sentences[i] as SentenceContext;
  const counts = s.quantities.length ? s.quantities.filter((q) => q.kind === 'count' && q.unit === 'cameras') : [];
  if (!counts.length && !k.brand && !k.equipment) return;
  const vendors = s.mentions.filter((m) => VENDORS.has(m.ref.id));
  // Only Chinese-made or Chinese-supplied equipment is in scope (Safe City is a Chinese product).
  const chinese = vendors.length > 0 || asChinese(s);
  // Counts in a sentence about a Safe City are that system's cameras.
  const branded = k.brand ? brandedSystems(s, out, vendors, chinese) : [];
  for (const program of branded) cameraCounts(s, out, program, counts);
  if (branded.length || !chinese) return;
  const first = counts[0];
  const equipment = first || !k.equipment ? null : EQUIPMENT.exec(s.text);
  if (!first && (!equipment || (!vendors.length && !DEPLOY.test(s.text)))) return;
  const anchor: Span = first
    ? [first.start, first.end]
    : [equipment?.index ?? 0, (equipment?.index ?? 0) + (equipment?.[0].length ?? 1)];
  const cameras = Boolean(first) || /\bcam/i.test(s.text);
  const kind = (name: string): { id: string; name: string; type: string } =>
    cameras
      ? { id: 'surveillance-cameras', name: `Surveillance cameras in ${name}`, type: 'surveillance camera deployment' }
      : { id: 'surveillance', name: `Surveillance systems in ${name}`, type: 'surveillance system deployment' };
  for (const place of surveillancePlaces(doc, i, anchor, Boolean(first)))
    cameraCounts(s, out, deployment(s, out, place, kind(place.name), anchor, vendors), counts);
}

/** Where counted or deployed equipment is: "in the capital", the city nearest to it, or the states. */
function surveillancePlaces(doc: DocumentContext, i: number, anchor: Span, counted: boolean): Place[] {
  const s = doc.sentences[i] as SentenceContext;
  const after = s.text.slice(anchor[1], anchor[1] + 60);
  const capital = CAPITAL.exec(after);
  const state = host(s);
  if (capital) {
    const code = state?.country ?? recentState(doc, i);
    const c = code ? capitalBefore(doc, i, code) : undefined;
    if (c?.city && c.country) {
      const named = state && state.country === c.country ? state : undefined;
      const span: Span = [anchor[0], anchor[1] + capital.index + capital[0].length];
      return [{ name: c.city, code: c.country, ...(named ? { state: named } : {}), city: { name: c.city, span } }];
    }
  }
  const near = cities(s).sort((a, b) => Math.abs(a.start - anchor[0]) - Math.abs(b.start - anchor[0]))[0];
  if (near) return [cityPlace(s, near)];
  const states = locativeStates(s);
  if (states.length) return Array.from(states, statePlace);
  // A count is a deployment even when the sentence names its state only as the actor.
  return counted && state ? [statePlace(state)] : [];
}

function projectRef(m: RegExpExecArray): EntityRef {
  // "The Chinese-funded Sava Bridge" is the Sava Bridge.
  const name = (m[1] as string)
    .trim()
    .replace(/^The\s+/, '')
    .replace(/^\p{L}+-(?:funded|financed|backed|built|owned)\s+/u, '');
  return { id: `project:${slugify(name)}`, kind: 'project', name };
}

/** The project a sentence names, or the one the previous sentence named when this one says "The project". */
function projectIn(doc: DocumentContext, i: number): { project: EntityRef; span: Span } | undefined {
  const s = doc.sentences[i] as SentenceContext;
  PROJECT.lastIndex = 0;
  const m = PROJECT.exec(s.text);
  if (m) return { project: projectRef(m), span: [m.index, m.index + m[0].length] };
  const anaphor = PROJECT_ANAPHOR.exec(s.text);
  const previous = doc.sentences[i - 1];
  if (!anaphor || !previous) return undefined;
  PROJECT.lastIndex = 0;
  const before = PROJECT.exec(previous.text);
  return before ? { project: projectRef(before), span: [0, anaphor[0].length] } : undefined;
}

function projects(doc: DocumentContext, i: number, out: Candidate[]): void {
  const s = doc.sentences[i] as SentenceContext;
  const money = s.quantities.filter((q) => q.kind === 'money');
  if (!money.length || !FINANCE.test(s.text)) return;
  const found = projectIn(doc, i);
  if (!found) return;
  const { project, span } = found;
  const first = money[0];
  if (first && first.kind === 'money') {
    out.push(
      candidate(
        s,
        NAME,
        project,
        'amount',
        { type: 'money', amount: first.amount, currency: first.currency },
        union(span, first),
        0.5,
      ),
    );
  }
  for (const o of s.mentions) {
    if (o.ref.kind !== 'organization') continue;
    const before = s.text.slice(Math.max(0, o.start - 60), o.start);
    const property =
      FINANCIER.test(before) || /bank/i.test(o.ref.name)
        ? 'financier'
        : CONTRACTOR.test(before)
          ? 'contractor'
          : undefined;
    if (property)
      out.push(
        candidate(s, NAME, project, property, { type: 'ref', id: o.ref.id }, [o.start, o.end], 0.5, { refs: [o.ref] }),
      );
  }
  const state = locativeStates(s)[0] ?? host(s);
  if (state?.country)
    out.push(
      candidate(s, NAME, project, 'country', { type: 'ref', id: `country:${state.country}` }, union(span, state), 0.4, {
        refs: [countryRef(state.country)],
      }),
    );
}

/** "the Chinese-funded Kostolac power plant in Serbia": financier state, and where it is. */
function stateFunded(s: SentenceContext, out: Candidate[]): void {
  for (const f of s.text.matchAll(FUNDED_BY_STATE)) {
    const demonym = s.mentions.find((x) => x.role === 'demonym' && x.end === f.index);
    if (!demonym?.country) continue;
    const from = f.index + f[0].length;
    PROJECT.lastIndex = 0;
    const m = PROJECT.exec(s.text.slice(from));
    if (!m || m.index !== 0) continue;
    const project = projectRef(m);
    const span: Span = [from, from + m[0].length];
    out.push(
      candidate(
        s,
        NAME,
        project,
        'financier',
        { type: 'ref', id: `country:${demonym.country}` },
        union(demonym, span),
        0.5,
        { refs: [countryRef(demonym.country)] },
      ),
    );
    const state = locativeStates(s).find((x) => x.start >= span[1]);
    if (state?.country)
      out.push(
        candidate(
          s,
          NAME,
          project,
          'country',
          { type: 'ref', id: `country:${state.country}` },
          union(span, state),
          0.4,
          {
            refs: [countryRef(state.country)],
          },
        ),
      );
  }
}

/** Proposes programs (patrols, stations, surveillance) and projects (amount, financier, contractor). */
export function extractPrograms(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  let afterStations = false;
  const bits = keywordsOf(doc);
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as SentenceContext;
    const k = keywords(s.text, bits[i] as number);
    // A reference-list entry repeats another source's title, and its date is a publication date.
    if (k.url) {
      afterStations = false;
      continue;
    }
    if (k.patrol) patrols(s, out);
    afterStations = k.station || afterStations ? stations(s, out, k.station, afterStations) : false;
    surveillance(doc, i, out, k);
    projects(doc, i, out);
    if (k.funded) stateFunded(s, out);
  }
  return out;
}
