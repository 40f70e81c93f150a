/**
 * @module Map aggregates. Per country: the instruments it shares with a requesting state, with
 * their derived status as of a date, grouped by instrument type (the most advanced status of a
 * type colours the country). Plus points: the cities where programs (joint patrols, police
 * service stations, camera deployments, …) operate, placed with the gazetteer in `cities.ts`.
 */
import type { OverallStatus, Role } from '../domain/index.js';
import { countryName, STATUS_RANK } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { findCity } from './cities.js';
import { countryId, listTreaties } from './treaties.js';

/** One instrument on the map. */
export interface MapInstrument {
  readonly id: string;
  readonly name: string;
  readonly types: readonly string[];
  readonly status: OverallStatus;
  readonly label: string;
}

/** The most advanced status among a country's instruments of one type. */
export interface MapTypeStatus {
  readonly type: string;
  readonly status: OverallStatus;
  readonly instruments: readonly string[];
}

/** One country on the map and the instruments it shares with the requesting state. */
export interface MapCountry {
  /** `country:RS`. */
  readonly id: string;
  /** `RS`. */
  readonly code: string;
  readonly name: string;
  readonly instruments: readonly MapInstrument[];
  readonly byType: readonly MapTypeStatus[];
}

/** What a program is, for the map legend. */
export type ProgramCategory = 'patrol' | 'police_station' | 'surveillance' | 'other';

/** A program shown at a point. */
export interface MapProgram {
  readonly id: string;
  readonly name: string;
  readonly category: ProgramCategory;
  readonly programTypes: readonly string[];
}

/** A city with the programs that operate there. */
export interface MapPoint {
  readonly city: string;
  /** ISO 3166-1 alpha-2 from the gazetteer. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly programs: readonly MapProgram[];
}

/** What {@link mapView} returns. */
export interface MapView {
  readonly requesting: string;
  readonly asOf: string | null;
  readonly type: string | null;
  readonly countries: readonly MapCountry[];
  readonly points: readonly MapPoint[];
  /** City names programs give that the gazetteer does not know (not placed). */
  readonly unplacedCities: readonly string[];
}

/** Options of {@link mapView}. */
export interface MapQuery {
  /** Requesting state: `CN` or `country:CN`. Default `CN`. */
  readonly requesting?: string;
  /** Only instruments of this type. */
  readonly type?: string;
  /** Partial date; default today. */
  readonly asOf?: string;
}

/** Sorts a program into a legend category from its `program_type` words. */
export function programCategory(programTypes: readonly string[]): ProgramCategory {
  const words = programTypes.join(' ').toLowerCase();
  if (/police service station|police station/.test(words)) return 'police_station';
  if (/patrol/.test(words)) return 'patrol';
  if (/camera|surveillance|safe city/.test(words)) return 'surveillance';
  return 'other';
}

/**
 * The map for one requesting state.
 * @throws LongarmError `invalid_input` for a malformed `asOf`.
 * @example await mapView(store, { requesting: 'CN', type: 'extradition', asOf: '2025' }, 'public')
 */
export async function mapView(store: Store, query: MapQuery, role: Role): Promise<MapView> {
  const requesting = countryId(query.requesting ?? 'CN');
  const treaties = await listTreaties(
    store,
    { party: requesting, ...(query.type ? { type: query.type } : {}), ...(query.asOf ? { asOf: query.asOf } : {}) },
    role,
  );
  const byCountry = new Map<string, MapInstrument[]>();
  for (const t of treaties) {
    const item: MapInstrument = {
      id: t.id,
      name: t.name,
      types: t.types,
      status: t.status.overall,
      label: t.label,
    };
    for (const party of t.parties) {
      if (party === requesting) continue;
      const list = byCountry.get(party) ?? [];
      list.push(item);
      byCountry.set(party, list);
    }
  }
  const countries: MapCountry[] = [...byCountry.entries()]
    .map(([id, instruments]) => {
      const code = id.replace(/^country:/, '');
      const types = new Map<string, MapInstrument[]>();
      for (const i of instruments) {
        for (const type of i.types.length ? i.types : ['other']) {
          const list = types.get(type) ?? [];
          list.push(i);
          types.set(type, list);
        }
      }
      const byType = [...types.entries()]
        .map(([type, list]) => ({
          type,
          status: list.reduce<OverallStatus>(
            (best, i) => (STATUS_RANK[i.status] > STATUS_RANK[best] ? i.status : best),
            'unknown',
          ),
          instruments: list.map((i) => i.id),
        }))
        .sort((a, b) => a.type.localeCompare(b.type));
      return { id, code, name: countryName(code) ?? code, instruments, byType };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const { points, unplacedCities } = await programPoints(store, role);
  return {
    requesting,
    asOf: query.asOf ?? null,
    type: query.type ?? null,
    countries,
    points,
    unplacedCities,
  };
}

/** Cities with programs, placed with the gazetteer. */
export async function programPoints(
  store: Store,
  role: Role,
): Promise<{ points: MapPoint[]; unplacedCities: string[] }> {
  const statements = await store.listStatements({ property: ['city', 'program_type'], limit: 10_000 }, role);
  const programs = new Map<string, { cities: Set<string>; types: string[] }>();
  for (const s of statements) {
    if (!s.entity.startsWith('program:') || s.value.type !== 'text' || s.rank === 'deprecated') continue;
    const p = programs.get(s.entity) ?? { cities: new Set<string>(), types: [] };
    if (s.property === 'city') p.cities.add(s.value.text);
    else p.types.push(s.value.text);
    programs.set(s.entity, p);
  }
  const points = new Map<string, { city: string; country: string; lat: number; lon: number; programs: MapProgram[] }>();
  const unplaced = new Set<string>();
  for (const [id, p] of [...programs.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (p.cities.size === 0) continue;
    const entity = await store.getEntity(id, role);
    if (!entity) continue;
    const types = [...new Set(p.types)].sort();
    const program: MapProgram = { id, name: entity.name, category: programCategory(types), programTypes: types };
    for (const name of p.cities) {
      const city = findCity(name);
      if (!city) {
        unplaced.add(name);
        continue;
      }
      const point = points.get(city.name) ?? { ...city, city: city.name, programs: [] };
      point.programs.push(program);
      points.set(city.name, point);
    }
  }
  return {
    points: [...points.values()]
      .map(({ city, country, lat, lon, programs: list }) => ({ city, country, lat, lon, programs: list }))
      .sort((a, b) => a.country.localeCompare(b.country) || a.city.localeCompare(b.city)),
    unplacedCities: [...unplaced].sort(),
  };
}
