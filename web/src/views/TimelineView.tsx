/**
 * @module The timeline: dated events in lanes by entity kind, filterable by country, kind,
 * entity and date range, zoomable and pannable (buttons, keys + and −, arrows). A date known
 * only to the year or month is drawn as a bar over that period, not as a guessed day.
 * The list under the chart holds the same events as text.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { api, type TimelineEvent } from '../api';
import { href, Link, navigate, useQueryState } from '../router';
import { COUNTRIES, entityHref, ErrorBox, Loading, useApi, useTitle } from '../ui';

const W = 1000;
const LANE = 34;
const TOP = 28;
const LEFT = 110;

function yearOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (y ?? 0) + ((m ?? 1) - 1) / 12 + ((d ?? 1) - 1) / 365;
}

const KINDS = [
  'instrument',
  'decision',
  'case',
  'program',
  'project',
  'resolution',
  'organization',
  'person',
  'country',
  'court',
  'source',
];

export default function TimelineView() {
  const [query, setQuery] = useQueryState();
  const country = query.get('country') ?? '';
  const kind = query.get('kind') ?? '';
  const entity = query.get('entity') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  useTitle('Timeline');
  const filters = { country, kind, entity, from, to, limit: 1000 };
  const data = useApi(JSON.stringify(filters), (s) =>
    api.timeline(
      {
        ...(country ? { country } : {}),
        ...(kind ? { kind } : {}),
        ...(entity ? { entity } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        limit: 1000,
      },
      s,
    ),
  );
  const events = useMemo(() => data.data?.events ?? [], [data.data]);
  const extent = useMemo(() => {
    if (events.length === 0) return [2000, new Date().getUTCFullYear() + 1] as const;
    const lo = Math.floor(Math.min(...events.map((e) => yearOf(e.start))));
    const hi = Math.ceil(Math.max(...events.map((e) => yearOf(e.end)))) + 1;
    return [lo, Math.max(hi, lo + 1)] as const;
  }, [events]);
  const z0 = Number(query.get('z0')) || extent[0];
  const z1 = Number(query.get('z1')) || extent[1];
  const span = Math.max(0.25, z1 - z0);
  const x = (year: number): number => LEFT + ((year - z0) / span) * (W - LEFT - 10);
  const lanes = [...new Set(events.map((e) => e.kind))].sort((a, b) => KINDS.indexOf(a) - KINDS.indexOf(b));
  const H = TOP + Math.max(1, lanes.length) * LANE + 10;
  const visible = events.filter((e) => yearOf(e.end) >= z0 && yearOf(e.start) <= z1);

  const zoomTo = (a: number, b: number): void =>
    setQuery({ z0: String(Math.round(a * 100) / 100), z1: String(Math.round(b * 100) / 100) }, true);
  const zoom = (factor: number): void => {
    const mid = (z0 + z1) / 2;
    const half = Math.max(0.125, (span * factor) / 2);
    zoomTo(mid - half, mid + half);
  };
  const pan = (fraction: number): void => zoomTo(z0 + span * fraction, z1 + span * fraction);
  const onKey = (e: KeyboardEvent): void => {
    const actions: Record<string, () => void> = {
      '+': () => zoom(0.5),
      '=': () => zoom(0.5),
      '-': () => zoom(2),
      ArrowLeft: () => pan(-0.25),
      ArrowRight: () => pan(0.25),
    };
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };
  const tickStep = span > 60 ? 10 : span > 25 ? 5 : span > 8 ? 2 : span > 2 ? 1 : 0.25;
  const ticks: number[] = [];
  for (let t = Math.ceil(z0 / tickStep) * tickStep; t <= z1; t += tickStep) ticks.push(Math.round(t * 100) / 100);

  const open = (e: TimelineEvent): void => navigate(`${entityHref(e.entity)}#${e.statement}`);

  return (
    <div>
      <h1>Timeline</h1>
      <form className="timeline-controls" onSubmit={(e) => e.preventDefault()} aria-label="Timeline filters">
        <label className="field">
          <span>Country</span>
          <select
            value={country}
            onChange={(e) => setQuery({ country: e.target.value || undefined, z0: undefined, z1: undefined })}
          >
            <option value="">all</option>
            {COUNTRIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Kind</span>
          <select
            value={kind}
            onChange={(e) => setQuery({ kind: e.target.value || undefined, z0: undefined, z1: undefined })}
          >
            <option value="">all</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="text"
            placeholder="YYYY"
            defaultValue={from}
            key={`f${from}`}
            onBlur={(e) => setQuery({ from: e.target.value.trim() || undefined })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="text"
            placeholder="YYYY"
            defaultValue={to}
            key={`t${to}`}
            onBlur={(e) => setQuery({ to: e.target.value.trim() || undefined })}
          />
        </label>
        {entity && (
          <p>
            Entity: <Link to={entityHref(entity)}>{entity}</Link>{' '}
            <button type="button" onClick={() => setQuery({ entity: undefined })}>
              Show all
            </button>
          </p>
        )}
        <div role="group" aria-label="Zoom and pan" className="toggle">
          <button type="button" onClick={() => pan(-0.25)} aria-label="Pan earlier">
            ◀
          </button>
          <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => zoom(2)} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => pan(0.25)} aria-label="Pan later">
            ▶
          </button>
          <button type="button" onClick={() => setQuery({ z0: undefined, z1: undefined }, true)}>
            Fit all
          </button>
        </div>
      </form>
      {data.error && <ErrorBox error={data.error} />}
      {data.loading && <Loading what="events" />}
      {data.data && (
        <>
          <p className="muted">
            {visible.length} of {events.length} events shown, {Math.floor(z0)}–{Math.ceil(z1)}. Keys: + and − zoom,
            arrows pan (with the chart focused).
          </p>
          <svg
            className="timeline-svg"
            viewBox={`0 0 ${W} ${H}`}
            role="group"
            aria-label={`Timeline chart, ${Math.floor(z0)} to ${Math.ceil(z1)}; the event list follows`}
            tabIndex={0}
            onKeyDown={onKey}
          >
            <defs>
              <clipPath id="tl-clip">
                <rect x={LEFT} y={0} width={W - LEFT} height={H} />
              </clipPath>
            </defs>
            <g className="axis">
              {ticks.map((t) => (
                <g key={t}>
                  <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={H - 4} />
                  <text x={x(t) + 2} y={TOP - 10}>
                    {tickStep < 1 ? `${Math.floor(t)}-${String(Math.round((t % 1) * 12) + 1).padStart(2, '0')}` : t}
                  </text>
                </g>
              ))}
            </g>
            {lanes.map((lane, i) => (
              <text key={lane} className="lane-label" x={6} y={TOP + i * LANE + LANE / 2 + 4}>
                {lane}
              </text>
            ))}
            <g clipPath="url(#tl-clip)">
              {visible.map((e) => {
                const lane = lanes.indexOf(e.kind);
                const cy = TOP + lane * LANE + LANE / 2;
                const x0 = x(yearOf(e.start));
                const x1 = x(yearOf(e.end) + (e.precision === 'day' ? 1 / 365 : 0));
                const title = `${e.date}: ${e.entityName} — ${e.label}${e.party ? ` (${e.party.replace('country:', '')})` : ''}`;
                return (
                  <g key={e.statement} className="event" onClick={() => open(e)}>
                    <title>{title}</title>
                    {e.precision === 'day' ? (
                      <circle cx={x0} cy={cy} r={5} fill="#1d3557" fillOpacity={0.75} stroke="#fff" />
                    ) : (
                      <rect
                        x={x0}
                        y={cy - 5}
                        width={Math.max(3, x1 - x0)}
                        height={10}
                        rx={3}
                        fill="#e76f51"
                        fillOpacity={0.55}
                        stroke="#9c3d23"
                      />
                    )}
                  </g>
                );
              })}
            </g>
          </svg>
          <p className="muted">Dots are exact days; bars are dates known only to the month, quarter or year.</p>
          <table className="timeline-list">
            <caption className="visually-hidden">Events shown</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Entity</th>
                <th scope="col">Event</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((e) => (
                <tr key={e.statement}>
                  <td>{e.date}</td>
                  <td>
                    <Link to={entityHref(e.entity)}>{e.entityName}</Link> <span className="kind">{e.kind}</span>
                  </td>
                  <td>
                    <Link to={`${entityHref(e.entity)}#${e.statement}`}>{e.label}</Link>
                    {e.party ? ` (${e.party.replace('country:', '')})` : ''}
                  </td>
                  <td>
                    <Link to={entityHref(e.source)}>{e.source.replace(/^source:/, '')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link
              to={href('/search', { q: country ? COUNTRIES.find((c) => c.code === country)?.name : 'extradition' })}
            >
              Search these
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
