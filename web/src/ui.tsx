/**
 * @module Pieces every view uses: data loading with abort, loading and error states, links to
 * entities, status badges and the evidence span. Text from sources is always rendered as text
 * (React escapes it); nothing here sets HTML.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError, type Evidence, type SourceRef } from './api';
import { COUNTRY_NAMES } from '../../src/domain/countries';
import { Link } from './router';
import { statusLabel } from './status';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  /** Loads again (after a write). */
  readonly reload: () => void;
}

/**
 * Runs `load` whenever `key` changes, aborting the previous request.
 * @param key a string naming the request (a URL); null skips loading.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError; loading: boolean }>({
    key: null,
    loading: key !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    // Keep the data while reloading the same key (after a write); drop it for a new key.
    setState((s) => (s.key === key ? { ...s, loading: true, error: undefined } : { key, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, loading: false });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message);
        setState({ key, error, loading: false });
      },
    );
    return () => controller.abort();
    // `load` is recreated each render; `key` names what it loads.
  }, [key, tick]);
  return {
    data: state.key === key ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    loading: state.loading || state.key !== key,
    reload: () => setTick((t) => t + 1),
  };
}

/** Sets the document title for a view. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Longarm` : 'Longarm';
  }, [title]);
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

const ERROR_HEADING: Readonly<Record<number, string>> = {
  400: 'Check the input',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Already decided',
  413: 'Too large',
  415: 'Unsupported',
};

export function ErrorBox({ error, children }: { error: ApiError; children?: ReactNode }) {
  return (
    <div className="error" role="alert">
      <strong>{ERROR_HEADING[error.status] ?? (error.status === 0 ? 'No connection' : 'Something went wrong')}:</strong>{' '}
      {error.message}
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** Country name for `RS` or `country:RS`. */
export function countryName(code: string): string {
  const c = code.replace(/^country:/, '');
  return COUNTRY_NAMES.get(c) ?? c;
}

/** All known countries, by name. */
export const COUNTRIES: readonly { code: string; name: string }[] = [...COUNTRY_NAMES.entries()]
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The in-app URL of an entity: countries open their country page. */
export function entityHref(id: string): string {
  if (id.startsWith('country:')) return `/country/${id.slice(8)}`;
  return `/entity/${encodeURIComponent(id)}`;
}

export function EntityLink({ id, name }: { id: string; name?: string | undefined }) {
  return <Link to={entityHref(id)}>{name ?? (id.startsWith('country:') ? countryName(id) : id)}</Link>;
}

/** A status as text, tinted for quick scanning (the text carries the meaning). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return <span className={`badge status-${status}`}>{label ?? statusLabel(status)}</span>;
}

export function SourceLine({ source }: { source: SourceRef }) {
  return (
    <span className="source-line">
      <Link to={entityHref(source.id)}>{source.name}</Link>
      {source.published && <span className="muted"> · {source.published}</span>}
      {source.reliability && (
        <span className="muted" title="Admiralty grade: source reliability and information credibility">
          {' '}
          · graded {source.reliability}
        </span>
      )}
      {source.url && (
        <>
          {' · '}
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            original<span className="visually-hidden"> (opens the source's own site)</span>
          </a>
        </>
      )}
    </span>
  );
}

/** The evidence behind a statement: the span in context, or why it cannot be shown. */
export function EvidenceSpan({ evidence }: { evidence: Evidence }) {
  switch (evidence.status) {
    case 'verified':
      return (
        <blockquote className="evidence" data-evidence="verified">
          {evidence.before && <span className="ctx">…{evidence.before}</span>}
          <mark>{evidence.quote}</mark>
          {evidence.after && <span className="ctx">{evidence.after}…</span>}
        </blockquote>
      );
    case 'pinpoint':
      return (
        <p className="evidence-note" data-evidence="pinpoint">
          <span className="badge warn">not verified against text</span> cited at{' '}
          {evidence.pinpoint ? <q>{evidence.pinpoint}</q> : 'no pinpoint given'}
        </p>
      );
    case 'text_not_held':
      return (
        <p className="evidence-note" data-evidence="text_not_held">
          <span className="badge warn">not verified against text</span> the source's text is not held in this database
        </p>
      );
    case 'mismatch':
      return (
        <p className="evidence-note" data-evidence="mismatch">
          <span className="badge bad">locator mismatch</span> the held text no longer matches this statement's locator
        </p>
      );
  }
}

/** Qualifiers for people: `party: Serbia · as of: 2024-05`. */
export function qualifierText(q: Record<string, unknown>): string {
  return Object.entries(q)
    .map(([k, v]) => {
      const text = typeof v === 'string' ? (v.startsWith('country:') ? countryName(v) : v) : JSON.stringify(v);
      return `${k.replace(/_/g, ' ')}: ${text}`;
    })
    .join(' · ');
}

/** Plain text with the snippet's hits marked. */
export function Snippet({ parts }: { parts: readonly { text: string; hit: boolean }[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export const KIND_LABEL: Readonly<Record<string, string>> = {
  country: 'country',
  organization: 'organization',
  court: 'court',
  person: 'person',
  instrument: 'instrument',
  decision: 'decision',
  case: 'case',
  program: 'program',
  project: 'project',
  resolution: 'resolution',
  source: 'source',
};
