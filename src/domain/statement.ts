/**
 * @module Entities and statements: the shape of every sourced claim, and its content-derived id.
 */
import type { EntityKind, Sensitivity } from './kinds.js';
import { sha256, type Locator } from './text.js';
import type { Value } from './values.js';

export type StatementStatus = 'candidate' | 'accepted' | 'rejected' | 'disputed';
export type Rank = 'preferred' | 'normal' | 'deprecated';

/**
 * Qualifiers narrow a claim. `party` is the state that did it; `as_of` the date the claim
 * speaks for (a "none" value says "not as of this date"); `bound` marks one end of a range;
 * `estimate` tells an official figure from an unofficial one.
 */
/** The kinds of estimate a figure can be. */
export const ESTIMATES = ['official', 'unofficial', 'estimated', 'planned'] as const;

/** Every qualifier key a statement may carry (the keys of {@link Qualifiers}). */
export const QUALIFIER_KEYS = [
  'party',
  'valid_from',
  'valid_to',
  'as_of',
  'confidence',
  'bound',
  'estimate',
  'role',
  'place',
  'note',
] as const satisfies readonly (keyof Qualifiers)[];

export interface Qualifiers {
  readonly party?: string;
  readonly valid_from?: string;
  readonly valid_to?: string;
  readonly as_of?: string;
  readonly confidence?: number;
  readonly bound?: 'min' | 'max';
  readonly estimate?: (typeof ESTIMATES)[number];
  readonly role?: string;
  readonly place?: string;
  readonly note?: string;
}

/** Metadata of a `source` entity. */
export interface SourceMeta {
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly url?: string;
  /** Partial date; absent when the source does not say. */
  readonly published?: string;
  readonly language?: string;
  /** sha256 of the normalized text, when the text is (or can be) held. */
  readonly sha256?: string;
  /** Admiralty code, e.g. `B2`. */
  readonly reliability?: string;
  readonly reliability_reason?: string;
  readonly duplicate_of?: string;
  /** File name the text was ingested from (ingestion only). */
  readonly file?: string;
  /** Detected format, e.g. `application/pdf` (ingestion only). */
  readonly media_type?: string;
  /** Size of the ingested file in bytes (ingestion only). */
  readonly bytes?: number;
  /** 64-bit SimHash of the normalized text, 16 hex digits, for near-duplicate detection. */
  readonly simhash?: string;
}

export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly sensitivity: Sensitivity;
  /** `candidate` for an entity proposed by ingestion and not yet reviewed; absent means accepted. */
  readonly status?: 'candidate';
  /** Present on `source` entities only. */
  readonly source?: SourceMeta;
}

export interface Statement {
  readonly id: string;
  readonly entity: string;
  readonly property: string;
  readonly value: Value;
  readonly qualifiers: Qualifiers;
  readonly source: string;
  /** Evidence span; null when the source's text is not held and `pinpoint` cites it instead. */
  readonly locator: Locator | null;
  readonly pinpoint?: string;
  readonly status: StatementStatus;
  readonly rank: Rank;
  readonly sensitivity: Sensitivity;
  readonly confidence?: number;
  /** Id of the statement this one corrects; the old one stays, ranked down. */
  readonly supersedes?: string;
  readonly recorded_at: string;
  readonly recorded_by: string;
}

/** Characters `JSON.stringify` may escape: quotes, backslashes, controls, surrogates (it escapes the lone ones). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify` of a string (a memo of short ones cost more in lookups than it saved). */
function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** Serializes with sorted keys so equal content hashes equally (same output as JSON.stringify otherwise). */
export function canonicalJson(value: unknown): string {
  // Hot on ingestion (one call per candidate): plain loops, no intermediate entry arrays.
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const k of keys) {
      const v = record[k];
      if (v === undefined) continue;
      out += (out.length > 1 ? ',' : '') + jsonString(k) + ':' + canonicalJson(v);
    }
    return out + '}';
  }
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The keys a record may have, sorted as canonicalJson sorts them, with their JSON prefixes. */
interface KeyOrder {
  readonly keys: readonly string[];
  readonly prefixes: readonly string[];
}

function keyOrder(keys: readonly string[]): KeyOrder {
  const sorted = [...keys].sort();
  return { keys: sorted, prefixes: sorted.map((k) => JSON.stringify(k) + ':') };
}

const VALUE_ORDER = keyOrder(['type', 'text', 'amount', 'unit', 'currency', 'date', 'id']);
const QUALIFIER_ORDER = keyOrder(QUALIFIER_KEYS);
const LOCATOR_ORDER = keyOrder(['sha256', 'start', 'end']);

/** canonicalJson of a record whose keys are all in `order`, without sorting; anything else goes the generic way. */
function orderedJson(value: unknown, order: KeyOrder): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return canonicalJson(value);
  const record = value as Record<string, unknown>;
  const own = Object.keys(record);
  let out = '{';
  let found = 0;
  for (let i = 0; i < order.keys.length && found < own.length; i++) {
    const k = order.keys[i] as string;
    if (!own.includes(k)) continue;
    found++;
    const v = record[k];
    if (v !== undefined) out += (out.length > 1 ? ',' : '') + (order.prefixes[i] as string) + canonicalJson(v);
  }
  return found === own.length ? out + '}' : canonicalJson(value);
}

