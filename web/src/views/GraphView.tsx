/**
 * @module The graph around an entity, drawn with cytoscape (loaded only when this view opens).
 * Click a node to expand its neighbourhood; the list beside the canvas does the same from the
 * keyboard and links to every entity page. Expanded nodes are kept in the URL (`?expand=`).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { api, ApiError, type Graph, type GraphEdge, type GraphNode } from '../api';
import { href, Link, navigate, useQueryState } from '../router';
import { entityHref, ErrorBox, Loading, useTitle } from '../ui';

const KIND_COLOUR: Readonly<Record<string, string>> = {
  country: '#1d3557',
  instrument: '#b2182b',
  decision: '#7b3294',
  case: '#c2a5cf',
  program: '#e66101',
  project: '#fdb863',
  organization: '#2166ac',
  court: '#4dac26',
  person: '#636363',
  resolution: '#35978f',
  source: '#8c510a',
};

const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';

interface Merged {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  truncated: boolean;
}

function merge(graphs: readonly Graph[]): Merged {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) edges.set(e.statement, e);
    truncated ||= g.truncated;
  }
  return { nodes, edges, truncated };
}

function Chooser() {
  const [id, setId] = useState('country:RS');
  return (
    <form
      className="key-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (id.trim()) navigate(`/graph/${encodeURIComponent(id.trim())}`);
      }}
    >
      <label className="field">
        <span>Entity id</span>
        <input type="text" value={id} onChange={(e) => setId(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Show graph
      </button>
    </form>
  );
}

export default function GraphView({ id }: { id: string }) {
  const [query, setQuery] = useQueryState();
  const expandParam = query.get('expand') ?? '';
  const expanded = useMemo(() => [id, ...expandParam.split(',').filter(Boolean)], [id, expandParam]);
  const [graphs, setGraphs] = useState<Map<string, Graph>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  useTitle(id ? `Graph: ${id}` : 'Graph');

  useEffect(() => {
    const controller = new AbortController();
    const missing = expanded.filter((e) => e && !graphs.has(e));
    if (missing.length === 0) return undefined;
    Promise.all(missing.map((e) => api.graph(e, 1, controller.signal))).then(
      (list) =>
        setGraphs((old) => {
          const next = new Map(old);
          list.forEach((g, i) => next.set(missing[i]!, g));
          return next;
        }),
      (e: Error) => {
        if (!controller.signal.aborted) setError(e instanceof ApiError ? e : new ApiError(0, 'client', e.message));
      },
    );
    return () => controller.abort();
  }, [expanded, graphs]);

  const merged = useMemo(
    () => merge(expanded.map((e) => graphs.get(e)).filter((g): g is Graph => Boolean(g))),
    [expanded, graphs],
  );

  const expand = (node: string): void => {
    if (expanded.includes(node)) return;
    setQuery({ expand: [...expanded.slice(1), node].join(',') }, true);
  };
  const expandRef = useRef(expand);
  expandRef.current = expand;

  // Draw (and redraw on growth) with cytoscape, loaded on first use.
  useEffect(() => {
    if (!container.current || merged.nodes.size === 0) return;
    let cancelled = false;
    // Cytoscape adds a <style> element unless one with this id exists; the strict CSP would block
    // it. Its one rule (position: relative) is in styles.css, so a marker element is enough.
    if (!document.getElementById(CYTOSCAPE_STYLESHEET)) {
      const marker = document.createElement('meta');
      marker.id = CYTOSCAPE_STYLESHEET;
      document.head.appendChild(marker);
    }
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const elements = [
        ...[...merged.nodes.values()].map((n) => ({
          data: { id: n.id, label: n.name.length > 40 ? `${n.name.slice(0, 38)}…` : n.name, kind: n.kind },
          classes: [n.id === id ? 'center' : '', expanded.includes(n.id) ? 'expanded' : ''].join(' '),
        })),
        ...[...merged.edges.values()]
          .filter((e) => merged.nodes.has(e.source) && merged.nodes.has(e.target))
          .map((e) => ({ data: { id: e.statement, source: e.source, target: e.target, label: e.label } })),
      ];
      cy.current?.destroy();
      const instance = cytoscape({
        container: container.current,
        elements,
        style: [
          {
            selector: 'node',
            style: {
              label: 'data(label)',
              'font-size': 9,
              'text-wrap': 'wrap',
              'text-max-width': '110px',
              'text-valign': 'bottom',
              'text-margin-y': 3,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.8,
              'text-background-padding': '1px',
              color: '#1b1f24',
              width: 14,
              height: 14,
              'background-color': (n: { data: (k: string) => string }) => KIND_COLOUR[n.data('kind')] ?? '#555',
            },
          },
          { selector: 'node.center', style: { width: 24, height: 24, 'border-width': 3, 'border-color': '#ffbf47' } },
          { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
          {
            selector: 'edge',
            style: {
              width: 1,
              'line-color': '#b4bcc6',
              'target-arrow-shape': 'triangle',
              'target-arrow-color': '#b4bcc6',
              'arrow-scale': 0.7,
              'curve-style': 'bezier',
            },
          },
          // Edge labels only where the reader is looking: on a selected or hovered node's edges.
          {
            selector: 'edge.near',
            style: { label: 'data(label)', 'font-size': 8, color: '#343a40', 'line-color': '#6b7785', width: 1.5 },
          },
        ],
        // One neighbourhood reads best as rings around the centre; expanded ones as a force layout.
        layout:
          expanded.length === 1
            ? {
                name: 'concentric',
                concentric: (n: NodeSingular) => (n.id() === id ? 2 : 1),
                levelWidth: () => 1,
                minNodeSpacing: 28,
                animate: false,
              }
            : {
                name: 'cose',
                animate: false,
                nodeRepulsion: () => 60_000,
                idealEdgeLength: () => 120,
                nodeOverlap: 20,
                gravity: 0.6,
                randomize: false,
              },
        wheelSensitivity: 0.3,
      });
      instance.on('mouseover', 'node', (evt) => (evt.target as NodeSingular).connectedEdges().addClass('near'));
      instance.on('mouseout', 'node', (evt) => (evt.target as NodeSingular).connectedEdges().removeClass('near'));
      instance.on('tap', 'node', (evt) => expandRef.current((evt.target as NodeSingular).id()));
      instance.on('dbltap', 'node', (evt) => navigate(entityHref((evt.target as NodeSingular).id())));
      cy.current = instance;
    });
    return () => {
      cancelled = true;
    };
  }, [merged, id, expanded]);

  useEffect(() => () => cy.current?.destroy(), []);

  if (!id) {
    return (
      <div>
        <h1>Graph</h1>
        <p>Open the graph of any entity from its page, or give an id.</p>
        <Chooser />
      </div>
    );
  }
  const center = merged.nodes.get(id);
  const nodes = [...merged.nodes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  return (
    <div>
      <h1>Graph: {center?.name ?? id}</h1>
      <p>
        <Link to={entityHref(id)}>Open the entity page</Link> · Click a node to expand it, double-click to open it.{' '}
        {expanded.length > 1 && (
          <button type="button" onClick={() => setQuery({ expand: undefined }, true)}>
            Collapse to {center?.name ?? id}
          </button>
        )}
      </p>
      {error && <ErrorBox error={error} />}
      {merged.truncated && (
        <p className="notice">The graph was cut at the server's node limit; expand nodes to see more.</p>
      )}
      <div className="graph-layout">
        <div>
          {merged.nodes.size === 0 && !error && <Loading what="the graph" />}
          <div
            ref={container}
            className="graph-canvas"
            role="img"
            aria-label={`Network graph of ${merged.nodes.size} entities; the list beside it has the same entities`}
            data-nodes={merged.nodes.size}
          />
          <ul className="legend" aria-label="Node colours">
            {Object.entries(KIND_COLOUR).map(([k, c]) => (
              <li key={k}>
                <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true">
                  <circle cx="8" cy="8" r="7" fill={c} />
                </svg>{' '}
                {k}
              </li>
            ))}
          </ul>
        </div>
        <section className="graph-nodes" aria-labelledby="nodes-h">
          <h2 id="nodes-h">
            Entities <span className="muted">({nodes.length})</span>
          </h2>
          <ul>
            {nodes.map((n) => (
              <li key={n.id}>
                <Link to={entityHref(n.id)}>{n.name}</Link> <span className="kind">{n.kind}</span>{' '}
                {expanded.includes(n.id) ? (
                  <span className="muted">(expanded)</span>
                ) : (
                  <button type="button" onClick={() => expand(n.id)} aria-label={`Expand ${n.name}`}>
                    Expand
                  </button>
                )}
              </li>
            ))}
          </ul>
          <p>
            <Link to={href('/timeline', { entity: id })}>Timeline of {center?.name ?? id}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
