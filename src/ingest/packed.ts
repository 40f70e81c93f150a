/**
 * @module A document's candidate statements packed for `postMessage`: structured cloning writes
 * every key of every object and a copy of every string, so the fields all statements of a document
 * share go once, values and qualifiers as one JSON text each, and offsets in typed arrays. Packing
 * and unpacking cost less than cloning the objects on both threads (ADR 0005, fourth amendment).
 */
import type { Qualifiers, Statement, Value } from '../domain/index.js';

/** The statements of one document, packed; or, when they do not share the packed shape, as they are. */
export type PackedStatements =
  | { readonly statements: readonly Statement[] }
  | {
      /** Fields every statement has alike. */
      readonly shared: Pick<Statement, 'source' | 'status' | 'rank' | 'recorded_at'> & { readonly sha256: string };
      readonly ids: readonly string[];
      readonly entities: readonly string[];
      readonly properties: readonly string[];
      /** JSON arrays of the values and of the qualifiers. */
      readonly values: string;
      readonly qualifiers: string;
      /** Locator offsets, confidence (NaN: none), 1 where restricted, and `recorded_by` as an index into `by`. */
      readonly starts: Int32Array;
      readonly ends: Int32Array;
      readonly confidences: Float64Array;
      readonly restricted: Uint8Array;
      readonly by: readonly string[];
      readonly byIndex: Uint8Array;
    };

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
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const confidences = new Float64Array(n);
  const restricted = new Uint8Array(n);
  const byIndex = new Uint8Array(n);
  const by: string[] = [];
  const ids = new Array<string>(n);
  const entities = new Array<string>(n);
  const properties = new Array<string>(n);
  const values = new Array<Value>(n);
  const qualifiers = new Array<Qualifiers>(n);
  for (let i = 0; i < n; i++) {
    const s = statements[i] as Statement;
    if (
      s.source !== shared.source ||
      s.status !== shared.status ||
      s.rank !== shared.rank ||
      s.recorded_at !== shared.recorded_at ||
      s.locator?.sha256 !== shared.sha256 ||
      s.pinpoint !== undefined ||
      s.supersedes !== undefined
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
    entities[i] = s.entity;
    properties[i] = s.property;
    values[i] = s.value;
    qualifiers[i] = s.qualifiers;
  }
  return {
    shared,
    ids,
    entities,
    properties,
    values: JSON.stringify(values),
    qualifiers: JSON.stringify(qualifiers),
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
  const { shared } = packed;
  const values = JSON.parse(packed.values) as Value[];
  const qualifiers = JSON.parse(packed.qualifiers) as Qualifiers[];
  return packed.ids.map((id, i) => {
    const confidence = packed.confidences[i] as number;
    return {
      id,
      entity: packed.entities[i] as string,
      property: packed.properties[i] as string,
      value: values[i] as Value,
      qualifiers: qualifiers[i] as Qualifiers,
      source: shared.source,
      locator: { sha256: shared.sha256, start: packed.starts[i] as number, end: packed.ends[i] as number },
      status: shared.status,
      rank: shared.rank,
      sensitivity: packed.restricted[i] === 1 ? 'restricted' : 'public',
      ...(Number.isNaN(confidence) ? {} : { confidence }),
      recorded_at: shared.recorded_at,
      recorded_by: packed.by[packed.byIndex[i] as number] as string,
    };
  });
}
