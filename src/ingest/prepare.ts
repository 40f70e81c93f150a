/**
 * @module Preparing a document for the store: its source entity, the resolution of every entity
 * its candidates name, and the candidate statements with their content-hash ids. Resolution and
 * statement building are separate so a worker can do both against its own copy of the index and
 * the main thread only re-checks the resolution (see `ingestFiles`).
 */
import { basename } from 'node:path';
import type { Entity, SourceMeta, Statement } from '../domain/index.js';
import { statementIdsIn } from '../domain/index.js';
import type { EntityIndex } from './resolve.js';
import type { Candidate, EntityRef, ReadDocument } from './types.js';

/** The candidate statements and entities of one document, ready to store. */
export interface PreparedDocument {
  readonly doc: ReadDocument;
  readonly source: Entity;
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];
  /** Every entity id its statements use (created here or before). */
  readonly references: ReadonlySet<string>;
}

/** What resolution decided for a document: candidate ref id → entity id, and entities to create. */
export interface DocumentResolution {
  readonly resolved: ReadonlyMap<string, string>;
  readonly entities: readonly Entity[];
}

/** The source entity id of a text: stable, from its hash. */
export function sourceIdFor(sha: string): string {
  return `source:doc-${sha.slice(0, 16)}`;
}

/** The document itself as a source entity: a fact (we hold its text); only what it claims awaits review. */
export function sourceEntity(
  doc: ReadDocument,
  meta: { duplicateOf?: string; simhash: string; restricted?: boolean },
): Entity {
  const sourceMeta: SourceMeta = {
    title: doc.meta.title ?? basename(doc.file),
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    ...(doc.meta.publisher ? { publisher: doc.meta.publisher } : {}),
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.published ? { published: doc.meta.published } : {}),
    ...(doc.meta.language ? { language: doc.meta.language } : {}),
    sha256: doc.sha256,
    ...(meta.duplicateOf ? { duplicate_of: meta.duplicateOf } : {}),
    file: basename(doc.file),
    media_type: doc.mediaType,
    bytes: doc.bytes,
    simhash: meta.simhash,
  };
  return {
    id: sourceIdFor(doc.sha256),
    kind: 'source',
    name: sourceMeta.title,
    aliases: [],
    sensitivity: meta.restricted ? 'restricted' : 'public',
    source: sourceMeta,
  };
}

/** A hint for resolving an instrument: its type and parties as the document states them. */
export interface InstrumentHint {
  type?: string;
  parties: string[];
}

/** What resolution needs of a document's candidates: the refs in first-use order, and instrument hints. */
export interface ResolutionInput {
  readonly refs: readonly EntityRef[];
  readonly hints: ReadonlyMap<string, InstrumentHint>;
}

/** The refs (entity first, then its `refs`, in candidate order) and instrument hints of candidates. */
export function resolutionInput(candidates: readonly Candidate[]): ResolutionInput {
  // Instruments resolve by type and parties, gathered from this document's own candidates.
  const hints = new Map<string, InstrumentHint>();
  const refs: EntityRef[] = [];
  const seen = new Set<string>();
  const use = (ref: EntityRef): void => {
    if (seen.has(ref.id)) return;
    seen.add(ref.id);
    refs.push(ref);
  };
  for (const c of candidates) {
    use(c.entity);
    for (const r of c.refs ?? []) use(r);
    if (c.entity.kind !== 'instrument') continue;
    const h = hints.get(c.entity.id) ?? { parties: [] };
    if (c.property === 'instrument_type' && c.value.type === 'text') h.type = c.value.text;
    if (c.property === 'party' && c.value.type === 'ref') h.parties.push(c.value.id.slice(8));
    hints.set(c.entity.id, h);
  }
  return { refs, hints };
}

/** Resolves every ref in order against the index; adds created entities to it. */
export function resolveRefs(doc: ReadDocument, input: ResolutionInput, index: EntityIndex): DocumentResolution {
  const sourceId = sourceIdFor(doc.sha256);
  const resolved = new Map<string, string>([[sourceId, sourceId]]);
  const entities: Entity[] = [];
  for (const ref of input.refs) {
    if (resolved.has(ref.id)) continue;
    const r = index.resolve(ref, input.hints.get(ref.id));
    if (r.create) entities.push(r.create);
    resolved.set(ref.id, r.id);
  }
  return { resolved, entities };
}

const RECORDED_BY = new Map<string, string>();

/** `ingest:<extractor>`, one string per extractor (a fixed few): packing compares it statement after statement. */
function recordedBy(extractor: string): string {
  let by = RECORDED_BY.get(extractor);
  if (by === undefined) {
    by = `ingest:${extractor}`;
    RECORDED_BY.set(extractor, by);
  }
  return by;
}

/** The candidate statements of a document under a resolution (duplicates within the document dropped). */
export function buildStatements(
  doc: ReadDocument,
  candidates: readonly Candidate[],
  resolved: ReadonlyMap<string, string>,
  recordedAt: string,
): Statement[] {
  const sourceId = sourceIdFor(doc.sha256);
  const statements: Statement[] = [];
  const ids = new Set<string>();
  const idOf = statementIdsIn(sourceId, doc.sha256);
  for (const c of candidates) {
    const entity = resolved.get(c.entity.id) ?? c.entity.id;
    const value =
      c.value.type === 'ref' ? { type: 'ref' as const, id: resolved.get(c.value.id) ?? c.value.id } : c.value;
    const qualifiers = c.qualifiers ? { ...c.qualifiers, confidence: c.confidence } : { confidence: c.confidence };
    const locator = { sha256: doc.sha256, start: c.start, end: c.end };
    const id = idOf({ entity, property: c.property, value, qualifiers, start: c.start, end: c.end });
    if (ids.has(id)) continue;
    ids.add(id);
    statements.push({
      id,
      entity,
      property: c.property,
      value,
      qualifiers,
      source: sourceId,
      locator,
      status: 'candidate',
      rank: 'normal',
      sensitivity: c.restricted ? 'restricted' : 'public',
      confidence: c.confidence,
      recorded_at: recordedAt,
      recorded_by: recordedBy(c.extractor),
    });
  }
  return statements;
}

/** True when two resolutions map every ref the same way (so statements built under one fit the other). */
export function sameResolution(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Resolves a document's candidates against the index and builds the records to store. */
export function prepareDocument(
  doc: ReadDocument,
  candidates: readonly Candidate[],
  index: EntityIndex,
  meta: { duplicateOf?: string; simhash: string; now: Date },
): PreparedDocument {
  const source = sourceEntity(doc, meta);
  index.add(source);
  const { resolved, entities } = resolveRefs(doc, resolutionInput(candidates), index);
  const statements = buildStatements(doc, candidates, resolved, meta.now.toISOString());
  return { doc, source, entities, statements, references: new Set(resolved.values()) };
}
