/**
 * @module Candidate statements in the SQLite store: one row per batch of a source's candidates (a
 * document's, as ingestion proposes them) instead of one indexed row each. Ingestion proposes
 * several candidates per KB, and a row each paid a random insert into the primary-key index: that
 * made storage the bottleneck of the pipeline (ADR 0005). Reviewed statements live in `statements`;
 * review moves a candidate there under the same id.
 *
 * `candidate_sets` holds what a set's candidates share (source, property, text, rank, sensitivity,
 * time, by-line) once, and the rest as a JSON array of positional rows ({@link ELEMENT});
 * `candidate_ids` holds each set's size, its ids newline-delimited (finding an id scans one small
 * text column instead of every set) and the entities it names (`refs`, for redaction). A
 * statement's id hashes its source, so a duplicate can only be among the same source's statements:
 * storing checks those alone. Only roles that may see restricted records read candidates (ADR 0004).
 * @internal
 */
import type { Statement } from '../../domain/index.js';
import { clampLimit, STATEMENT_COLUMNS, type StatementRow } from '../rows.js';
import { StoreError, type CandidateFilter } from '../types.js';

type Column = (typeof STATEMENT_COLUMNS)[number];

/**
 * What a set holds once for all its candidates, by column: a document's share source, text and time,
 * and an extractor gives one rank and by-line; a set per property lets a read by property
 * (resolution reads parties at every batch) skip the rest, and a set per sensitivity lets redaction
 * skip public sets that name no restricted entity.
 */
const SET = {
  source: (s: Statement) => s.source,
  property: (s: Statement) => s.property,
  loc_sha256: (s: Statement) => s.locator?.sha256 ?? null,
  rank: (s: Statement) => s.rank,
  sensitivity: (s: Statement) => s.sensitivity,
  recorded_at: (s: Statement) => s.recorded_at,
  recorded_by: (s: Statement) => s.recorded_by,
} satisfies Partial<Record<Column, (s: Statement) => unknown>>;
type SetColumn = keyof typeof SET;
type ElementColumn = Exclude<Column, SetColumn | 'status'>;
const SET_COLUMNS = STATEMENT_COLUMNS.filter((c): c is SetColumn => c in SET);
const SET_FIELDS = SET_COLUMNS.map((c) => SET[c]);

/**
 * What each element of a set holds, by column: the rest but `status` (`candidate`). Value and
 * qualifiers are nested JSON, read back with `->` as the very text `JSON.stringify` gives
 * `statements` (one encoding pass instead of a string escaped inside a string).
 */
const ELEMENT: Record<ElementColumn, (s: Statement) => unknown> = {
  id: (s) => s.id,
  entity: (s) => s.entity,
  value: (s) => s.value,
  value_ref: (s) => (s.value.type === 'ref' ? s.value.id : null),
  qualifiers: (s) => s.qualifiers,
  loc_start: (s) => s.locator?.start ?? null,
  loc_end: (s) => s.locator?.end ?? null,
  pinpoint: (s) => s.pinpoint ?? null,
  confidence: (s) => s.confidence ?? null,
  supersedes: (s) => s.supersedes ?? null,
};
const ELEMENT_COLUMNS = STATEMENT_COLUMNS.filter((c): c is ElementColumn => c in ELEMENT);
const ELEMENT_FIELDS = ELEMENT_COLUMNS.map((c) => ELEMENT[c]);
/** Columns held as nested JSON. */
const JSON_COLUMNS: readonly Column[] = ['value', 'qualifiers'];

/** A candidate as a set element. */
function candidateElement(s: Statement): unknown[] {
  return ELEMENT_FIELDS.map((field) => field(s));
}

/** Whether two statements go in the same set: equal in every {@link SET} column. */
function sameSet(a: Statement, b: Statement): boolean {
  for (const field of SET_FIELDS) if (field(a) !== field(b)) return false;
  return true;
}

/**
 * Statements grouped by set, sets in order of first appearance. Grouped by property, then compared
 * column by column: a document's statements share their other set columns (the very same strings),
 * so this costs a few comparisons where a key joined from every column was built and hashed for each.
 */
