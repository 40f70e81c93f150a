/**
 * @module The country page: the instruments a country is party to (with their derived status
 * and lifecycle events), the cases it hosts or requested and their decisions, the programs and
 * projects on its soil, the figures sourced about it, and exposure counts — all computed from
 * statements at request time, none typed in.
 */
import type { Entity, EntityKind, OverallStatus, Role, Statement } from '../domain/index.js';
import { countryName, formatValue, isCountryCode, PROPERTIES } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { programCategory, type ProgramCategory } from './map.js';
import { entitiesLinkedToCountry } from './timeline.js';
import { countryId, listTreaties, type TreatyView } from './treaties.js';

/** A linked entity in a country page list. */
export interface CountryItem {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /**
   * How it is tied to the country: the properties of its statements that reference it
   * (`host_state`, `country`, …); empty when tied through its case or court.
   */
  readonly via: readonly string[];
  /** A short description of its own: outcome and date for decisions, type for programs. */
  readonly summary: string;
  /** For programs: the map legend category. */
  readonly category?: ProgramCategory;
  /** The earliest date the record gives it (decided_on, started, year…), if any. */
  readonly date?: string;
}

/** A sourced figure about the country (population, counts), conflicting values all kept. */
export interface CountryFigure {
  readonly statement: string;
  readonly property: string;
  readonly label: string;
  readonly display: string;
  readonly estimate?: string;
  readonly asOf?: string;
  readonly source: string;
}

/** Counts computed from the record, for "exposure at a glance". */
export interface CountryExposure {
  readonly instruments: number;
  /** Instruments per derived overall status (as of today). */
  readonly instrumentsByStatus: Readonly<Partial<Record<OverallStatus, number>>>;
  /** Instruments per type. */
  readonly instrumentsByType: Readonly<Partial<Record<string, number>>>;
  readonly cases: number;
  readonly decisions: number;
  readonly programs: number;
  readonly programsByCategory: Readonly<Partial<Record<ProgramCategory, number>>>;
  readonly projects: number;
  /** Statements that reference the country. */
  readonly statements: number;
}

/** What {@link countryView} returns. */
export interface CountryView {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly asOf: string | null;
  readonly instruments: readonly TreatyView[];
  readonly cases: readonly CountryItem[];
  readonly decisions: readonly CountryItem[];
  readonly programs: readonly CountryItem[];
  readonly projects: readonly CountryItem[];
  /** Other linked entities: organizations, courts, resolutions… */
  readonly others: readonly CountryItem[];
  readonly figures: readonly CountryFigure[];
  readonly exposure: CountryExposure;
}

const DATE_PROPERTIES = ['decided_on', 'started', 'year', 'adopted', 'signed', 'effective_on'];
const SUMMARY_PROPERTIES = ['outcome', 'program_type', 'sector', 'court_level', 'charge', 'description'];
const FIGURE_PROPERTIES = new Set(['figure', 'population', 'member_count', 'officer_count', 'amount']);

/**
 * The page of one country, or null for an unknown code.
 * @param code `RS` or `country:RS`.
 * @throws LongarmError `invalid_input` for a malformed `asOf`.
 * @example await countryView(store, 'RS', 'public')
 */
export async function countryView(
  store: Store,
  code: string,
  role: Role,
  options: { asOf?: string } = {},
): Promise<CountryView | null> {
  const id = countryId(code);
  const iso = id.slice('country:'.length);
  if (!isCountryCode(iso)) return null;
  const entity = await store.getEntity(id, role);
  const instruments = await listTreaties(store, { party: id, ...(options.asOf ? { asOf: options.asOf } : {}) }, role);
  const linked = await entitiesLinkedToCountry(store, id, role);
  const references = await store.listStatements({ ref: id, limit: 10_000 }, role);
  const via = new Map<string, Set<string>>();
  for (const s of references) {
    const set = via.get(s.entity) ?? new Set<string>();
    set.add(s.property);
    via.set(s.entity, set);
  }
  const items: CountryItem[] = [];
  for (const other of linked) {
    if (other === id || other.startsWith('instrument:')) continue;
    const e = await store.getEntity(other, role);
    if (!e) continue;
    items.push(await describe(store, e, [...(via.get(other) ?? [])].sort(), role));
  }
  const byDate = (a: CountryItem, b: CountryItem): number =>
    (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
  const of = (kind: EntityKind): CountryItem[] => items.filter((i) => i.kind === kind).sort(byDate);
  const own = await store.listStatements({ entity: id, limit: 10_000 }, role);
  const figures = own
    .filter((s) => FIGURE_PROPERTIES.has(s.property) && s.rank !== 'deprecated')
    .map((s) => ({
      statement: s.id,
      property: s.property,
      label: PROPERTIES[s.property]?.label ?? s.property,
      display: formatValue(s.value),
      ...(s.qualifiers.estimate ? { estimate: s.qualifiers.estimate } : {}),
      ...(s.qualifiers.as_of ? { asOf: s.qualifiers.as_of } : {}),
      source: s.source,
    }));
  const programs = of('program');
  const count = <T extends string>(values: readonly T[]): Partial<Record<T, number>> => {
    const out: Partial<Record<T, number>> = {};
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  return {
    id,
    code: iso,
    name: entity?.name ?? countryName(iso) ?? iso,
    asOf: options.asOf ?? null,
    instruments,
    cases: of('case'),
    decisions: of('decision'),
    programs,
    projects: of('project'),
    others: items
      .filter((i) => !['case', 'decision', 'program', 'project'].includes(i.kind))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),
    figures,
    exposure: {
      instruments: instruments.length,
      instrumentsByStatus: count(instruments.map((t) => t.status.overall)),
      instrumentsByType: count(instruments.flatMap((t) => (t.types.length ? t.types : ['other']))),
      cases: of('case').length,
      decisions: of('decision').length,
      programs: programs.length,
      programsByCategory: count(programs.map((p) => p.category ?? 'other')),
      projects: of('project').length,
      statements: references.length,
    },
  };
}

async function describe(store: Store, e: Entity, via: readonly string[], role: Role): Promise<CountryItem> {
  const statements: Statement[] = await store.listStatements(
    { entity: e.id, property: [...DATE_PROPERTIES, ...SUMMARY_PROPERTIES], limit: 200 },
    role,
  );
  const current = statements.filter((s) => s.rank !== 'deprecated');
  const dates = current
    .filter((s) => DATE_PROPERTIES.includes(s.property) && s.value.type === 'date')
    .map((s) => (s.value as { date: string }).date)
    .sort();
  const summaryOf = (property: string): string[] =>
    current.filter((s) => s.property === property && s.value.type === 'text').map((s) => formatValue(s.value));
  const summary = SUMMARY_PROPERTIES.map((p) => summaryOf(p)).find((list) => list.length > 0) ?? [];
  const types = summaryOf('program_type');
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    via,
    summary: [...new Set(summary)].join('; '),
    ...(e.kind === 'program' ? { category: programCategory(types) } : {}),
    ...(dates[0] ? { date: dates[0] } : {}),
  };
}
