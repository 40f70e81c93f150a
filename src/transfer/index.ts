/**
 * @module Whole-database export (NDJSON, CSV, FollowTheMoney) and NDJSON import.
 * NDJSON lines are canonical JSON (sorted keys) in the store's stable dump order, so
 * export → import into an empty database → export is byte-identical.
 */
import type { Entity, Role, Statement } from '../domain/index.js';
import { canonicalJson, formatValue, normalizeText, parseId, parseValue, sha256 } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import type { DumpRecord, ReviewDecision, Store } from '../store/index.js';

export type ExportFormat = 'ndjson' | 'csv' | 'ftm';

/** Yields the export as text chunks (one line each). */
export async function* exportRecords(store: Store, format: ExportFormat, role: Role): AsyncIterable<string> {
  if (format === 'ndjson') {
    for await (const record of store.dump(role)) yield canonicalJson(record) + '\n';
    return;
  }
  if (format === 'csv') {
    yield CSV_HEADER.join(',') + '\n';
    for await (const record of store.dump(role)) if (record.type === 'statement') yield csvRow(record.statement) + '\n';
    return;
  }
  const statements = new Map<string, Statement[]>();
  const entities: Entity[] = [];
  for await (const record of store.dump(role)) {
    if (record.type === 'entity') entities.push(record.entity);
    if (record.type === 'statement') {
      const list = statements.get(record.statement.entity) ?? [];
      list.push(record.statement);
      statements.set(record.statement.entity, list);
    }
  }
  for (const e of entities) yield canonicalJson(toFtm(e, statements.get(e.id) ?? [])) + '\n';
}

const CSV_HEADER = [
  'id',
  'entity',
  'property',
  'value_type',
  'value',
  'party',
  'as_of',
  'source',
  'loc_start',
  'loc_end',
  'pinpoint',
  'status',
  'rank',
  'sensitivity',
];

function csvCell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : s;
}

function csvRow(s: Statement): string {
  const value = s.value.type === 'ref' ? s.value.id : formatValue(s.value);
  return [
    s.id,
    s.entity,
    s.property,
    s.value.type,
    value,
    s.qualifiers.party,
    s.qualifiers.as_of,
    s.source,
    s.locator?.start,
    s.locator?.end,
    s.pinpoint,
    s.status,
    s.rank,
    s.sensitivity,
  ]
    .map(csvCell)
    .join(',');
}

const FTM_SCHEMA: Record<Entity['kind'], string> = {
  country: 'Organization',
  organization: 'Organization',
  court: 'Organization',
  person: 'Person',
  instrument: 'Documentation',
  decision: 'Documentation',
  case: 'Documentation',
  program: 'Event',
  project: 'Project',
  resolution: 'Documentation',
  source: 'Document',
};

/** A FollowTheMoney-shaped entity: `{id, schema, properties}` with string-array values. */
function toFtm(
  e: Entity,
  statements: readonly Statement[],
): { id: string; schema: string; properties: Record<string, string[]> } {
  const properties: Record<string, string[]> = { name: [e.name] };
  if (e.aliases.length) properties.alias = [...e.aliases];
  if (e.source?.url) properties.sourceUrl = [e.source.url];
  if (e.source?.published) properties.publishedAt = [e.source.published];
  for (const s of statements) {
    if (s.status !== 'accepted') continue;
    const key = `longarm:${s.property}`;
    (properties[key] ??= []).push(s.value.type === 'ref' ? s.value.id : formatValue(s.value));
  }
  return { id: e.id, schema: FTM_SCHEMA[e.kind], properties };
}

function invalid(line: number, reason: string): never {
  throw new LongarmError('invalid_data', reason, { line });
}

/** Parses and checks one NDJSON line. */
function parseLine(text: string, line: number): DumpRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    invalid(line, `not valid JSON: ${(e as Error).message}`);
  }
  const r = json as Record<string, unknown>;
  switch (r.type) {
    case 'entity': {
      const e = r.entity as Entity | undefined;
      if (!e || typeof e.id !== 'string' || typeof e.name !== 'string') invalid(line, 'entity needs id and name');
      try {
        if (parseId(e.id).kind !== e.kind) invalid(line, `entity ${e.id}: kind does not match id`);
      } catch (err) {
        if (err instanceof LongarmError) throw err;
        invalid(line, (err as Error).message);
      }
      return { type: 'entity', entity: e };
    }
    case 'statement': {
      const s = r.statement as Statement | undefined;
      if (!s || typeof s.id !== 'string' || typeof s.entity !== 'string')
        invalid(line, 'statement needs id and entity');
      try {
        parseValue(s.value);
      } catch (err) {
        invalid(line, `statement ${s.id}: ${(err as Error).message}`);
      }
      return { type: 'statement', statement: s };
    }
    case 'source_text': {
      if (typeof r.text !== 'string' || typeof r.sha256 !== 'string')
        invalid(line, 'source_text needs sha256 and text');
      if (normalizeText(r.text) !== r.text || sha256(r.text) !== r.sha256)
        invalid(line, `source_text ${r.sha256}: text does not match its sha256`);
      return { type: 'source_text', sha256: r.sha256, text: r.text };
    }
    case 'review':
      if (typeof (r.review as ReviewDecision | undefined)?.statement !== 'string')
        invalid(line, 'review needs a statement');
      return { type: 'review', review: r.review as ReviewDecision };
    default:
      return invalid(line, `unknown record type ${JSON.stringify(r.type)}`);
  }
}

export interface ImportSummary {
  readonly entities: number;
  readonly statements: number;
  readonly sourceTexts: number;
  readonly reviews: number;
}

/**
 * Imports an NDJSON export in one transaction: a bad line aborts the import and nothing is written.
 * @throws LongarmError `invalid_data` with the line number.
 */
export async function importNdjson(store: Store, lines: AsyncIterable<string>): Promise<ImportSummary> {
  const records: DumpRecord[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim()) records.push(parseLine(line, n));
  }
  const counts = { entities: 0, statements: 0, sourceTexts: 0, reviews: 0 };
  await store.transaction(async (tx) => {
    // Entities first: statements reference them whatever order the file has.
    for (const r of records) {
      if (r.type !== 'entity') continue;
      await tx.putEntity(r.entity);
      counts.entities++;
    }
    for (const r of records) {
      if (r.type !== 'source_text') continue;
      await tx.putSourceText(r.text);
      counts.sourceTexts++;
    }
    for (const r of records) {
      if (r.type !== 'statement') continue;
      await tx.putStatement(r.statement);
      counts.statements++;
    }
    for (const r of records) {
      if (r.type !== 'review') continue;
      await tx.appendReview(r.review);
      counts.reviews++;
    }
    await tx.reindex();
  });
  return counts;
}
