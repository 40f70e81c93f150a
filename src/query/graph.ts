/**
 * @module The neighbourhood of an entity as a graph: nodes are entities, edges are
 * reference-valued statements (`party`, `vendor`, `in_case`, …) in either direction, walked
 * breadth-first to depth 1 or 2. Countries are hubs — everything points at them — so they are
 * shown but only expanded when they are the centre. The result is capped and says when it was.
 */
import type { EntityKind, Role, Statement } from '../domain/index.js';
import { PROPERTIES } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import type { Store } from '../store/index.js';

/** An entity in the graph. */
export interface GraphNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Steps from the centre (0 for the centre). */
  readonly depth: number;
}

/** A reference-valued statement, from its entity to the entity its value names. */
export interface GraphEdge {
  /** The statement's entity. */
  readonly source: string;
  /** The entity its value points to. */
  readonly target: string;
  readonly property: string;
  readonly label: string;
  readonly statement: string;
}

/** The neighbourhood returned by {@link neighbourhood}. */
export interface Graph {
  readonly center: string;
  readonly depth: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when the caps cut nodes or edges off. */
  readonly truncated: boolean;
}

/** What {@link neighbourhood} walks. */
export interface GraphQuery {
  readonly entity: string;
  /** 1 or 2; default 1. */
  readonly depth?: number;
  /** Most nodes returned; default 80. */
  readonly maxNodes?: number;
  /** Most edges returned; default 300. */
  readonly maxEdges?: number;
}

/** Properties left out of the graph: citations between sources are bibliography, not relations. */
const SKIPPED_PROPERTIES = new Set(['cites']);
/** Statements read per node and direction. */
const PER_NODE = 500;

/**
 * The graph around `entity`, or null when it does not exist or the role may not see it.
 * @throws LongarmError `invalid_input` when depth is not 1 or 2.
 * @example await neighbourhood(store, { entity: 'instrument:cn-rs-extradition-2024', depth: 2 }, 'public')
 */
export async function neighbourhood(store: Store, query: GraphQuery, role: Role): Promise<Graph | null> {
  const depth = query.depth ?? 1;
  if (depth !== 1 && depth !== 2) throw new LongarmError('invalid_input', 'depth: must be 1 or 2', { record: 'depth' });
  const maxNodes = query.maxNodes ?? 80;
  const maxEdges = query.maxEdges ?? 300;
  const center = await store.getEntity(query.entity, role);
  if (!center) return null;

  const nodes = new Map<string, GraphNode>([
    [center.id, { id: center.id, kind: center.kind, name: center.name, depth: 0 }],
  ]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  let frontier = [center.id];
  for (let level = 1; level <= depth; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (level > 1 && id.startsWith('country:')) continue;
      const out = await store.listStatements({ entity: id, limit: PER_NODE }, role);
      const incoming = await store.listStatements({ ref: id, limit: PER_NODE }, role);
      for (const s of [...out, ...incoming]) {
        const edge = toEdge(s);
        if (!edge || edges.has(edge.statement)) continue;
        const other = edge.source === id ? edge.target : edge.source;
        if (!nodes.has(other)) {
          if (nodes.size >= maxNodes) {
            truncated = true;
            continue;
          }
          const e = await store.getEntity(other, role);
          if (!e) continue;
          nodes.set(other, { id: e.id, kind: e.kind, name: e.name, depth: level });
          next.push(other);
        }
        if (edges.size >= maxEdges) {
          truncated = true;
          continue;
        }
        edges.set(edge.statement, edge);
      }
    }
    frontier = next;
  }
  // Edges between nodes at the outer rim were not walked; keep only edges whose ends are both shown.
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return {
    center: center.id,
    depth,
    nodes: [...nodes.values()].sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id)),
    edges: kept.sort(
      (a, b) =>
        a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.property.localeCompare(b.property),
    ),
    truncated,
  };
}

function toEdge(s: Statement): GraphEdge | null {
  if (s.value.type !== 'ref' || SKIPPED_PROPERTIES.has(s.property) || s.rank === 'deprecated') return null;
  return {
    source: s.entity,
    target: s.value.id,
    property: s.property,
    label: PROPERTIES[s.property]?.label ?? s.property,
    statement: s.id,
  };
}
