/**
 * @module Search with facets (kind, country, year / date range, source) and highlighted snippets.
 * Everything is in the query string: `/search?q=extradition&kind=instrument&country=RS`.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, type Facet } from '../api';
import { Link, useQueryState } from '../router';
import { countryName, entityHref, ErrorBox, Loading, Snippet, useApi, useTitle } from '../ui';

const PAGE = 20;

function FacetGroup({
  title,
  facets,
  selected,
  label,
  onPick,
}: {
  title: string;
  facets: readonly Facet[];
  selected: string | undefined;
  label: (v: string) => string;
  onPick: (v: string | undefined) => void;
}) {
  if (facets.length === 0 && !selected) return null;
  return (
    <fieldset>
      <legend>{title}</legend>
      <ul>
        {facets.map((f) => {
          const checked = selected === f.value;
          return (
            <li key={f.value}>
              <label>
                <input type="checkbox" checked={checked} onChange={() => onPick(checked ? undefined : f.value)} />
                <span>
                  {f.label ?? label(f.value)} <span className="muted">({f.count})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export default function SearchView() {
  const [query, setQuery] = useQueryState();
  const q = query.get('q') ?? '';
  const kind = query.get('kind') ?? undefined;
  const country = query.get('country') ?? undefined;
  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  const source = query.get('source') ?? undefined;
  const offset = Number(query.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  useTitle(q ? `Search: ${q}` : 'Search');

  const params = { q, kind, country, from, to, source, limit: PAGE, offset };
  const key = q ? JSON.stringify(params) : null;
  const result = useApi(key, (s) => api.search(params, s));

  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const field = (name: string): string | undefined => String(data.get(name) ?? '').trim() || undefined;
    setQuery({ q: draft.trim() || undefined, from: field('from'), to: field('to'), offset: undefined });
  };
  const pick = (name: string) => (v: string | undefined) => setQuery({ [name]: v, offset: undefined });
  const r = result.data;
  const year = from && to && from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : undefined;

  return (
    <div>
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={submit}>
        <label className="field">
          <span>Words, "a phrase", OR, prefix*</span>
          <input type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="text"
            placeholder="YYYY or YYYY-MM-DD"
            name="from"
            defaultValue={from ?? ''}
            key={`from-${from ?? ''}`}
            onBlur={(e) => setQuery({ from: e.target.value.trim() || undefined, offset: undefined })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="text"
            placeholder="YYYY or YYYY-MM-DD"
            name="to"
            defaultValue={to ?? ''}
            key={`to-${to ?? ''}`}
            onBlur={(e) => setQuery({ to: e.target.value.trim() || undefined, offset: undefined })}
          />
        </label>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {!q && (
        <p className="muted">Search entities, statements and sources: try “extradition Serbia” or “police station”.</p>
      )}
      {result.error && <ErrorBox error={result.error} />}
      {q && (
        <div className="search-layout">
          <aside className="facets" aria-label="Filters">
            <h2 className="visually-hidden">Filters</h2>
            {r && (
              <>
                <FacetGroup
                  title="Kind"
                  facets={r.facets.kind}
                  selected={kind}
                  label={(v) => v}
                  onPick={pick('kind')}
                />
                <FacetGroup
                  title="Country"
                  facets={r.facets.country}
                  selected={country ? `country:${country}` : undefined}
                  label={countryName}
                  onPick={(v) => pick('country')(v?.replace(/^country:/, ''))}
                />
                <FacetGroup
                  title="Year"
                  facets={[...r.facets.year].sort((a, b) => b.value.localeCompare(a.value))}
                  selected={year}
                  label={(v) => v}
                  onPick={(v) => setQuery({ from: v, to: v, offset: undefined })}
                />
                <FacetGroup
                  title="Source"
                  facets={r.facets.source}
                  selected={source}
                  label={(v) => v.replace(/^source:/, '')}
                  onPick={pick('source')}
                />
                {r.facets.dateRange && (
                  <p className="muted">
                    Dates in these hits: {r.facets.dateRange.from} to {r.facets.dateRange.to}
                  </p>
                )}
              </>
            )}
          </aside>
          <section aria-labelledby="results">
            <h2 id="results" aria-live="polite">
              {r ? `${r.total} result${r.total === 1 ? '' : 's'} for “${q}”` : 'Results'}
            </h2>
            {(kind ?? country ?? from ?? to ?? source) && (
              <p>
                Filtered by{' '}
                {[kind, country && countryName(country), from && `from ${from}`, to && `to ${to}`, source]
                  .filter(Boolean)
                  .join(', ')}{' '}
                <button
                  type="button"
                  onClick={() =>
                    setQuery({
                      kind: undefined,
                      country: undefined,
                      from: undefined,
                      to: undefined,
                      source: undefined,
                      offset: undefined,
                    })
                  }
                >
                  Clear filters
                </button>
              </p>
            )}
            {result.loading && <Loading what="results" />}
            {r && (
              <ol className="hits" start={offset + 1}>
                {r.hits.map((h) => (
                  <li key={h.entity}>
                    <Link to={entityHref(h.entity)}>{h.name}</Link> <span className="kind">{h.kind}</span>
                    {h.dates && (
                      <span className="muted">
                        {' '}
                        · {h.dates.from === h.dates.to ? h.dates.from : `${h.dates.from} – ${h.dates.to}`}
                      </span>
                    )}
                    {h.countries.length > 0 && (
                      <span className="muted"> · {h.countries.slice(0, 5).map(countryName).join(', ')}</span>
                    )}
                    {h.snippet.length > 0 && (
                      <p className="snippet">
                        <Snippet parts={h.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {r && r.total > PAGE && (
              <nav aria-label="Result pages" className="pager">
                <button
                  type="button"
                  disabled={offset === 0}
                  onClick={() => setQuery({ offset: offset - PAGE > 0 ? String(offset - PAGE) : undefined })}
                >
                  Previous
                </button>{' '}
                <span>
                  {offset + 1}–{Math.min(offset + PAGE, r.total)} of {r.total}
                </span>{' '}
                <button
                  type="button"
                  disabled={offset + PAGE >= r.total}
                  onClick={() => setQuery({ offset: String(offset + PAGE) })}
                >
                  Next
                </button>
              </nav>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
