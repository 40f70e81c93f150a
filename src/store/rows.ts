/**
 * @module Mapping between domain records and table rows, shared by every SQL dialect.
 * @internal
 */
import type { Entity, Qualifiers, Sensitivity, Statement, Value } from '../domain/index.js';
import type { ReviewDecision } from './types.js';

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

/** Named parameters for inserting a statement. */
export function statementParams(s: Statement): Record<string, unknown> {
  return {
    id: s.id,
    entity: s.entity,
    property: s.property,
    value: JSON.stringify(s.value),
    value_ref: s.value.type === 'ref' ? s.value.id : null,
    qualifiers: JSON.stringify(s.qualifiers),
    source: s.source,
    loc_sha256: s.locator?.sha256 ?? null,
    loc_start: s.locator?.start ?? null,
    loc_end: s.locator?.end ?? null,
    pinpoint: s.pinpoint ?? null,
    status: s.status,
    rank: s.rank,
    sensitivity: s.sensitivity,
    confidence: s.confidence ?? null,
    supersedes: s.supersedes ?? null,
    recorded_at: s.recorded_at,
    recorded_by: s.recorded_by,
  };
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
