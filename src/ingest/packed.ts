/**
 * @module A document's candidate statements packed for `postMessage`: structured cloning writes
 * every key of every object and a copy of every string, so the fields all statements of a document
 * share go once, ids as one string, entities, properties and ref ids as indices into the document's
 * distinct strings, other values and qualifiers as one JSON text each, and offsets in typed arrays.
 * Packing and unpacking cost less than cloning the objects on both threads (ADR 0005, fourth
 * amendment); the ids joined and the strings indexed took pack, post, receive and unpack from 4.15 to
 * 2.2 G instructions per two passes over 10 MB (callgrind; 50 MB, min of 7: 668 → 541 CPU-ms).
 */
import type { Qualifiers, Statement, Value } from '../domain/index.js';

/** The statements of one document, packed; or, when they do not share the packed shape, as they are. */
export type PackedStatements =
  | { readonly statements: readonly Statement[] }
  | {
      /** Fields every statement has alike. */
      readonly shared: Pick<Statement, 'source' | 'status' | 'rank' | 'recorded_at'> & { readonly sha256: string };
      /** The ids, all `idLength` long, joined. */
      readonly ids: string;
      readonly idLength: number;
      /** The distinct entities, properties and ref ids, which statements index (a document repeats a few). */
      readonly strings: readonly string[];
      readonly entities: Uint32Array;
      readonly properties: Uint32Array;
      /** Where a value is a ref, the index of its id in `strings`; -1 where it is in `values`. */
      readonly refs: Int32Array;
      /** JSON arrays of the values that are not refs, and of the qualifiers that are not `confidence` alone. */
      readonly values: string;
      readonly qualifiers: string;
      /** 1 where the qualifiers are the statement's confidence alone, and not in `qualifiers`. */
      readonly bare: Uint8Array;
      /** Locator offsets, confidence (NaN: none), 1 where restricted, and `recorded_by` as an index into `by`. */
      readonly starts: Int32Array;
      readonly ends: Int32Array;
      readonly confidences: Float64Array;
      readonly restricted: Uint8Array;
      readonly by: readonly string[];
      readonly byIndex: Uint8Array;
    };

/** True when a value is `{ type: 'ref', id }`, those keys in that order and nothing else. */
function isPlainRef(value: Value): value is Extract<Value, { type: 'ref' }> {
  if (value.type !== 'ref' || typeof value.id !== 'string') return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys[0] === 'type';
}

/** True when qualifiers are `{ confidence }` alone and JSON gives that number back as it is. */
function isBare(qualifiers: Qualifiers, confidence: number | undefined): boolean {
  const q = qualifiers.confidence;
  return q === confidence && q !== 0 && Number.isFinite(q) && Object.keys(qualifiers).length === 1;
}

/** Packs statements that share source, status, rank, time and text, and have no pinpoint nor supersedes. */
export function packStatements(statements: readonly Statement[]): PackedStatements {
  const first = statements[0];
  if (!first?.locator) return { statements };
  const shared = {
    source: first.source,
    status: first.status,
    rank: first.rank,
    recorded_at: first.recorded_at,
    sha256: first.locator.sha256,
  };
  const n = statements.length;
  const idLength = first.id.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const confidences = new Float64Array(n);
  const restricted = new Uint8Array(n);
  const byIndex = new Uint8Array(n);
  const by: string[] = [];
  const ids = new Array<string>(n);
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const indexOf = (s: string): number => {
    let i = indices.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      indices.set(s, i);
    }
    return i;
  };
  const entities = new Uint32Array(n);
  const properties = new Uint32Array(n);
  const refs = new Int32Array(n);
  const bare = new Uint8Array(n);
  const values: Value[] = [];
  const qualifiers: Qualifiers[] = [];
  for (let i = 0; i < n; i++) {
    const s = statements[i] as Statement;
    if (
      s.source !== shared.source ||
      s.status !== shared.status ||
      s.rank !== shared.rank ||
      s.recorded_at !== shared.recorded_at ||
      s.locator?.sha256 !== shared.sha256 ||
      s.pinpoint !== undefined ||
      s.supersedes !== undefined ||
      s.id.length !== idLength
    )
      return { statements };
    starts[i] = s.locator.start;
    ends[i] = s.locator.end;
    confidences[i] = s.confidence ?? NaN;
    restricted[i] = s.sensitivity === 'restricted' ? 1 : 0;
    let b = by.indexOf(s.recorded_by);
    if (b < 0) b = by.push(s.recorded_by) - 1;
    if (b > 255) return { statements };
    byIndex[i] = b;
    ids[i] = s.id;
    entities[i] = indexOf(s.entity);
    properties[i] = indexOf(s.property);
    if (isPlainRef(s.value)) refs[i] = indexOf(s.value.id);
    else {
      refs[i] = -1;
      values.push(s.value);
    }
    if (isBare(s.qualifiers, s.confidence)) bare[i] = 1;
    else qualifiers.push(s.qualifiers);
  }
  return {
    shared,
    ids: ids.join(''),
    idLength,
    strings,
    entities,
    properties,
    refs,
    values: JSON.stringify(values),
    qualifiers: JSON.stringify(qualifiers),
    bare,
    starts,
    ends,
    confidences,
    restricted,
    by,
    byIndex,
  };
}

/** The statements `packStatements` packed, equal to the originals. */
export function unpackStatements(packed: PackedStatements): Statement[] {
  if ('statements' in packed) return [...packed.statements];
  const { shared, strings, idLength } = packed;
  const values = JSON.parse(packed.values) as Value[];
  const qualifiers = JSON.parse(packed.qualifiers) as Qualifiers[];
  const n = packed.starts.length;
  const statements = new Array<Statement>(n);
  let v = 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    const confidence = packed.confidences[i] as number;
    const ref = packed.refs[i] as number;
    const statement: Statement = {
      id: packed.ids.slice(i * idLength, (i + 1) * idLength),
      entity: strings[packed.entities[i] as number] as string,
      property: strings[packed.properties[i] as number] as string,
      value: ref < 0 ? (values[v++] as Value) : { type: 'ref', id: strings[ref] as string },
      qualifiers: packed.bare[i] === 1 ? { confidence } : (qualifiers[q++] as Qualifiers),
      source: shared.source,
      locator: { sha256: shared.sha256, start: packed.starts[i] as number, end: packed.ends[i] as number },
      status: shared.status,
      rank: shared.rank,
      sensitivity: packed.restricted[i] === 1 ? 'restricted' : 'public',
      ...(Number.isNaN(confidence) ? {} : { confidence }),
      recorded_at: shared.recorded_at,
      recorded_by: packed.by[packed.byIndex[i] as number] as string,
    };
    statements[i] = statement;
  }
  return statements;
}