function groupIntoSets(statements: readonly Statement[]): Statement[][] {
  const sets: Statement[][] = [];
  const byProperty = new Map<string, Statement[][]>();
  for (const s of statements) {
    let ofProperty = byProperty.get(s.property);
    if (!ofProperty) byProperty.set(s.property, (ofProperty = []));
    const list = ofProperty.find((l) => sameSet(l[0] as Statement, s));
    if (list) list.push(s);
    else {
      const set = [s];
      ofProperty.push(set);
      sets.push(set);
    }
  }
  return sets;
}

/** How `candidate_ids.ids` delimits an id. */
function idKey(id: string): string {
  return `\n${id}\n`;
}

/**
 * A SELECT of the candidates in the sets `cs` that `where` keeps, with these columns of
 * `statements` (all by default), then `set_id` and `position` (index in its set).
 */
export function candidateRowsSql(where: string, columns: readonly Column[] = STATEMENT_COLUMNS): string {
  const select = columns.map((c) => {
    if (c === 'status') return `'candidate' AS status`;
    if (c in SET) return `cs.${c} AS ${c}`;
    return `j.value ${JSON_COLUMNS.includes(c) ? '->' : '->>'} ${ELEMENT_COLUMNS.indexOf(c as ElementColumn)} AS ${c}`;
  });
  return `SELECT ${select.join(', ')}, cs.id AS set_id, j.key AS position
    FROM candidate_sets cs, json_each(cs.statements) j WHERE ${where}`;
}

/**
 * Statements (those `statementsWhere` keeps) and candidates (in the sets `setsWhere` keeps) as one
 * relation with these columns of `statements` (all by default). Parameters: those of
 * `statementsWhere`, then `setsWhere`'s.
 */
export function withCandidatesSql(
  statementsWhere: string,
  setsWhere: string,
  columns: readonly Column[] = STATEMENT_COLUMNS,
): string {
  const list = columns.join(', ');
  return `(SELECT ${list} FROM statements WHERE ${statementsWhere}
    UNION ALL SELECT ${list} FROM (${candidateRowsSql(setsWhere, columns)}))`;
}

/**
 * The sets `cs` that may hold a candidate the public may not see: restricted ones, a restricted
 * source's, and those naming a restricted entity. Every candidate `HIDDEN_STATEMENT` (in the store)
 * hides is in one of them, so redaction need not read the others.
 */
export const SETS_THAT_MAY_HIDE = `(cs.sensitivity = 'restricted'
  OR cs.source IN (SELECT id FROM entities WHERE sensitivity = 'restricted')
  OR EXISTS (SELECT 1 FROM candidate_ids ci, json_each(ci.refs) r
    WHERE ci.set_id = cs.id AND r.value IN (SELECT id FROM entities WHERE sensitivity = 'restricted')))`;

/** A candidate as {@link candidateRowsSql} reads it. */
export type CandidateRow = StatementRow & { readonly set_id: number; readonly position: number };

/** The queries this module needs, run by the store with its error handling. */
export interface Queries {
  all<T>(sql: string, params?: unknown[]): T[];
  get<T>(sql: string, params?: unknown[]): T | undefined;
  exec(sql: string, params?: unknown[]): { changes: number; lastInsertRowid: number | bigint };
}

/** Reads and writes the candidate sets of one database. */
export class CandidateSets {
  constructor(private readonly db: Queries) {}

  /** Ids already stored for this source, reviewed or candidate. */
  private storedIds(source: string): Set<string> {
    const ids = new Set(
      this.db.all<{ id: string }>('SELECT id FROM statements WHERE source = ?', [source]).map((r) => r.id),
    );
    for (const r of this.db.all<{ ids: string }>(
      'SELECT ci.ids FROM candidate_sets cs JOIN candidate_ids ci ON ci.set_id = cs.id WHERE cs.source = ?',
      [source],
    ))
      for (const id of r.ids.split('\n')) if (id) ids.add(id);
    return ids;
  }

  /** True when a candidate set holds this id. */
  holds(id: string, source: string): boolean {
    return (
      this.db.get(
        `SELECT 1 FROM candidate_sets cs JOIN candidate_ids ci ON ci.set_id = cs.id
         WHERE cs.source = ? AND instr(ci.ids, ?) > 0`,
        [source, idKey(id)],
      ) !== undefined
    );
  }

