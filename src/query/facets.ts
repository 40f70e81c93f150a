/**
 * @module Faceted search on top of `store.search`: filters by kind, country, date range and
 * source, and counts per facet value. Facets are disjunctive — each facet is counted over the
 * hits that match every *other* filter — so picking a kind still shows how many hits the other
 * kinds have. A hit's countries, dates and sources come from its own statements.
 */
import type { EntityKind, Role, Statement } from '../domain/index.js';
import { isEntityKind, parseDate, TIMELINE_PROPERTIES } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import type { SearchHit, Store } from '../store/index.js';
import { checkDateParam, COUNTRY_LINK_PROPERTIES } from './timeline.js';
import { countryId } from './treaties.js';

/** Query and filters of {@link searchWithFacets}. */
export interface FacetedSearchQuery {
  readonly q: string;
  readonly kind?: EntityKind | readonly EntityKind[];
  /** `RS` or `country:RS`. */
  readonly country?: string;
  /** Partial date: hits with a date overlapping on or after it. */
  readonly from?: string;
  /** Partial date: hits with a date overlapping on or before it. */
  readonly to?: string;
  /** A source id: hits with a statement citing it (or the source itself). */
  readonly source?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** One facet value and how many hits have it. */
export interface FacetValue {
  readonly value: string;
  readonly count: number;
  /** What to show for the value when it is an id (a source's title). */
  readonly label?: string;
}

/** The facets of a result list. */
export interface SearchFacets {
  readonly kind: readonly FacetValue[];
  readonly country: readonly FacetValue[];
  /** Years of the hits' dated statements. */
  readonly year: readonly FacetValue[];
  readonly source: readonly FacetValue[];
  /** Earliest and latest day among the matching hits' dates. */
  readonly dateRange: { readonly from: string; readonly to: string } | null;
}

/** A search hit with the countries and dates used by the filters. */
export interface FacetedHit extends SearchHit {
  readonly countries: readonly string[];
  /** Earliest and latest day the hit's dated statements cover. */
  readonly dates: { readonly from: string; readonly to: string } | null;
}

/** What {@link searchWithFacets} returns. */
export interface FacetedSearchResult {
  readonly hits: readonly FacetedHit[];
  /** Hits matching every filter, before paging. */
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly facets: SearchFacets;
}

/** Most hits considered for facets; a broader query should be narrowed first. */
const MAX_CANDIDATES = 500;
/** Most values returned per facet. */
const MAX_FACET_VALUES = 50;

interface Annotated {
  readonly hit: FacetedHit;
  readonly years: readonly string[];
  readonly sources: readonly string[];
}

function annotate(hit: SearchHit, statements: readonly Statement[], published: string | undefined): Annotated {
  const countries = new Set<string>();
  if (hit.kind === 'country') countries.add(hit.entity);
  const sources = new Set<string>();
  if (hit.kind === 'source') sources.add(hit.entity);
  const days: string[] = [];
  const years = new Set<string>();
  const addDate = (text: string): void => {
    const d = parseDate(text);
    days.push(d.start, d.end);
    years.add(text.slice(0, 4));
  };
  for (const s of statements) {
    sources.add(s.source);
    if (s.value.type === 'ref' && s.value.id.startsWith('country:') && COUNTRY_LINK_PROPERTIES.includes(s.property))
      countries.add(s.value.id);
    if (s.value.type === 'date' && TIMELINE_PROPERTIES.includes(s.property) && s.rank !== 'deprecated')
      addDate(s.value.date);
  }
  if (published) addDate(published);
  days.sort();
  return {
    hit: {
      ...hit,
      countries: [...countries].sort(),
      dates: days.length ? { from: days[0]!, to: days[days.length - 1]! } : null,
    },
    years: [...years].sort(),
    sources: [...sources].sort(),
  };
}

function tally(values: Iterable<string>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, MAX_FACET_VALUES);
}

/** Source facet values with their titles, as the role sees them. */
async function titled(store: Store, values: FacetValue[], role: Role): Promise<FacetValue[]> {
  return Promise.all(
    values.map(async (v) => {
      const title = (await store.getEntity(v.value, role))?.name;
      return title ? { ...v, label: title } : v;
    }),
  );
}

/**
 * Ranked hits with facets.
 * @throws LongarmError `invalid_input` for an unknown kind or a malformed date.
 * @example await searchWithFacets(store, { q: 'extradition', country: 'RS' }, 'public')
 */
export async function searchWithFacets(
  store: Store,
  query: FacetedSearchQuery,
  role: Role,
): Promise<FacetedSearchResult> {
  const kinds = query.kind === undefined ? [] : typeof query.kind === 'string' ? [query.kind] : [...query.kind];
  for (const k of kinds)
    if (!isEntityKind(k))
      throw new LongarmError('invalid_input', `kind: unknown kind ${JSON.stringify(k)}`, { record: 'kind' });
  const from = checkDateParam('from', query.from);
  const to = checkDateParam('to', query.to);
  const country = query.country ? countryId(query.country) : undefined;
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;

  const raw = await store.search(query.q, { limit: MAX_CANDIDATES }, role);
  const annotated: Annotated[] = [];
  for (const hit of raw) {
    const statements = await store.listStatements({ entity: hit.entity, limit: 2_000 }, role);
    const published = hit.kind === 'source' ? (await store.getEntity(hit.entity, role))?.source?.published : undefined;
    annotated.push(annotate(hit, statements, published));
  }

  const tests = {
    kind: (a: Annotated): boolean => kinds.length === 0 || kinds.includes(a.hit.kind),
    country: (a: Annotated): boolean => !country || a.hit.countries.includes(country),
    date: (a: Annotated): boolean =>
      (!from && !to) ||
      (a.hit.dates !== null && (!from || a.hit.dates.to >= from.start) && (!to || a.hit.dates.from <= to.end)),
    source: (a: Annotated): boolean => !query.source || a.sources.includes(query.source),
  };
  const except = (skip?: keyof typeof tests): Annotated[] =>
    annotated.filter((a) => (Object.keys(tests) as (keyof typeof tests)[]).every((k) => k === skip || tests[k](a)));
  const matching = except();
  const days = matching.flatMap((a) => (a.hit.dates ? [a.hit.dates.from, a.hit.dates.to] : [])).sort();

  return {
    hits: matching.slice(offset, offset + limit).map((a) => a.hit),
    total: matching.length,
    limit,
    offset,
    facets: {
      kind: tally(except('kind').map((a) => a.hit.kind)),
      country: tally(except('country').flatMap((a) => a.hit.countries)),
      year: tally(except('date').flatMap((a) => a.years)),
      source: await titled(store, tally(except('source').flatMap((a) => a.sources)), role),
      dateRange: days.length ? { from: days[0]!, to: days[days.length - 1]! } : null,
    },
  };
}
