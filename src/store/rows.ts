/**
 * @module Mapping between domain records and table rows, shared by every SQL dialect.
 * @internal
 */
import type { Entity, Qualifiers, Sensitivity, Statement, Value } from '../domain/index.js';
import type { EntityValue, ReviewDecision } from './types.js';

export interface EntityRow {
  id: string;
  kind: Entity['kind'];
  name: string;
  aliases: string;
  sensitivity: Sensitivity;
  status: 'candidate' | null;
  source_meta: string | null;
}

export interface StatementRow {
  id: string;
  entity: string;
  property: string;
  value: string;
  value_ref: string | null;
  qualifiers: string;
  source: string;
  loc_sha256: string | null;
  loc_start: number | null;
  loc_end: number | null;
  pinpoint: string | null;
  status: Statement['status'];
  rank: Statement['rank'];
  sensitivity: Sensitivity;
  confidence: number | null;
  supersedes: string | null;
  recorded_at: string;
  recorded_by: string;
}

/** Parses a JSON column whether the driver returns text (SQLite) or an object (PostgreSQL jsonb). */
function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function rowToEntity(r: EntityRow): Entity {
  const base = {
    id: r.id,
    kind: r.kind,
    name: r.name,
    aliases: json<string[]>(r.aliases),
    sensitivity: r.sensitivity,
  };
  return {
    ...base,
    ...(r.status ? { status: r.status } : {}),
    ...(r.source_meta ? { source: json<NonNullable<Entity['source']>>(r.source_meta) } : {}),
  };
}

export function rowToStatement(r: StatementRow): Statement {
  const locator =
    r.loc_sha256 !== null && r.loc_start !== null && r.loc_end !== null
      ? { sha256: r.loc_sha256, start: Number(r.loc_start), end: Number(r.loc_end) }
      : null;
  return {
    id: r.id,
    entity: r.entity,
    property: r.property,
    value: json<Value>(r.value),
    qualifiers: json<Qualifiers>(r.qualifiers),
    source: r.source,
    locator,
    ...(r.pinpoint !== null ? { pinpoint: r.pinpoint } : {}),
    status: r.status,
    rank: r.rank,
    sensitivity: r.sensitivity,
    ...(r.confidence !== null ? { confidence: Number(r.confidence) } : {}),
    ...(r.supersedes !== null ? { supersedes: r.supersedes } : {}),
    recorded_at: r.recorded_at,
    recorded_by: r.recorded_by,
  };
}

/** A row of `SELECT DISTINCT entity, property, value` as the value it holds. */
export function rowToEntityValue(r: { entity: string; property: string; value: unknown }): EntityValue {
  return { entity: r.entity, property: r.property, value: json<Value>(r.value) };
}

/** Positional parameters for upserting an entity: id, kind, name, aliases, sensitivity, status, source_meta. */
export function entityParams(e: Entity): unknown[] {
  return [
    e.id,
    e.kind,
    e.name,
    JSON.stringify(e.aliases),
    e.sensitivity,
    e.status ?? null,
    e.source ? JSON.stringify(e.source) : null,
  ];
}

/** Column order of a statement row, as {@link statementValues} lists them. */
export const STATEMENT_COLUMNS = [
  'id',
  'entity',
  'property',
  'value',
  'value_ref',
  'qualifiers',
  'source',
  'loc_sha256',
  'loc_start',
  'loc_end',
  'pinpoint',
  'status',
  'rank',
  'sensitivity',
  'confidence',
  'supersedes',
  'recorded_at',
  'recorded_by',
] as const;

/** A statement's column values in {@link STATEMENT_COLUMNS} order (positional binding is the cheap one). */
export function statementValues(s: Statement): unknown[] {
  return [
    s.id,
    s.entity,
    s.property,
    JSON.stringify(s.value),
    s.value.type === 'ref' ? s.value.id : null,
    JSON.stringify(s.qualifiers),
    s.source,
    s.locator?.sha256 ?? null,
    s.locator?.start ?? null,
    s.locator?.end ?? null,
    s.pinpoint ?? null,
    s.status,
    s.rank,
    s.sensitivity,
    s.confidence ?? null,
    s.supersedes ?? null,
    s.recorded_at,
    s.recorded_by,
  ];
}

/** A statement row as an object keyed by column (for PostgreSQL's `jsonb_to_recordset`). */
export function statementParams(s: Statement): Record<string, unknown> {
  const values = statementValues(s);
  return Object.fromEntries(STATEMENT_COLUMNS.map((c, i) => [c, values[i]]));
}

export interface ReviewRow {
  statement: string;
  action: ReviewDecision['action'];
  by: string;
  at: string;
  why: string;
  replacement: string | null;
}

export function rowToReview(r: ReviewRow): ReviewDecision {
  return r.replacement
    ? { statement: r.statement, action: r.action, by: r.by, at: r.at, why: r.why, replacement: r.replacement }
    : { statement: r.statement, action: r.action, by: r.by, at: r.at, why: r.why };
}

/** The most rows one read returns; a larger or missing limit is cut to it. */
export const MAX_LIMIT = 10_000;

/** A page size within `[0, MAX_LIMIT]`. */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined) return MAX_LIMIT;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit)));
}
