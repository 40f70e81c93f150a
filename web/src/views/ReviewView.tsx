/**
 * @module The review queue: candidate statements with their evidence highlighted; accept, edit
 * or reject each, with who and why kept in the review log. Keys: j / k next and previous,
 * a accept, r reject, e edit (not while typing in a field).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, type StatementView, type Value } from '../api';
import { KeyForm } from '../key';
import { Link, useQueryState } from '../router';
import { entityHref, ErrorBox, EvidenceSpan, Loading, qualifierText, SourceLine, useApi, useTitle } from '../ui';

const REVIEWER = 'longarm.reviewer';

function rawValue(v: Value): string {
  switch (v.type) {
    case 'date':
      return v.date ?? '';
    case 'number':
      return `${v.amount ?? ''}${v.unit ? ` ${v.unit}` : ''}`;
    case 'money':
      return `${v.amount ?? ''} ${v.currency ?? ''}`.trim();
    case 'ref':
      return v.id ?? '';
    case 'text':
      return v.text ?? '';
    default:
      return '';
  }
}

/** The corrected value, typed like the candidate's. */
function parseEdited(old: Value, input: string): Value {
  const t = input.trim();
  switch (old.type) {
    case 'date':
      return { type: 'date', date: t };
    case 'number': {
      const [n, ...unit] = t.split(/\s+/);
      return { type: 'number', amount: Number(n), ...(unit.length ? { unit: unit.join(' ') } : {}) };
    }
    case 'money': {
      const [n, c] = t.split(/\s+/);
      return { type: 'money', amount: Number(n), currency: c ?? old.currency ?? '' };
    }
    case 'ref':
      return { type: 'ref', id: t };
    default:
      return { type: 'text', text: t };
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

export default function ReviewView() {
  const [query, setQuery] = useQueryState();
  const wanted = query.get('id');
  // One document's candidates (?source=…, linked from the ingest screen), in the queue's order.
  const source = query.get('source') ?? undefined;
  const [keyTick, setKeyTick] = useState(0);
  const queue = useApi(`review:${keyTick}:${source ?? ''}`, (s) =>
    api.review({ limit: 200, ...(source ? { source } : {}) }, s),
  );
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [who, setWho] = useState(() => localStorage.getItem(REVIEWER) ?? '');
  const [why, setWhy] = useState('checked against the evidence span');
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState('');
  const [editedProperty, setEditedProperty] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [busy, setBusy] = useState(false);
  const editInput = useRef<HTMLInputElement>(null);
  const whoInput = useRef<HTMLInputElement>(null);
  useTitle('Review');

  const items: StatementView[] = (queue.data?.items ?? []).filter((v) => !done.has(v.statement.id));
  // The selected candidate is in the URL (?id=st_…), so a link can point at one.
  const fromUrl = wanted ? items.findIndex((v) => v.statement.id === wanted) : -1;
  const i = fromUrl >= 0 ? fromUrl : Math.min(index, Math.max(0, items.length - 1));
  const current = items[i];
  const select = (n: number): void => {
    const v = items[n];
    if (!v) return;
    setIndex(n);
    setQuery({ id: v.statement.id }, true);
  };
  const selectRef = useRef(select);
  selectRef.current = select;
  const position = useRef(i);
  position.current = i;

  useEffect(() => {
    localStorage.setItem(REVIEWER, who);
  }, [who]);
  useEffect(() => {
    if (editing) editInput.current?.focus();
  }, [editing]);

  const act = async (action: 'accept' | 'reject' | 'edit'): Promise<void> => {
    if (!current || busy) return;
    if (!who.trim()) {
      setActionError(
        new ApiError(400, 'invalid_input', 'Give your name as the reviewer first (it goes into the review log).'),
      );
      whoInput.current?.focus();
      return;
    }
    const actor = { who: who.trim(), why: why.trim() || action };
    setBusy(true);
    setActionError(null);
    try {
      const id = current.statement.id;
      const outcome =
        action === 'accept'
          ? await api.accept(id, actor)
          : action === 'reject'
            ? await api.reject(id, actor)
            : await api.edit(id, {
                ...actor,
                value: parseEdited(current.statement.value, edited),
                ...(editedProperty.trim() && editedProperty.trim() !== current.statement.property
                  ? { property: editedProperty.trim() }
                  : {}),
                ...(restricted !== (current.statement.sensitivity === 'restricted')
                  ? { sensitivity: restricted ? ('restricted' as const) : ('public' as const) }
                  : {}),
              });
      setDone((d) => new Set(d).add(id));
      setEditing(false);
      setMessage(
        action === 'edit'
          ? `Edited: ${id} replaced by ${outcome.replacement ?? 'a new statement'}.`
          : `${action === 'accept' ? 'Accepted' : 'Rejected'}: ${id}.`,
      );
    } catch (e) {
      setActionError(e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const n = items.length;
      switch (e.key) {
        case 'j':
          selectRef.current(Math.min(n - 1, position.current + 1));
          break;
        case 'k':
          selectRef.current(Math.max(0, position.current - 1));
          break;
        case 'a':
          void actRef.current('accept');
          break;
        case 'r':
          void actRef.current('reject');
          break;
        case 'e':
          if (current) {
            setEdited(rawValue(current.statement.value));
            setEditedProperty(current.statement.property);
            setRestricted(current.statement.sensitivity === 'restricted');
            setEditing(true);
          }
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length, current]);

  const submitEdit = (e: FormEvent): void => {
    e.preventDefault();
    void act('edit');
  };

  return (
    <div>
      <h1>Review queue</h1>
      <KeyForm
        onChange={() => {
          setKeyTick((t) => t + 1);
          setQuery({}, true);
        }}
      />
      {queue.error && (
        <ErrorBox error={queue.error}>
          {queue.error.status === 403 && <p>Enter a researcher or admin API key above to review candidates.</p>}
        </ErrorBox>
      )}
      {queue.loading && <Loading what="the queue" />}
      <p role="status" aria-live="polite" className="muted">
        {message}
      </p>
      {actionError && <ErrorBox error={actionError} />}
      {source && (
        <p>
          Only the candidates from{' '}
          {queue.data?.items[0] ? <SourceLine source={queue.data.items[0].source} /> : <code>{source}</code>}.{' '}
          <Link to="/review">Show the whole queue</Link>
        </p>
      )}
      {queue.data && items.length === 0 && (
        <p>No candidate statements are waiting. Ingest documents to propose some.</p>
      )}
      {queue.data && items.length > 0 && (
        <>
          <p className="muted">
            {items.length} candidate{items.length === 1 ? '' : 's'} waiting. Keys: <kbd>j</kbd>/<kbd>k</kbd>{' '}
            next/previous, <kbd>a</kbd> accept, <kbd>e</kbd> edit, <kbd>r</kbd> reject.
          </p>
          <div className="review-layout">
            <ol className="review-list" aria-label="Candidates">
              {items.map((v, n) => (
                <li key={v.statement.id}>
                  <button type="button" aria-current={n === i ? 'true' : undefined} onClick={() => select(n)}>
                    <span className="kind">{v.statement.property.replace(/_/g, ' ')}</span>
                    <br />
                    {v.display} <span className="muted">— {v.statement.entity}</span>
                  </button>
                </li>
              ))}
            </ol>
            {current && (
              <section aria-labelledby="cand-h" className="candidate" data-statement={current.statement.id}>
                <h2 id="cand-h">
                  <Link to={entityHref(current.statement.entity)}>{current.statement.entity}</Link>:{' '}
                  {current.statement.property.replace(/_/g, ' ')} = <span className="value">{current.display}</span>
                </h2>
                {Object.keys(current.statement.qualifiers).length > 0 && (
                  <p className="muted">{qualifierText(current.statement.qualifiers)}</p>
                )}
                <p>
                  Source: <SourceLine source={current.source} />
                  {!source && (
                    <>
                      {' · '}
                      <Link to={`/review?source=${encodeURIComponent(current.source.id)}`}>
                        review this document's candidates
                      </Link>
                    </>
                  )}
                </p>
                <EvidenceSpan evidence={current.evidence} />
                <div className="review-actions">
                  <label className="field">
                    <span>Reviewer</span>
                    <input
                      ref={whoInput}
                      type="text"
                      value={who}
                      onChange={(e) => setWho(e.target.value)}
                      autoComplete="name"
                    />
                  </label>
                  <label className="field">
                    <span>Reason</span>
                    <input type="text" value={why} onChange={(e) => setWhy(e.target.value)} size={32} />
                  </label>
                  <button type="button" className="primary" disabled={busy} onClick={() => void act('accept')}>
                    Accept <kbd>a</kbd>
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => {
                      setEdited(rawValue(current.statement.value));
                      setEditedProperty(current.statement.property);
                      setRestricted(current.statement.sensitivity === 'restricted');
                      setEditing(true);
                    }}
                  >
                    Edit <kbd>e</kbd>
                  </button>
                  <button type="button" disabled={busy} onClick={() => void act('reject')}>
                    Reject <kbd>r</kbd>
                  </button>
                </div>
                {editing && (
                  <form onSubmit={submitEdit} className="key-form" aria-label="Edit the value">
                    <label className="field">
                      <span>Corrected value ({current.statement.value.type})</span>
                      <input
                        ref={editInput}
                        type="text"
                        value={edited}
                        onChange={(e) => setEdited(e.target.value)}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') setEditing(false);
                        }}
                      />
                    </label>
                    <label className="field">
                      <span>Property</span>
                      <input type="text" value={editedProperty} onChange={(e) => setEditedProperty(e.target.value)} />
                    </label>
                    <label className="field">
                      <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
                      <span>Restricted: names a person at risk (hidden from the public)</span>
                    </label>
                    <button type="submit" className="primary" disabled={busy}>
                      Save the correction
                    </button>
                    <button type="button" onClick={() => setEditing(false)}>
                      Cancel
                    </button>
                  </form>
                )}
              </section>
            )}
          </div>
        </>
      )}
    </div>
  );
}
