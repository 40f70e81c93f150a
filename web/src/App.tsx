/**
 * @module The shell: skip link, header with the main navigation, the routed view in <main>, and
 * the footer. The map (home screen) is in the first bundle; every other view loads on demand.
 */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from './router';
import { Loading } from './ui';
import { MapView } from './views/MapView';

const CountryView = lazy(() => import('./views/CountryView'));
const EntityView = lazy(() => import('./views/EntityView'));
const SearchView = lazy(() => import('./views/SearchView'));
const TimelineView = lazy(() => import('./views/TimelineView'));
const GraphView = lazy(() => import('./views/GraphView'));
const ReviewView = lazy(() => import('./views/ReviewView'));
const IngestView = lazy(() => import('./views/IngestView'));
const AssessView = lazy(() => import('./views/AssessView'));

const NAV: readonly { to: string; label: string; match: (p: string) => boolean }[] = [
  { to: '/', label: 'Map', match: (p) => p === '/' || p.startsWith('/country/') },
  { to: '/search', label: 'Search', match: (p) => p.startsWith('/search') || p.startsWith('/entity/') },
  { to: '/timeline', label: 'Timeline', match: (p) => p.startsWith('/timeline') },
  { to: '/graph', label: 'Graph', match: (p) => p.startsWith('/graph') },
  { to: '/assess', label: 'Assess', match: (p) => p.startsWith('/assess') },
  { to: '/review', label: 'Review', match: (p) => p.startsWith('/review') },
  { to: '/ingest', label: 'Ingest', match: (p) => p.startsWith('/ingest') },
];

function route(path: string): ReactNode {
  const seg = path
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  switch (seg[0]) {
    case undefined:
      return <MapView />;
    case 'country':
      return seg[1] ? <CountryView code={seg[1].toUpperCase()} /> : <NotFound />;
    case 'entity':
      return seg[1] ? <EntityView id={seg.slice(1).join('/')} /> : <NotFound />;
    case 'search':
      return <SearchView />;
    case 'timeline':
      return <TimelineView />;
    case 'graph':
      return <GraphView id={seg[1] ?? ''} />;
    case 'review':
      return <ReviewView />;
    case 'ingest':
      return <IngestView />;
    case 'assess':
      return <AssessView />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Try the <Link to="/">map</Link> or <Link to="/search">search</Link>.
      </p>
    </section>
  );
}

export function App() {
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(path);
  // Move focus to the new view after client-side navigation, as a page load would.
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Longarm
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={n.match(path) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading what="the view" />}>{route(path)}</Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Every fact links to its source and evidence. Statuses are derived from dated events, never typed in.{' '}
          <a href="/api/docs/">API reference</a>
        </p>
      </footer>
    </>
  );
}
