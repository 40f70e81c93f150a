/**
 * @module A country page: exposure counts, instruments with their dated events and derived
 * status, decisions and cases, programs, projects and figures — all from GET /api/countries/:code.
 */
import { api, type CountryItem, type TreatyView } from '../api';
import { href, Link, useQueryState } from '../router';
import { statusLabel } from '../status';
import { countryName, entityHref, ErrorBox, Loading, StatusBadge, useApi, useTitle } from '../ui';

function valueText(v: TreatyView['events'][number]['value']): string {
  switch (v.type) {
    case 'date':
      return v.date ?? 'date';
    case 'unknown':
      return 'date unknown';
    case 'none':
      return 'not (yet)';
    default:
      return v.text ?? v.type;
  }
}

function Instrument({ t }: { t: TreatyView }) {
  const parties = t.parties.map((p) => p.replace('country:', ''));
  return (
    <article className="instrument" aria-labelledby={`i-${t.id}`}>
      <h3 id={`i-${t.id}`}>
        <Link to={entityHref(t.id)}>{t.name}</Link>
      </h3>
      <p>
        <StatusBadge status={t.status.overall} /> <span>{t.label}</span>{' '}
        <span className="muted">
          · {t.types.join(', ') || 'type not recorded'} · parties: {parties.map(countryName).join(', ')}
        </span>
      </p>
      {t.status.parties.length > 1 && (
        <p className="muted">
          Per party:{' '}
          {t.status.parties.map((p) => `${p.party.replace('country:', '')} ${statusLabel(p.status)}`).join(' · ')}
        </p>
      )}
      {t.status.conflicts.length > 0 && (
        <p className="conflict-note">Sources disagree: {t.status.conflicts.map((c) => c.reason).join('; ')}</p>
      )}
      {t.events.length > 0 && (
        <ol className="events" aria-label={`Events of ${t.name}`}>
          {t.events.map((e) => (
            <li key={e.statement}>
              <strong>{e.event.replace(/_/g, ' ')}</strong>
              {e.party ? ` by ${e.party.replace('country:', '')}` : ''}: {valueText(e.value)}
              {e.asOf && e.value.type !== 'date' ? <span className="muted"> (as of {e.asOf})</span> : null}
              {!e.locator && (
                <>
                  {' '}
                  <span className="badge warn">not verified against text</span>
                </>
              )}{' '}
              <Link
                to={`${entityHref(t.id)}#${e.statement}`}
                className="muted"
                aria-label={`evidence for ${e.event.replace(/_/g, ' ')}`}
              >
                evidence
              </Link>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function Items({ title, items, empty }: { title: string; items: readonly CountryItem[]; empty: string }) {
  return (
    <section>
      <h2>
        {title} <span className="muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.id}>
              <Link to={entityHref(i.id)}>{i.name}</Link>
              {i.date && <span className="muted"> · {i.date}</span>}
              {i.category && <span className="muted"> · {i.category.replace(/_/g, ' ')}</span>}
              {i.summary && <div className="muted">{i.summary}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
  const entries = Object.entries(counts);
  if (entries.length === 0) return null;
  return (
    <p>
      <strong>{title}:</strong> {entries.map(([k, n]) => `${statusLabel(k)} ${n}`).join(' · ')}
    </p>
  );
}

export default function CountryView({ code }: { code: string }) {
  const [query, setQuery] = useQueryState();
  const asOf = query.get('as_of') ?? '';
  const data = useApi(`country:${code}:${asOf}`, (s) => api.country(code, asOf || undefined, s));
  const view = data.data;
  useTitle(view?.name ?? countryName(code));
  if (data.error)
    return (
      <>
        <h1>{countryName(code)}</h1>
        <ErrorBox error={data.error} />
      </>
    );
  if (!view) return <Loading what={`the page of ${countryName(code)}`} />;
  const x = view.exposure;
  return (
    <article>
      <p className="kind">Country · {view.code}</p>
      <h1>{view.name}</h1>
      <p>
        <label>
          Status as of{' '}
          <input
            type="text"
            inputMode="numeric"
            placeholder="today"
            defaultValue={asOf}
            pattern="\d{4}(-(Q[1-4]|\d{2}(-\d{2})?))?"
            aria-describedby="asof-help"
            onKeyDown={(e) => {
              if (e.key === 'Enter') setQuery({ as_of: e.currentTarget.value.trim() || undefined });
            }}
            onBlur={(e) => setQuery({ as_of: e.currentTarget.value.trim() || undefined }, true)}
          />
        </label>{' '}
        <span id="asof-help" className="muted">
          YYYY, YYYY-MM or YYYY-MM-DD; empty for today
        </span>{' '}
        · <Link to={href('/timeline', { country: view.code })}>Timeline</Link> ·{' '}
        <Link to={`/graph/${encodeURIComponent(view.id)}`}>Graph</Link> ·{' '}
        <Link to={href('/search', { q: view.name, country: view.code })}>Search</Link> ·{' '}
        <Link to={href('/assess', { host: view.code })}>Assess a case here</Link>
      </p>

      <section aria-labelledby="exposure">
        <h2 id="exposure">Exposure</h2>
        <dl className="counts">
          <div>
            <dt>Instruments</dt>
            <dd>{x.instruments}</dd>
          </div>
          <div>
            <dt>Decisions</dt>
            <dd>{x.decisions}</dd>
          </div>
          <div>
            <dt>Cases</dt>
            <dd>{x.cases}</dd>
          </div>
          <div>
            <dt>Programs</dt>
            <dd>{x.programs}</dd>
          </div>
          <div>
            <dt>Projects</dt>
            <dd>{x.projects}</dd>
          </div>
          <div>
            <dt>Statements</dt>
            <dd>{x.statements}</dd>
          </div>
        </dl>
        <Counts title="Instruments by status" counts={x.instrumentsByStatus} />
        <Counts title="Instruments by type" counts={x.instrumentsByType} />
        <Counts title="Programs by category" counts={x.programsByCategory} />
        <p className="muted">Counted from the record, not typed in.</p>
      </section>

      <section aria-labelledby="instruments">
        <h2 id="instruments">
          Instruments <span className="muted">({view.instruments.length})</span>
        </h2>
        {view.instruments.length === 0 && <p className="muted">No instrument recorded.</p>}
        {view.instruments.map((t) => (
          <Instrument key={t.id} t={t} />
        ))}
      </section>

      <div className="columns">
        <Items title="Decisions" items={view.decisions} empty="No decision recorded." />
        <Items title="Cases" items={view.cases} empty="No case recorded." />
        <Items title="Programs" items={view.programs} empty="No program recorded." />
        <Items title="Projects" items={view.projects} empty="No project recorded." />
        {view.others.length > 0 && <Items title="Other" items={view.others} empty="" />}
      </div>

      <section aria-labelledby="figures">
        <h2 id="figures">
          Figures <span className="muted">({view.figures.length})</span>
        </h2>
        {view.figures.length === 0 ? (
          <p className="muted">No figure recorded.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">What</th>
                <th scope="col">As of</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {view.figures.map((f) => (
                <tr key={f.statement}>
                  <td>
                    {f.display}
                    {f.estimate && <span className="muted"> ({f.estimate})</span>}
                  </td>
                  <td>{f.label}</td>
                  <td>{f.asOf ?? '—'}</td>
                  <td>
                    <Link to={entityHref(f.source)}>{f.source.replace(/^source:/, '')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