  /** Stores one source's candidates as a set, skipping ids already stored; returns how many were new. */
  insert(source: string, candidates: readonly Statement[]): number {
    const stored = this.storedIds(source);
    const fresh: Statement[] = [];
    for (const s of candidates) {
      if (stored.has(s.id)) continue;
      stored.add(s.id);
      fresh.push(s);
    }
    if (fresh.length === 0) return 0;
    // `statements.entity` is a foreign key; a set's rows need the same check by hand.
    for (const entity of new Set(fresh.map((s) => s.entity))) {
      if (!this.db.get('SELECT 1 FROM entities WHERE id = ?', [entity])) {
        throw new StoreError(
          `query failed: FOREIGN KEY constraint failed (candidate about ${entity}, which is not stored)`,
          'query_failed',
          { sql: 'INSERT INTO candidate_sets', params: [source, entity] },
        );
      }
    }
    for (const list of groupIntoSets(fresh)) {
      const first = list[0] as Statement;
      const set = this.db.exec(
        `INSERT INTO candidate_sets (${SET_COLUMNS.join(', ')}, statements)
         VALUES (${SET_COLUMNS.map(() => '?').join(', ')}, ?)`,
        [...SET_FIELDS.map((field) => field(first)), JSON.stringify(list.map(candidateElement))],
      ).lastInsertRowid;
      const refs = new Set<string>();
      for (const s of list) {
        refs.add(s.entity);
        if (s.value.type === 'ref') refs.add(s.value.id);
      }
      this.db.exec('INSERT INTO candidate_ids (set_id, size, ids, refs) VALUES (?, ?, ?, ?)', [
        set,
        list.length,
        `\n${list.map((s) => s.id).join('\n')}\n`,
        JSON.stringify([...refs]),
      ]);
    }
    return fresh.length;
  }

  /** The candidate with this id, or undefined. */
  find(id: string): CandidateRow | undefined {
    return this.db.get<CandidateRow>(
      `SELECT * FROM (${candidateRowsSql('cs.id IN (SELECT set_id FROM candidate_ids WHERE instr(ids, ?) > 0)')}) WHERE id = ?`,
      [idKey(id), id],
    );
  }

  /** Takes a candidate out of its set (review moves it to `statements`); an emptied set goes. */
  remove(found: CandidateRow): void {
    this.db.exec('UPDATE candidate_sets SET statements = json_remove(statements, ?) WHERE id = ?', [
      `$[${found.position}]`,
      found.set_id,
    ]);
    this.db.exec(`UPDATE candidate_ids SET size = size - 1, ids = replace(ids, ?, char(10)) WHERE set_id = ?`, [
      idKey(found.id),
      found.set_id,
    ]);
    this.db.exec('DELETE FROM candidate_sets WHERE id = ? AND json_array_length(statements) = 0', [found.set_id]);
    this.db.exec('DELETE FROM candidate_ids WHERE set_id = ? AND size = 0', [found.set_id]);
  }

  /** A page of the queue ({@link Store.listCandidates}): whole sources are skipped by their sizes, not read. */
  page(filter: CandidateFilter): CandidateRow[] {
    const limit = clampLimit(filter.limit);
    let skip = Math.max(0, Math.floor(filter.offset ?? 0));
    const sources = filter.source
      ? [{ source: filter.source, size: Number.POSITIVE_INFINITY }]
      : this.db.all<{ source: string; size: number }>(
          `SELECT cs.source AS source, sum(ci.size) AS size FROM candidate_sets cs
           JOIN candidate_ids ci ON ci.set_id = cs.id GROUP BY cs.source ORDER BY cs.source`,
        );
    const rows: CandidateRow[] = [];
    for (const { source, size } of sources) {
      if (rows.length >= limit) break;
      if (skip >= size) {
        skip -= size;
        continue;
      }
      rows.push(
        ...this.db.all<CandidateRow>(
          `SELECT * FROM (${candidateRowsSql('cs.source = ?')}) ORDER BY coalesce(loc_start, -1), id LIMIT ? OFFSET ?`,
          [source, limit - rows.length, skip],
        ),
      );
      skip = 0;
    }
    return rows;
  }

  /** How many candidates are stored. */
  count(): number {
    return this.db.get<{ n: number }>('SELECT coalesce(sum(size), 0) AS n FROM candidate_ids')?.n ?? 0;
  }
}
