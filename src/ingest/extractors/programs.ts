/**
 * @module Programs and projects: joint police patrols, overseas police service stations, camera
 * deployments (with counts and vendors), and financed projects (amount, financier, contractor).
 */
import { COUNTRY_NAMES, slugify } from '../../domain/index.js';
import type { Candidate, EntityRef } from '../types.js';
import { candidate, countriesIn, nearestDate, type DocumentContext, type SentenceContext } from './context.js';

const NAME = 'programs';

/** The patterns `HINT` guards; exported for the pre-check test. */
export const PATROLS = /\bjoint (?:police )?patrols?\b/i;
export const STATIONS =
  /\b(?:overseas )?police (?:service )?(?:stations?|centres?|centers?)\b|\bservice (?:stations?|centres?|centers?)\b/i;
const CAMERAS = /\b(?:surveillance|smart|security|CCTV|facial[- ]recognition|video)? ?cameras?\b/i;
export const SAFE_CITY = /\bSafe(?:\s|-)Cit(?:y|ies)\b/i;
/** A word every match of `PATROLS`, `STATIONS` or `SAFE_CITY` contains. */
export const HINT = /joint|police|service|safe/i;
const PROJECT_NOUNS = [
  'railway',
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
const VENDORS = new Set([
  'organization:huawei',
  'organization:hikvision',
  'organization:dahua',
  'organization:hytera',
  'organization:zte',
]);

function ref(code: string): EntityRef {
  return { id: `country:${code}`, kind: 'country', name: COUNTRY_NAMES.get(code) ?? code, known: true };
}

function hostCountry(s: SentenceContext): string | undefined {
  return countriesIn(s).find((c) => c.code !== 'CN')?.code;
}

function patrols(s: SentenceContext, out: Candidate[]): void {
  const m = PATROLS.exec(s.text);
  if (!m) return;
  const host = hostCountry(s);
  if (!host) return;
  const span: [number, number] = [m.index, m.index + m[0].length];
  const program: EntityRef = {
    id: `program:cn-${host.toLowerCase()}-joint-police-patrols`,
    kind: 'program',
    name: `China–${COUNTRY_NAMES.get(host) ?? host} joint police patrols`,
  };
  out.push(candidate(s, NAME, program, 'program_type', { type: 'text', text: 'joint_patrol' }, span, 0.7));
  out.push(
    candidate(s, NAME, program, 'country', { type: 'ref', id: `country:${host}` }, span, 0.6, { refs: [ref(host)] }),
  );
  out.push(
    candidate(s, NAME, program, 'participant', { type: 'ref', id: 'country:CN' }, span, 0.6, { refs: [ref('CN')] }),
  );
  const date = nearestDate(s, m.index, 80);
  if (date?.date)
    out.push(
      candidate(
        s,
        NAME,
        program,
        'started',
        { type: 'date', date: date.date },
        [Math.min(date.start, m.index), Math.max(date.end, span[1])],
        0.5,
      ),
    );
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

function stations(s: SentenceContext, out: Candidate[]): void {
  const m = STATIONS.exec(s.text);
  if (!m || !/\bChin|\bPRC\b|\boverseas\b/i.test(s.text)) return;
  const program: EntityRef = {
    id: 'program:cn-overseas-police-service-stations',
    kind: 'program',
    name: 'Chinese overseas police service stations',
  };
  const span: [number, number] = [m.index, m.index + m[0].length];
  out.push(candidate(s, NAME, program, 'program_type', { type: 'text', text: 'police_service_station' }, span, 0.6));
  const host = hostCountry(s);
  if (host)
    out.push(
      candidate(s, NAME, program, 'country', { type: 'ref', id: `country:${host}` }, span, 0.5, { refs: [ref(host)] }),
    );
  const city = s.mentions.find((x) => x.city && x.country === host);
  if (city?.city)
    out.push(
      candidate(
        s,
        NAME,
        program,
        'city',
        { type: 'text', text: city.city },
        [Math.min(city.start, span[0]), Math.max(city.end, span[1])],
        0.5,
      ),
    );
}

function cameras(s: SentenceContext, out: Candidate[], hinted: boolean): void {
  const count = s.quantities.find((q) => q.kind === 'count' && q.unit === 'cameras');
  const safe = hinted ? SAFE_CITY.exec(s.text) : null;
  if (!count && !safe) return;
  const city = s.mentions.find((x) => x.city);
  const host = city?.country ?? hostCountry(s);
  if (!host) return;
  const place = city?.city ?? COUNTRY_NAMES.get(host) ?? host;
  const program: EntityRef = safe
    ? { id: `program:${slugify(place)}-safe-city`, kind: 'program', name: `${place} Safe City` }
    : {
        id: `program:${slugify(place)}-surveillance-cameras`,
        kind: 'program',
        name: `Surveillance cameras in ${place}`,
      };
  const at = count ?? { start: safe?.index ?? 0, end: (safe?.index ?? 0) + (safe?.[0].length ?? 1) };
  out.push(
    candidate(s, NAME, program, 'program_type', { type: 'text', text: 'surveillance' }, [at.start, at.end], 0.5),
  );
  out.push(
    candidate(s, NAME, program, 'country', { type: 'ref', id: `country:${host}` }, [at.start, at.end], 0.5, {
      refs: [ref(host)],
    }),
  );
  if (city?.city)
    out.push(candidate(s, NAME, program, 'city', { type: 'text', text: city.city }, [city.start, city.end], 0.5));
  if (count && count.kind === 'count' && CAMERAS.test(s.text)) {
    out.push(
      candidate(
        s,
        NAME,
        program,
        'camera_count',
        { type: 'number', amount: count.amount, unit: 'cameras' },
        [count.start, count.end],
        0.6,
      ),
    );
  }
  for (const v of s.mentions) {
    if (VENDORS.has(v.ref.id))
      out.push(
        candidate(s, NAME, program, 'vendor', { type: 'ref', id: v.ref.id }, [v.start, v.end], 0.5, { refs: [v.ref] }),
      );
  }
}

function projects(s: SentenceContext, out: Candidate[]): void {
  const money = s.quantities.filter((q) => q.kind === 'money');
  if (!money.length || !FINANCE.test(s.text)) return;
  const m = PROJECT.exec(s.text);
  PROJECT.lastIndex = 0;
  if (!m) return;
  const name = (m[1] as string).trim().replace(/^The\s+/, '');
  const project: EntityRef = { id: `project:${slugify(name)}`, kind: 'project', name };
  const first = money[0];
  if (first && first.kind === 'money') {
    out.push(
      candidate(
        s,
        NAME,
        project,
        'amount',
        { type: 'money', amount: first.amount, currency: first.currency },
        [Math.min(m.index, first.start), Math.max(m.index + m[0].length, first.end)],
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
  const host = hostCountry(s);
  if (host)
    out.push(
      candidate(
        s,
        NAME,
        project,
        'country',
        { type: 'ref', id: `country:${host}` },
        [m.index, m.index + m[0].length],
        0.4,
        { refs: [ref(host)] },
      ),
    );
}

/** Proposes programs (patrols, stations, cameras) and projects (amount, financier, contractor). */
export function extractPrograms(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    // Most sentences name no patrol, station or Safe City: one scan instead of three.
    const hinted = HINT.test(s.text);
    if (hinted) {
      patrols(s, out);
      stations(s, out);
    }
    cameras(s, out, hinted);
    projects(s, out);
  }
  return out;
}
