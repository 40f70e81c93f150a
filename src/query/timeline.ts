/**
 * @module The timeline: every dated statement whose property gives an entity's start, end or a
 * lifecycle event (`TIMELINE_PROPERTIES`), in date order, each with its statement and source.
 * Dates keep their precision (`2024`, `2024-Q2`, `2024-05`, `2024-05-08`); a range filter keeps
 * an event whose interval overlaps the range. Also home of the entity–country link used by the
 * map, country and search views.
 */
import type { DatePrecision, EntityKind, Role, Statement } from '../domain/index.js';
import { isEntityKind, parseDate, PROPERTIES, sortKey, TIMELINE_PROPERTIES } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import type { Store } from '../store/index.js';
import { countryId } from './treaties.js';

/** Properties whose reference ties an entity to a country. */
export const COUNTRY_LINK_PROPERTIES: readonly string[] = [
  'party',
  'country',
  'host_state',
  'requesting_state',
  'located_in',
  'participant',
];

/** Properties through which an entity inherits the countries of the entity it points to (a decision → its case and court). */
const INHERIT_PROPERTIES: readonly string[] = ['in_case', 'decided_by'];

/** Hard cap on statements read for one view, so one request cannot read the whole store twice. */
const SCAN_LIMIT = 10_000;

/** One dated event on the timeline. */
export interface TimelineEvent {
  /** The date as the source gives it, with its precision. */
  readonly date: string;
  readonly precision: DatePrecision;
  /** First and last day the date covers, for placing it on an axis. */
  readonly start: string;
  readonly end: string;
  readonly entity: string;
  readonly entityName: string;
  readonly kind: EntityKind;
  /** The property, e.g. `signed`, `decided_on`. */
  readonly event: string;
  /** The property for people, e.g. `signed`, `entered into force`. */
  readonly label: string;
  /** The state that did it, when the statement says (`country:CN`). */
  readonly party?: string;
  readonly statement: string;
  readonly source: string;
}

/** Filters of {@link timeline}. */
export interface TimelineQuery {
  /** Only events of this entity. */
  readonly entity?: string;
  /** `RS` or `country:RS`: only events of entities linked to this country. */
  readonly country?: string;
  /** Only events of entities of this kind. */
  readonly kind?: EntityKind;
  /** Partial date: only events whose date overlaps on or after it. */
  readonly from?: string;
  /** Partial date: only events whose date overlaps on or before it. */
  readonly to?: string;
}

/**
 * Parses an optional partial date parameter.
 * @throws LongarmError `invalid_input` naming the parameter.
 */
export function checkDateParam(name: string, value: string | undefined): ReturnType<typeof parseDate> | undefined {
  if (value === undefined) return undefined;
  try {
    return parseDate(value);
  } catch (e) {
    throw new LongarmError('invalid_input', `${name}: ${(e as Error).message}`, { record: name });
  }
}

/**
 * Ids of the entities tied to a country: the country itself, entities with a reference to it
 * through {@link COUNTRY_LINK_PROPERTIES}, and entities pointing at one of those through
 * `in_case` or `decided_by` (a decision in a case hosted there, or by a court located there).
 */
export async function entitiesLinkedToCountry(store: Store, country: string, role: Role): Promise<Set<string>> {
  const id = countryId(country);
  const direct = await store.listStatements({ ref: id, property: COUNTRY_LINK_PROPERTIES, limit: SCAN_LIMIT }, role);
  const linked = new Set<string>([id, ...direct.map((s) => s.entity)]);
  const inherited = await store.listStatements({ property: INHERIT_PROPERTIES, limit: SCAN_LIMIT }, role);
  for (const s of inherited) if (s.value.type === 'ref' && linked.has(s.value.id)) linked.add(s.entity);
  return linked;
}

/** Turns dated statements into events; undated (`unknown`/`none`) ones have no place on an axis. */
export async function toEvents(store: Store, statements: readonly Statement[], role: Role): Promise<TimelineEvent[]> {
  const names = new Map<string, { name: string; kind: EntityKind } | null>();
  const events: TimelineEvent[] = [];
  for (const s of statements) {
    if (s.value.type !== 'date' || s.rank === 'deprecated') continue;
    if (!names.has(s.entity)) {
      const e = await store.getEntity(s.entity, role);
      names.set(s.entity, e ? { name: e.name, kind: e.kind } : null);
    }
    const owner = names.get(s.entity);
    if (!owner) continue;
    const d = parseDate(s.value.date);
    events.push({
      date: d.text,
      precision: d.precision,
      start: d.start,
      end: d.end,
      entity: s.entity,
      entityName: owner.name,
      kind: owner.kind,
      event: s.property,
      label: PROPERTIES[s.property]?.label ?? s.property,
      ...(s.qualifiers.party ? { party: s.qualifiers.party } : {}),
      statement: s.id,
      source: s.source,
    });
  }
  return events.sort(
    (a, b) =>
      sortKey(a.date).localeCompare(sortKey(b.date)) ||
      a.entity.localeCompare(b.entity) ||
      a.statement.localeCompare(b.statement),
  );
}

/**
 * Dated events, oldest first.
 * @throws LongarmError `invalid_input` for a malformed `from`, `to` or `kind`.
 * @example await timeline(store, { country: 'RS', from: '2019', to: '2024' }, 'public')
 */
export async function timeline(store: Store, query: TimelineQuery, role: Role): Promise<TimelineEvent[]> {
  const from = checkDateParam('from', query.from);
  const to = checkDateParam('to', query.to);
  if (query.kind !== undefined && !isEntityKind(query.kind))
    throw new LongarmError('invalid_input', `kind: unknown kind ${JSON.stringify(query.kind)}`, { record: 'kind' });
  const statements = await store.listStatements(
    {
      property: TIMELINE_PROPERTIES,
      ...(query.entity ? { entity: query.entity } : {}),
      limit: SCAN_LIMIT,
    },
    role,
  );
  const linked = query.country ? await entitiesLinkedToCountry(store, query.country, role) : undefined;
  const events = await toEvents(
    store,
    statements.filter((s) => !linked || linked.has(s.entity)),
    role,
  );
  return events.filter(
    (e) => (!query.kind || e.kind === query.kind) && (!from || e.end >= from.start) && (!to || e.start <= to.end),
  );
}
