/**
 * @module The home screen: a choropleth of countries by the status of their instruments with a
 * requesting state, an instrument-type filter, an as-of date slider, and the cities where
 * programs operate. Status is derived in the browser from the instruments' dated events with
 * the same function the server uses (src/domain/status.ts), so moving the slider only recolours
 * paths that were projected once.
 */
import { geoAzimuthalEqualArea, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { deriveStatus, describeStatus, STATUS_RANK, type LifecycleFact } from '../../../src/domain/status';
import type { LifecycleEvent } from '../../../src/domain/properties';
import type { Value as DomainValue } from '../../../src/domain/values';
import { api, type MapView as MapData, type Status, type TreatyView } from '../api';
import { featureCode } from '../map/iso';
import { href, Link, navigate, useQueryState } from '../router';
import { STATUS_FILL, STATUS_LABEL, STATUS_ORDER, statusLabel } from '../status';
import { COUNTRIES, countryName, ErrorBox, Loading, useApi, useTitle } from '../ui';

const W = 960;
const H = 620;

interface Shape {
  readonly key: string;
  readonly code: string | undefined;
  readonly name: string;
  readonly d: string;
}

interface CountryStatus {
  readonly status: Status;
  readonly instruments: readonly { id: string; name: string; status: Status; label: string }[];
}

type Features = Feature<Geometry, { name: string }>[];

let atlasPromise: Promise<Features> | undefined;

/** The bundled 110m world atlas, fetched once as a static asset. */
function loadAtlas(): Promise<Features> {
  atlasPromise ??= fetch(atlasUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`atlas: ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then(
      (topology) =>
        (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features,
    );
  return atlasPromise;
}

function projectionFor(view: 'europe' | 'world'): GeoProjection {
  if (view === 'world') {
    return geoNaturalEarth1().fitExtent(
      [
        [8, 8],
        [W - 8, H - 8],
      ],
      { type: 'Sphere' },
    );
  }
  // Europe-centred, equal-area: the Maghreb to the Nordics, the Atlantic to the Caspian.
  return geoAzimuthalEqualArea()
    .rotate([-15, -47])
    .fitExtent(
      [
        [8, 8],
        [W - 8, H - 8],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [-12, 29],
          [44, 31],
          [-12, 62],
          [42, 62],
        ],
      },
    )
    .clipExtent([
      [0, 0],
      [W, H],
    ]);
}

function currentMonth(): string {
  const d = new Date();
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 1970) * 12 + ((m ?? 1) - 1);
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Precomputed facts of one instrument, ready for deriveStatus. */
interface Prepared {
  readonly view: TreatyView;
  readonly facts: LifecycleFact[];
}

function prepare(treaties: readonly TreatyView[], type: string): Prepared[] {
  return treaties
    .filter((t) => type === '' || t.types.includes(type) || (type === 'other' && t.types.length === 0))
    .map((view) => ({
      view,
      facts: view.events.map((e) => ({
        statement: e.statement,
        source: e.source,
        event: e.event as LifecycleEvent,
        party: e.party,
        value: e.value as DomainValue,
        asOf: e.asOf,
      })),
    }));
}

/** Status per partner country as of a month; the most advanced status among its instruments. */
function statusesAt(
  prepared: readonly Prepared[],
  requesting: string,
  asOf: string,
  recordDate: string,
): Map<string, CountryStatus> {
  const out = new Map<string, { status: Status; instruments: CountryStatus['instruments'][number][] }>();
  const me = `country:${requesting}`;
  for (const p of prepared) {
    let report;
    try {
      report = deriveStatus(p.view.parties, p.facts, asOf, { recordDate });
    } catch {
      continue;
    }
    // An instrument whose every event is dated after the as-of date did not exist yet: no colour.
    const notYet =
      report.overall === 'unknown' &&
      p.facts.length > 0 &&
      report.parties.every((r) => r.happened.length === 0 && r.uncertain.length === 0);
    if (notYet) continue;
    const status: Status = report.overall;
    const item = { id: p.view.id, name: p.view.name, status, label: describeStatus(report) };
    for (const party of p.view.parties) {
      if (party === me) continue;
      const code = party.replace(/^country:/, '');
      const entry = out.get(code) ?? { status: 'unknown' as Status, instruments: [] };
      entry.instruments.push(item);
      if (STATUS_RANK[status] > STATUS_RANK[entry.status]) entry.status = status;
      out.set(code, entry);
    }
  }
  return out;
}

const CATEGORY_LABEL: Readonly<Record<string, string>> = {
  patrol: 'joint patrol',
  police_station: 'police service station',
  surveillance: 'surveillance / cameras',
  other: 'other program',
};

export function MapView() {
  const [query, setQuery] = useQueryState();
  const requesting = (query.get('requesting') ?? 'CN').toUpperCase();
  const type = query.get('type') ?? 'extradition';
  const view = query.get('view') === 'world' ? 'world' : 'europe';
  const nowMonth = currentMonth();
  const urlAsOf = query.get('as_of') ?? '';
  const [asOf, setAsOf] = useState(urlAsOf || nowMonth);
  const [selected, setSelected] = useState<string | null>(query.get('country'));
  const [city, setCity] = useState<string | null>(null);
  useTitle('Map');

  // Keep the URL in step with the slider without a history entry per step.
  useEffect(() => {
    const t = setTimeout(() => setQuery({ as_of: asOf === nowMonth ? undefined : asOf }, true), 300);
    return () => clearTimeout(t);
  }, [asOf, nowMonth, setQuery]);
  // Follow the URL when it changes (back/forward, a shared link).
  const lastUrlAsOf = useRef(urlAsOf);
  useEffect(() => {
    if (urlAsOf === lastUrlAsOf.current) return;
    lastUrlAsOf.current = urlAsOf;
    setAsOf(urlAsOf || nowMonth);
  }, [urlAsOf, nowMonth]);

  const [atlas, setAtlas] = useState<Features | null>(null);
  const [atlasError, setAtlasError] = useState<string | null>(null);
  useEffect(() => {
    loadAtlas().then(setAtlas, (e: Error) => setAtlasError(e.message));
  }, []);

  const treaties = useApi(`treaties:${requesting}`, (s) => api.treaties({ party: requesting }, s));
  const mapData = useApi<MapData>(`map:${requesting}`, (s) => api.map({ requesting }, s));

  const projection = useMemo(() => projectionFor(view), [view]);
  const shapes = useMemo<Shape[]>(() => {
    if (!atlas) return [];
    const path = geoPath(projection);
    return atlas
      .map((f, i) => ({
        key: `${String(f.id ?? f.properties.name)}-${i}`,
        code: featureCode(f.id as string | undefined, f.properties.name),
        name: f.properties.name,
        d: path(f) ?? '',
      }))
      .filter((s) => s.d !== '');
  }, [atlas, projection]);

  const types = useMemo(() => {
    const set = new Set<string>(['extradition']);
    for (const t of treaties.data ?? []) for (const ty of t.types) set.add(ty);
    return [...set].sort();
  }, [treaties.data]);
  const prepared = useMemo(() => prepare(treaties.data ?? [], type), [treaties.data, type]);
  const firstMonth = useMemo(() => {
    let min = 1990 * 12;
    for (const p of prepared)
      for (const f of p.facts) if (f.value.type === 'date') min = Math.min(min, Number(f.value.date.slice(0, 4)) * 12);
    return min;
  }, [prepared]);
  const recordDate = nowMonth;
  const statuses = useMemo(
    () => statusesAt(prepared, requesting, asOf, recordDate),
    [prepared, requesting, asOf, recordDate],
  );

  const open = (code: string): void =>
    navigate(href(`/country/${code}`, { as_of: asOf === nowMonth ? undefined : asOf }));
  const onKey = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(code);
    }
  };

  const rows = [...statuses.entries()]
    .map(([code, s]) => ({ code, ...s }))
    .sort(
      (a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || countryName(a.code).localeCompare(countryName(b.code)),
    );
  const sel = selected ? statuses.get(selected) : undefined;
  const points = mapData.data?.points ?? [];
  const cityPoint = points.find((p) => p.city === city);
  const minIdx = firstMonth;
  const maxIdx = monthIndex(nowMonth);
  const idx = Math.min(maxIdx, Math.max(minIdx, monthIndex(asOf)));

  return (
    <div className="map-view">
      <h1>
        Instruments with {countryName(requesting)}: {type.replace(/_/g, ' ')}
      </h1>
      <form className="map-controls" onSubmit={(e) => e.preventDefault()} aria-label="Map filters">
        <label>
          Requesting state{' '}
          <select
            value={requesting}
            onChange={(e) => setQuery({ requesting: e.target.value === 'CN' ? undefined : e.target.value })}
          >
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Instrument type{' '}
          <select
            value={type}
            onChange={(e) => setQuery({ type: e.target.value === 'extradition' ? undefined : e.target.value })}
          >
            {types.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label className="slider">
          As of <output htmlFor="as-of">{asOf}</output>
          <input
            id="as-of"
            type="range"
            min={minIdx}
            max={maxIdx}
            step={1}
            value={idx}
            aria-valuetext={asOf}
            onChange={(e) => setAsOf(monthOf(Number(e.target.value)))}
          />
        </label>
        <button type="button" onClick={() => setAsOf(nowMonth)} disabled={asOf === nowMonth}>
          Today
        </button>
        <fieldset className="toggle">
          <legend className="visually-hidden">Extent</legend>
          <button type="button" aria-pressed={view === 'europe'} onClick={() => setQuery({ view: undefined })}>
            Europe
          </button>
          <button type="button" aria-pressed={view === 'world'} onClick={() => setQuery({ view: 'world' })}>
            World
          </button>
        </fieldset>
      </form>

      {(treaties.error ?? mapData.error) && <ErrorBox error={(treaties.error ?? mapData.error)!} />}
      {atlasError && <p role="alert">The map outline could not be loaded: {atlasError}</p>}

      <div className="map-layout">
        <figure className="map-figure">
          {!atlas && !atlasError && <Loading what="the map" />}
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="choropleth"
            role="group"
            aria-label={`Map of ${type.replace(/_/g, ' ')} instruments with ${countryName(requesting)} as of ${asOf}; countries with an instrument are links`}
            data-as-of={asOf}
            data-ready={atlas && treaties.data ? 'true' : 'false'}
          >
            <defs>
              <pattern
                id="pat-suspended"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="8" height="8" fill="#c6b5e0" />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#54278f" strokeWidth="3" />
              </pattern>
              <pattern
                id="pat-terminated"
                width="8"
                height="8"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(-45)"
              >
                <rect width="8" height="8" fill="#d9d9d9" />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#525252" strokeWidth="2" />
              </pattern>
              <pattern id="pat-rejected" width="8" height="8" patternUnits="userSpaceOnUse">
                <rect width="8" height="8" fill="#c6dbef" />
                <path d="M0 4h8M4 0v8" stroke="#2171b5" strokeWidth="1.5" />
              </pattern>
              <pattern id="pat-unknown" width="6" height="6" patternUnits="userSpaceOnUse">
                <rect width="6" height="6" fill="#e0e0e0" />
                <circle cx="3" cy="3" r="1.2" fill="#666" />
              </pattern>
            </defs>
            <rect width={W} height={H} className="sea" />
            <g className="countries">
              {shapes.map((s) => {
                const st = s.code ? statuses.get(s.code) : undefined;
                const isRequesting = s.code === requesting;
                const fill = isRequesting ? '#1d3557' : STATUS_FILL[st?.status ?? 'none'];
                const label = `${s.code ? countryName(s.code) : s.name}: ${
                  isRequesting ? 'requesting state' : st ? statusLabel(st.status) : STATUS_LABEL.none
                }`;
                if (!s.code || (!st && !isRequesting)) {
                  return (
                    <path
                      key={s.key}
                      d={s.d}
                      fill={fill}
                      className="country"
                      onClick={s.code ? () => open(s.code!) : undefined}
                    >
                      <title>{label}</title>
                    </path>
                  );
                }
                return (
                  <path
                    key={s.key}
                    d={s.d}
                    fill={fill}
                    className={`country linked${selected === s.code ? ' selected' : ''}`}
                    data-code={s.code}
                    data-status={isRequesting ? 'requesting' : st?.status}
                    tabIndex={0}
                    role="link"
                    aria-label={`${label}. Open the country page`}
                    onClick={() => open(s.code!)}
                    onKeyDown={onKey(s.code)}
                    onFocus={() => setSelected(s.code!)}
                    onMouseEnter={() => setSelected(s.code!)}
                  >
                    <title>{label}</title>
                  </path>
                );
              })}
            </g>
            <g className="points">
              {atlas &&
                points.map((p) => {
                  const xy = projection([p.lon, p.lat]);
                  if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) return null;
                  const label = `${p.city}: ${p.programs.length} program${p.programs.length === 1 ? '' : 's'} (${[
                    ...new Set(p.programs.map((g) => CATEGORY_LABEL[g.category] ?? g.category)),
                  ].join(', ')})`;
                  return (
                    <circle
                      key={`${p.country}-${p.city}`}
                      cx={xy[0]}
                      cy={xy[1]}
                      r={4 + 1.5 * Math.min(p.programs.length, 6)}
                      className={`point${city === p.city ? ' selected' : ''}`}
                      tabIndex={0}
                      role="button"
                      aria-label={label}
                      aria-pressed={city === p.city}
                      onClick={() => setCity(city === p.city ? null : p.city)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          setCity(city === p.city ? null : p.city);
                        }
                      }}
                    >
                      <title>{label}</title>
                    </circle>
                  );
                })}
            </g>
          </svg>
          <figcaption>
            <ul className="legend" aria-label="Legend">
              <li>
                <span className="swatch requesting" aria-hidden="true" /> requesting state
              </li>
              {STATUS_ORDER.map((s) => (
                <li key={s}>
                  <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true">
                    <rect
                      width="16"
                      height="16"
                      fill={STATUS_FILL[s].startsWith('url') ? `url(#${STATUS_FILL[s].slice(5, -1)})` : STATUS_FILL[s]}
                    />
                  </svg>{' '}
                  {STATUS_LABEL[s]}
                </li>
              ))}
              <li>
                <span className="swatch dot" aria-hidden="true" /> city with programs (patrols, police stations,
                cameras)
              </li>
            </ul>
          </figcaption>
        </figure>

        <aside className="map-side" aria-label="Details">
          {cityPoint ? (
            <section aria-live="polite">
              <h2>
                {cityPoint.city}, {countryName(cityPoint.country)}
              </h2>
              <ul>
                {cityPoint.programs.map((g) => (
                  <li key={g.id}>
                    <Link to={`/entity/${encodeURIComponent(g.id)}`}>{g.name}</Link>{' '}
                    <span className="muted">({CATEGORY_LABEL[g.category] ?? g.category})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : sel && selected ? (
            <section aria-live="polite">
              <h2>{countryName(selected)}</h2>
              <p>
                Most advanced: <strong>{statusLabel(sel.status)}</strong> as of {asOf}
              </p>
              <ul>
                {sel.instruments.map((i) => (
                  <li key={i.id}>
                    <Link to={`/entity/${encodeURIComponent(i.id)}`}>{i.name}</Link> — {i.label}
                  </li>
                ))}
              </ul>
              <p>
                <Link to={`/country/${selected}`}>Open the {countryName(selected)} page</Link>
              </p>
            </section>
          ) : (
            <p className="muted">Point at a country or a city for details; click a country to open its page.</p>
          )}
        </aside>
      </div>

      <section className="status-table">
        <h2>
          Countries with instruments of type “{type.replace(/_/g, ' ')}” with {countryName(requesting)}, as of {asOf}
        </h2>
        {treaties.loading && <Loading what="instruments" />}
        {!treaties.loading && rows.length === 0 && <p>No instrument of this type is recorded.</p>}
        {rows.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Status</th>
                <th scope="col">Instruments</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <td>
                    <Link to={`/country/${r.code}`}>{countryName(r.code)}</Link>
                  </td>
                  <td>
                    <span className={`badge status-${r.status}`}>{statusLabel(r.status)}</span>
                  </td>
                  <td>
                    {r.instruments.map((i, n) => (
                      <span key={i.id}>
                        {n > 0 && '; '}
                        <Link to={`/entity/${encodeURIComponent(i.id)}`}>{i.name}</Link>{' '}
                        <span className="muted">({i.label})</span>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {points.length > 0 && (
          <>
            <h3>Cities with programs</h3>
            <ul className="cities">
              {points.map((p) => (
                <li key={`${p.country}-${p.city}`}>
                  {p.city} ({countryName(p.country)}):{' '}
                  {p.programs.map((g, n) => (
                    <span key={g.id}>
                      {n > 0 && '; '}
                      <Link to={`/entity/${encodeURIComponent(g.id)}`}>{g.name}</Link>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
