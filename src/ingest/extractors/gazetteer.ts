/**
 * @module Places and parties: one Aho–Corasick automaton over country names, aliases, demonyms,
 * Serbian Latin and Cyrillic names, capitals, seed cities, international bodies and courts.
 */
import { COUNTRY_NAMES } from '../../domain/index.js';
import { CITIES } from '../../query/cities.js';
import type { EntityRef } from '../types.js';
import { AhoCorasick } from './aho-corasick.js';
import { BODIES, CAPITALS, COUNTRY_ALIASES, DEMONYMS } from './gazetteer-data.js';

/** How a mention names its entity. */
export type MentionRole = 'country' | 'demonym' | 'capital' | 'city' | 'body';

/** One gazetteer hit in a paragraph view. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly role: MentionRole;
  readonly ref: EntityRef;
  /** The country it places the mention in (ISO code). */
  readonly country?: string;
  /** For cities: the city's name. */
  readonly city?: string;
}

interface Entry {
  readonly pattern: string;
  readonly caseSensitive: boolean;
  readonly role: MentionRole;
  readonly ref: EntityRef;
  readonly country?: string;
  readonly city?: string;
}

/** The reference to a country entity by its ISO code (built-in: `known`). */
export function countryRef(code: string): EntityRef {
  return { id: `country:${code}`, kind: 'country', name: COUNTRY_NAMES.get(code) ?? code, known: true };
}

/** Short all-caps or dotted aliases ("US", "EU", "UN") must match case exactly. */
function needsCase(pattern: string): boolean {
  return pattern.length <= 5 && /^[\p{Lu}.]+$/u.test(pattern);
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  const add = (pattern: string, role: MentionRole, ref: EntityRef, country?: string, city?: string): void => {
    entries.push({
      pattern,
      caseSensitive: needsCase(pattern),
      role,
      ref,
      ...(country ? { country } : {}),
      ...(city ? { city } : {}),
    });
  };
  for (const [code, name] of COUNTRY_NAMES) {
    add(name, 'country', countryRef(code), code);
    const short = name.replace(/ SAR$/, '');
    if (short !== name) add(short, 'country', countryRef(code), code);
  }
  for (const [code, names] of Object.entries(COUNTRY_ALIASES))
    for (const n of names) add(n, 'country', countryRef(code), code);
  for (const [demonym, code] of Object.entries(DEMONYMS)) add(demonym, 'demonym', countryRef(code), code);
  for (const [capital, code] of Object.entries(CAPITALS)) add(capital, 'capital', countryRef(code), code, capital);
  for (const city of CITIES) {
    if (CAPITALS[city.name]) continue;
    const ref = countryRef(city.country);
    for (const n of [city.name, ...(city.aliases ?? [])])
      add(n, city.name === 'Belgrade' ? 'capital' : 'city', ref, city.country, city.name);
  }
  for (const body of BODIES) {
    const kind = body.id.startsWith('court:') ? 'court' : 'organization';
    const ref: EntityRef = { id: body.id, kind, name: body.name, aliases: body.aliases };
    for (const n of [body.name, ...body.aliases]) add(n, 'body', ref, body.country);
  }
  return entries;
}

const ENTRIES = buildEntries();
const AUTOMATON = new AhoCorasick(ENTRIES.map((e) => e.pattern));

/** Every place and party the gazetteer finds in `text`, leftmost-longest, in order. */
export function findMentions(text: string): Mention[] {
  const found = AUTOMATON.find(text, (pattern, start) => {
    const e = ENTRIES[pattern] as Entry;
    // A match spans exactly the pattern's length, as folding keeps offsets.
    return !e.caseSensitive || text.startsWith(e.pattern, start);
  });
  // Pushed, not `map`ped: V8's optimized `map` makes holey arrays, its interpreted one packed ones,
  // and each reader of the mentions deoptimized on the map it had not seen yet (`analyse`: 2–3 → 0).
  const mentions: Mention[] = [];
  for (const m of found) {
    const e = ENTRIES[m.pattern] as Entry;
    mentions.push({
      start: m.start,
      end: m.end,
      role: e.role,
      ref: e.ref,
      ...(e.country ? { country: e.country } : {}),
      ...(e.city ? { city: e.city } : {}),
    });
  }
  return mentions;
}

/** The entity of a known body id (for resolution of court and organization names). */
export function knownBody(id: string): EntityRef | undefined {
  const body = BODIES.find((b) => b.id === id);
  if (!body) return undefined;
  return {
    id: body.id,
    kind: body.id.startsWith('court:') ? 'court' : 'organization',
    name: body.name,
    aliases: body.aliases,
  };
}
