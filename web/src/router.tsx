/**
 * @module Client-side routing on the history API: every view is a path plus a query string, so
 * every state can be shared as a URL. No dependency: a location store, `navigate`, and `Link`.
 */
import { useCallback, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to a URL inside the app. `replace` rewrites the current history entry (for filter tweaks). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const l of listeners) l();
}

export interface Location {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly href: string;
}

/** The current location; re-renders on navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://x');
  return { path: url.pathname, query: url.searchParams, href };
}

/** Builds `path?query` from the defined, non-empty values. */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Reads and writes query-string state of the current path.
 * @returns the current params and a setter merging changes (undefined or '' removes a key).
 */
export function useQueryState(): [
  URLSearchParams,
  (changes: Record<string, string | undefined>, replace?: boolean) => void,
] {
  const { path, query } = useLocation();
  const set = useCallback(
    (changes: Record<string, string | undefined>, replace = false) => {
      // A late call from a view the user has left (a debounced update) must not pull them back.
      if (window.location.pathname !== path) return;
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      const s = next.toString();
      navigate(s ? `${path}?${s}` : path, { replace });
    },
    [path],
  );
  return [query, set];
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; children?: ReactNode };

/** An anchor that navigates inside the app (and still works with a modifier key or a middle click). */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
