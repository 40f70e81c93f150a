/**
 * @module An entity page: statements grouped by property, each with its source and the evidence
 * span in context (before / quote / after), conflicting values side by side, the history of
 * corrections, and pinpoint citations marked "not verified against text". Sources also show
 * their held text — as text, never HTML.
 */
import { useEffect, useState } from 'react';
import { LIFECYCLE_EVENTS } from '../../../src/domain/properties';
import { api, type PropertyGroup, type StatementView } from '../api';
import { href, Link } from '../router';
import { entityHref, ErrorBox, EvidenceSpan, Loading, qualifierText, SourceLine, useApi, useTitle } from '../ui';

const LIFECYCLE: ReadonlySet<string> = new Set(LIFECYCLE_EVENTS);

/** The value for people; lifecycle events say what `unknown` and `none` mean. */
function displayOf(v: StatementView): string {
  const s = v.statement;
  if (LIFECYCLE.has(s.property) && s.value.type === 'unknown') return 'happened — date unknown';
  if (LIFECYCLE.has(s.property) && s.value.type === 'none') return 'had not happened';
  return v.display;
}

function StatementCard({ v }: { v: StatementView }) {
  const s = v.statement;
  const superseded = Boolean(v.supersededBy);
  const cls = ['statement', superseded ? 'superseded' : '', s.rank === 'deprecated' ? 'deprecated' : ''].join(' ');
  return (
    <li className={cls} id={s.id} tabIndex={-1} data-statement={s.id}>
      <div>
        {s.value.type === 'ref' && s.value.id ? (
          <Link className="value" to={entityHref(s.value.id)}>
            {v.display}
          </Link>
        ) : (
          <span className="value">{displayOf(v)}</span>
        )}
        {Object.keys(s.qualifiers).length > 0 && <span className="meta"> · {qualifierText(s.qualifiers)}</span>}
        {s.status !== 'accepted' && (
          <span className={`badge ${s.status === 'disputed' ? 'bad' : 'warn'}`}>{s.status}</span>
        )}{' '}
        {s.rank === 'deprecated' && <span className="badge bad">ranked down: known to be wrong</span>}{' '}
        {s.rank === 'preferred' && <span className="badge ok">preferred</span>}
        {superseded && (
          <span className="badge warn">
            corrected by <a href={`#${v.supersededBy}`}>a later statement</a>
          </span>
        )}
        {s.supersedes && <span className="meta"> · corrects an earlier statement</span>}
      </div>
      <div className="meta">
        Source: <SourceLine source={v.source} />
        {s.pinpoint && v.evidence.status !== 'pinpoint' && <> · at {s.pinpoint}</>}
      </div>
      <EvidenceSpan evidence={v.evidence} />
      <div className="meta">
        recorded {s.recorded_at} by {s.recorded_by} · <span className="id">{s.id}</span>
      </div>
    </li>
  );
}

function Group({ g }: { g: PropertyGroup }) {
  const current = g.statements.filter((v) => !v.supersededBy && v.statement.rank !== 'deprecated');
  const history = g.statements.filter((v) => v.supersededBy || v.statement.rank === 'deprecated');
  const headingId = `g-${g.property}`;
  return (
    <section className="group" aria-labelledby={headingId} data-property={g.property}>
      <h2 id={headingId}>
        {g.label} <span className="muted">({g.statements.length})</span>
      </h2>
      {g.conflicting && (
        <p className="conflict-note" role="note">
          Sources disagree: the values below cannot all be true. They are shown side by side; none is picked.
        </p>
      )}
      <ul className={`statements${g.conflicting ? ' side-by-side' : ''}`}>
        {current.map((v) => (
          <StatementCard key={v.statement.id} v={v} />
        ))}
      </ul>
      {history.length > 0 && (
        <details className="history">
          <summary>History of corrections ({history.length})</summary>
          <ul className="statements">
            {history.map((v) => (
              <StatementCard key={v.statement.id} v={v} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SourceText({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const text = useApi(open ? `text:${id}` : null, (s) => api.sourceText(id, s));
  return (
    <section aria-labelledby="held-text">
      <h2 id="held-text">Held text</h2>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Show the held text
        </button>
      ) : text.error ? (
        <ErrorBox error={text.error} />
      ) : text.data ? (
        <pre className="evidence source-text">{text.data.text}</pre>
      ) : (
        <Loading what="the text" />
      )}
    </section>
  );
}

export default function EntityView({ id }: { id: string }) {
  const data = useApi(`entity:${id}`, (s) => api.entity(id, s));
  const view = data.data;
  useTitle(view?.entity.name ?? id);
  useEffect(() => {
    if (!view || !window.location.hash) return;
    const el = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (el) {
      el.closest('details')?.setAttribute('open', '');
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [view]);
  if (data.error)
    return (
      <>
        <h1>{id}</h1>
        <ErrorBox error={data.error} />
      </>
    );
  if (!view) return <Loading what={id} />;
  const e = view.entity;
  const meta = e.source;
  return (
    <article>
      <div className="entity-head">
        <p className="kind">{e.kind}</p>
        {e.sensitivity === 'restricted' && <span className="badge bad">restricted</span>}
        {e.status === 'candidate' && <span className="badge warn">candidate</span>}
      </div>
      <h1>{e.name}</h1>
      {e.aliases.length > 0 && <p className="muted">Also: {e.aliases.join('; ')}</p>}
      {meta && (
        <dl className="source-meta">
          {meta.publisher && (
            <>
              <dt>Publisher</dt>
              <dd>{meta.publisher}</dd>
            </>
          )}
          {meta.author && (
            <>
              <dt>Author</dt>
              <dd>{meta.author}</dd>
            </>
          )}
          {meta.published && (
            <>
              <dt>Published</dt>
              <dd>{meta.published}</dd>
            </>
          )}
          {meta.reliability && (
            <>
              <dt>Reliability (Admiralty)</dt>
              <dd>{meta.reliability}</dd>
            </>
          )}
          {meta.url && (
            <>
              <dt>Original</dt>
              <dd>
                <a href={meta.url} rel="noreferrer noopener" target="_blank">
                  {meta.url}
                </a>
              </dd>
            </>
          )}
        </dl>
      )}
      <p>
        <Link to={`/graph/${encodeURIComponent(e.id)}`}>Graph</Link> ·{' '}
        <Link to={href('/timeline', { entity: e.id })}>Timeline</Link> ·{' '}
        <Link to={href('/search', { q: e.name })}>Search for the name</Link> ·{' '}
        <a href={`/api/entities/${encodeURIComponent(e.id)}`}>JSON</a>
      </p>
      {view.groups.length === 0 && <p className="muted">No statement about this entity is visible to you.</p>}
      {view.groups.map((g) => (
        <Group key={g.property} g={g} />
      ))}
      {view.referencedBy.length > 0 && (
        <section aria-labelledby="refby" className="group">
          <h2 id="refby">
            Referred to by <span className="muted">({view.referencedBy.length})</span>
          </h2>
          <ul>
            {view.referencedBy.map((v) => (
              <li key={v.statement.id}>
                <Link to={`${entityHref(v.statement.entity)}#${v.statement.id}`}>{v.statement.entity}</Link>{' '}
                <span className="muted">{v.statement.property.replace(/_/g, ' ')}</span> this ·{' '}
                <SourceLine source={v.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {e.kind === 'source' && <SourceText id={e.id} />}
    </article>
  );
}