/** True when `keys` (own keys of a record) are exactly `expected`, in any order. */
function hasExactly(keys: readonly string[], expected: readonly string[]): boolean {
  return keys.length === expected.length && expected.every((k) => keys.includes(k));
}

const REF_KEYS = ['type', 'id'];
const TEXT_KEYS = ['type', 'text'];
const CONFIDENCE_KEYS = ['confidence'];
const LOCATOR_KEYS = LOCATOR_ORDER.keys;

/**
 * canonicalJson of a statement's value. The shapes nearly every ingested statement has (here a ref or
 * text value; below a confidence alone and a locator) are written out directly rather than walked key
 * by key, as ingestion makes one id per candidate; any other shape goes the ordered way.
 */
function valueJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return canonicalJson(value);
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (typeof v.type === 'string') {
    if (typeof v.id === 'string' && hasExactly(keys, REF_KEYS))
      return '{"id":' + jsonString(v.id) + ',"type":' + jsonString(v.type) + '}';
    if (typeof v.text === 'string' && hasExactly(keys, TEXT_KEYS))
      return '{"text":' + jsonString(v.text) + ',"type":' + jsonString(v.type) + '}';
  }
  return orderedJson(value, VALUE_ORDER);
}

/** canonicalJson of a statement's qualifiers; see `valueJson`. */
function qualifiersJson(qualifiers: unknown): string {
  if (qualifiers === null || typeof qualifiers !== 'object') return canonicalJson(qualifiers);
  const q = qualifiers as Record<string, unknown>;
  if (typeof q.confidence === 'number' && hasExactly(Object.keys(q), CONFIDENCE_KEYS))
    return '{"confidence":' + canonicalJson(q.confidence) + '}';
  return orderedJson(qualifiers, QUALIFIER_ORDER);
}

/** canonicalJson of a statement's locator; see `valueJson`. */
function locatorJson(locator: unknown): string {
  if (locator === null || typeof locator !== 'object') return canonicalJson(locator);
  const l = locator as Record<string, unknown>;
  if (
    typeof l.sha256 === 'string' &&
    Number.isInteger(l.start) &&
    Number.isInteger(l.end) &&
    hasExactly(Object.keys(l), LOCATOR_KEYS)
  )
    return (
      '{"end":' + (l.end as number) + ',"sha256":' + jsonString(l.sha256) + ',"start":' + (l.start as number) + '}'
    );
  return orderedJson(locator, LOCATOR_ORDER);
}

/** A statement's id from its canonical key. */
function idOf(key: string): string {
  return 'st_' + sha256(key).slice(0, 24);
}

/** How every statement's key starts: `[entity,property,value,qualifiers`. */
function claimJson(c: Pick<Statement, 'entity' | 'property' | 'value' | 'qualifiers'>): string {
  return (
    '[' +
    canonicalJson(c.entity) +
    ',' +
    canonicalJson(c.property) +
    ',' +
    valueJson(c.value) +
    ',' +
    qualifiersJson(c.qualifiers)
  );
}

/**
 * A statement's id is a hash of its key fields, so proposing the same claim from the same
 * span twice yields the same id and changes nothing. `sensitivity` is hashed only when given
 * (a review that changes only it needs a new id), so no other id changes.
 */
export function statementId(
  s: Pick<Statement, 'entity' | 'property' | 'value' | 'qualifiers' | 'source' | 'locator'> & {
    pinpoint?: string | undefined;
    sensitivity?: Sensitivity | undefined;
  },
): string {
  // canonicalJson of [entity, property, value, qualifiers, source, locator, pinpoint ?? null, sensitivity?],
  // without building the array (one call per candidate on ingestion).
  return idOf(
    claimJson(s) +
      ',' +
      canonicalJson(s.source) +
      ',' +
      locatorJson(s.locator) +
      ',' +
      (s.pinpoint == null ? 'null' : canonicalJson(s.pinpoint)) +
      (s.sensitivity ? ',' + canonicalJson(s.sensitivity) : '') +
      ']',
  );
}

/** The fields of a statement {@link statementIdsIn} hashes besides those its statements share. */
export type LocatedClaim = Pick<Statement, 'entity' | 'property' | 'value' | 'qualifiers'> & {
  readonly start: number;
  readonly end: number;
};

/**
 * `statementId` for the statements of one source whose evidence is in the text hashed `sha256`, with
 * no pinpoint nor sensitivity: what their keys share is serialized once, as ingestion makes one id per
 * candidate (`buildStatements` on the 50 MB corpus, min of 9 alternated runs: 1,185 → 965 CPU-ms).
 * @example statementIdsIn(source, doc.sha256)({ entity, property, value, qualifiers, start, end })
 */
export function statementIdsIn(source: string, sha256: string): (claim: LocatedClaim) => string {
  const head = ',' + jsonString(source) + ',{"end":';
  const middle = ',"sha256":' + jsonString(sha256) + ',"start":';
  return (c) => idOf(claimJson(c) + head + canonicalJson(c.end) + middle + canonicalJson(c.start) + '},null]');
}
