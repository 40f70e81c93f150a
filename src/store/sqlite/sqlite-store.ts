/**
 * @module The embedded default store: better-sqlite3 with WAL, FTS5 search ranked by bm25.
 * better-sqlite3 is synchronous; the async Store methods wrap it, and a promise-chain mutex
 * keeps one transaction's writes from interleaving with another caller's.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { Entity, Role, Statement, StatementStatus } from '../../domain/index.js';
import { canSee, sha256 } from '../../domain/index.js';
import { nameRedactions, redact, type Redactions } from '../redact.js';
import { buildSearchDocuments, toFtsQuery, splitSnippet, HIT_OPEN, HIT_CLOSE } from '../search-documents.js';
import type {
  CandidateFilter,
  DumpRecord,
  EntityFilter,
  EntityValue,
  ReviewDecision,
  SearchHit,
  SearchOptions,
  StatementFilter,
  Store,
  StoreCounts,
  ValueFilter,
} from '../types.js';
import { StoreError } from '../types.js';
import { CandidateSets, candidateRowsSql, SETS_THAT_MAY_HIDE, withCandidatesSql } from './candidates.js';
import { Checkpointer } from './checkpointer.js';
import { MIGRATIONS } from './migrations.js';
import {
  entityParams,
  rowToEntity,
  rowToStatement,
  statementValues,
  STATEMENT_COLUMNS,
  rowToEntityValue,
  type EntityRow,
  type StatementRow,
  clampLimit,
  rowToReview,
  type ReviewRow,
} from '../rows.js';

export interface SqliteStoreOptions {
  /** File path, or `:memory:`. */
  readonly path: string;
  readonly readonly?: boolean;
  /**
   * Who copies the write-ahead log into the database file: the writing connection itself as it commits
   * (`inline`, the default), or a connection on a thread of its own (`background`, for bulk writes such
   * as ingestion: the writer does not wait for the copy and its fsync; see `checkpointer.ts`).
   */
  readonly checkpoints?: 'inline' | 'background';
}

/**
 * What a public reader may see of a statement `s` about entity `e`: neither restricted statements,
 * nor statements about, pointing at, or citing restricted entities.
 */
const PUBLIC_STATEMENT = `(s.sensitivity = 'public' AND e.sensitivity = 'public'
  AND NOT EXISTS (SELECT 1 FROM entities r WHERE r.id IN (s.value_ref, s.source) AND r.sensitivity = 'restricted'))`;

/**
 * What a public reader may read of statement `s`: reviewed ones only, since candidates are unreviewed
 * machine proposals that may name people at risk, and only public ones. (Redaction masks the spans of
 * `HIDDEN_STATEMENT`, candidates included.)
 */
const PUBLIC_READ = `(s.status <> 'candidate' AND ${PUBLIC_STATEMENT})`;

/**
 * `NOT PUBLIC_STATEMENT` for a statement `s`, without joining its entity: the restricted ids are read
 * once per query, so each row costs lookups in that small set instead of three in `entities`.
 */
const HIDDEN_STATEMENT = `(s.sensitivity = 'restricted'
  OR s.entity IN (SELECT id FROM entities WHERE sensitivity = 'restricted')
  OR s.value_ref IN (SELECT id FROM entities WHERE sensitivity = 'restricted')
  OR s.source IN (SELECT id FROM entities WHERE sensitivity = 'restricted'))`;

const INSERT_STATEMENT = `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')})
  VALUES (${STATEMENT_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT(id) DO NOTHING`;

/** What redaction reads of a statement: its span and what `HIDDEN_STATEMENT` asks. */
const SPAN_COLUMNS = ['loc_sha256', 'loc_start', 'loc_end', 'sensitivity', 'entity', 'value_ref', 'source'] as const;

/** The partial indexes' condition, repeated so SQLite uses them (it does not derive it from `status IN (…)`). */
const reviewed = (table: string): string => `${table}.status <> 'candidate'`;
const DEFAULT_STATUSES: readonly StatementStatus[] = ['accepted', 'disputed'];

/** The SQLite implementation of {@link Store}. */
export class SqliteStore implements Store {
  readonly description: string;
  private readonly db: Database.Database;
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private lock: Promise<unknown> = Promise.resolve();
  /** Texts the open transaction stored: re-indexing their sources reads them from here, not back from disk. */
  private readonly written = new Map<string, string>();
  private readonly checkpointer: Checkpointer | undefined;
  /** Candidate statements: only roles that may see restricted records read them (ADR 0004). */
  private readonly candidates = new CandidateSets({
    all: (sql, params) => this.all(sql, params),
    get: (sql, params) => this.get(sql, params),
    exec: (sql, params) => this.exec(sql, params),
  });

  constructor(options: SqliteStoreOptions) {
    this.description = `sqlite:${options.path}`;
    try {
      this.db = new Database(options.path, { readonly: options.readonly ?? false });
    } catch (cause) {
      throw new StoreError(`cannot open SQLite database ${options.path}`, 'query_failed', { cause });
    }
    // A new database gets 16 KiB pages: ingestion appends several candidate rows per KB of text, and
    // larger pages cut inserts by about a tenth (bench/ingest.ts). Only settable before the first table.
    if (!options.readonly && this.db.pragma('page_count', { simple: true }) === 0) this.db.pragma('page_size = 16384');
    if (options.path !== ':memory:' && !options.readonly) this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('foreign_keys = ON');
    if (!options.readonly) this.migrate();
    if (options.checkpoints === 'background' && options.path !== ':memory:' && !options.readonly) {
      this.db.pragma('wal_autocheckpoint = 0');
      // Should the thread fail, this connection checkpoints as it commits again (SQLite's default).
      this.checkpointer = new Checkpointer(options.path, () => {
        if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
      });
    }
  }

  /** @internal Applies pending migrations in one transaction each. */
  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.pragma(`user_version = ${m.version}`);
      })();
    }
  }

  /** Schema version applied, for diagnostics and tests. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Prepared statements by SQL text: preparing costs several times more than running a small insert. */
  private readonly prepared = new Map<string, Database.Statement>();

  private prepare(sql: string): Database.Statement {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  private run<T>(sql: string, params: unknown[] | Record<string, unknown>, fn: (stmt: Database.Statement) => T): T {
    try {
      return fn(this.prepare(sql));
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new StoreError(`query failed: ${message}`, 'query_failed', { cause, sql, params });
    }
  }

  private all<T>(sql: string, params: unknown[] = []): T[] {
    return this.run(sql, params, (s) => s.all(...params) as T[]);
  }

  private get<T>(sql: string, params: unknown[] = []): T | undefined {
    return this.run(sql, params, (s) => s.get(...params) as T | undefined);
  }

  private exec(sql: string, params: unknown[] | Record<string, unknown> = []): Database.RunResult {
    return this.run(sql, params, (s) => (Array.isArray(params) ? s.run(...params) : s.run(params)));
  }

  /** Runs `fn` in a transaction of its own, or a savepoint inside the open one. */
  private atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Serializes writers: inside a transaction runs at once, otherwise waits for the lock. */
  private async write<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return fn();
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      return await fn();
    } finally {
      release();
    }
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction.getStore()) return fn(this);
    return this.write(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await this.inTransaction.run(true, () => fn(this));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.restricted = null;
        throw error;
      } finally {
        this.written.clear();
      }
    });
  }

  async putEntity(entity: Entity): Promise<void> {
    // Names to mask change only with curated (non-candidate) restricted entities, or one that was.
    if (
      (entity.sensitivity === 'restricted' && entity.status !== 'candidate') ||
      this.restricted?.names.names.includes(entity.name)
    )
      this.restricted = null;
    await this.write(() =>
      this.exec(
        `INSERT INTO entities (id, kind, name, aliases, sensitivity, status, source_meta)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, name=excluded.name, aliases=excluded.aliases,
           sensitivity=excluded.sensitivity, status=excluded.status, source_meta=excluded.source_meta`,
        entityParams(entity),
      ),
    );
  }

  async putStatement(statement: Statement): Promise<boolean> {
    return (await this.putStatements([statement])) === 1;
  }

  async putStatements(statements: readonly Statement[]): Promise<number> {
    // Atomic even outside a transaction: a candidate set and its ids row go in together.
    return this.write(() =>
      this.atomically(() => {
        let inserted = 0;
        const candidates = new Map<string, Statement[]>();
        for (const s of statements) {
          if (s.status === 'candidate') {
            const list = candidates.get(s.source);
            if (list) list.push(s);
            else candidates.set(s.source, [s]);
          } else if (!this.candidates.holds(s.id, s.source)) {
            inserted += this.exec(INSERT_STATEMENT, statementValues(s)).changes;
          }
        }
        for (const [source, list] of candidates) inserted += this.candidates.insert(source, list);
        return inserted;
      }),
    );
  }

  async putSourceText(text: string): Promise<string> {
    const hash = sha256(text);
    if (this.inTransaction.getStore()) this.written.set(hash, text);
    await this.write(() =>
      this.exec('INSERT INTO source_texts (sha256, text) VALUES (?, ?) ON CONFLICT DO NOTHING', [hash, text]),
    );
    return hash;
  }

  async recordReview(
    decision: ReviewDecision,
    status: StatementStatus,
    rank?: Statement['rank'],
    sensitivity?: Statement['sensitivity'],
  ): Promise<void> {
    // Atomic even outside a transaction: a reviewed candidate leaves its set and enters `statements` at once.
    await this.write(() =>
      this.atomically(() => {
        const changed = this.exec(
          'UPDATE statements SET status = ?, rank = COALESCE(?, rank), sensitivity = COALESCE(?, sensitivity) WHERE id = ?',
          [status, rank ?? null, sensitivity ?? null, decision.statement],
        );
        if (changed.changes === 0) {
          // A candidate: reviewed, it becomes a row of `statements` under the same id.
          const found = this.candidates.find(decision.statement);
          if (!found) throw new StoreError(`no statement ${decision.statement}`, 'not_found');
          this.candidates.remove(found);
          const reviewed: Statement = {
            ...rowToStatement(found),
            status,
            rank: rank ?? found.rank,
            sensitivity: sensitivity ?? found.sensitivity,
          };
          this.exec(INSERT_STATEMENT, statementValues(reviewed));
        }
        this.insertReview(decision);
      }),
    );
  }

  async appendReview(decision: ReviewDecision): Promise<void> {
    await this.write(() => this.insertReview(decision));
  }

  private insertReview(d: ReviewDecision): void {
    this.exec('INSERT INTO reviews (statement, action, by, at, why, replacement) VALUES (?, ?, ?, ?, ?, ?)', [
      d.statement,
      d.action,
      d.by,
      d.at,
      d.why,
      d.replacement ?? null,
    ]);
  }

  async reindex(entityIds?: readonly string[]): Promise<void> {
    await this.write(() => {
      const ids = entityIds ?? this.all<{ id: string }>('SELECT id FROM entities ORDER BY id').map((r) => r.id);
      const removeRows = this.prepare(
        'DELETE FROM search WHERE rowid IN (SELECT row FROM search_rows WHERE entity = ?)',
      );
      const unmap = this.prepare('DELETE FROM search_rows WHERE entity = ?');
      const insert = this.prepare('INSERT INTO search (title, body, entity, kind, sensitivity) VALUES (?, ?, ?, ?, ?)');
      const map = this.prepare('INSERT INTO search_rows (row, entity) VALUES (?, ?)');
      const known = new Map<string, { name: string; restricted: boolean }>();
      const lookup = (id: string): { name: string; restricted: boolean } => {
        let n = known.get(id);
        if (n === undefined) {
          const r = this.get<{ name: string; sensitivity: string }>(
            'SELECT name, sensitivity FROM entities WHERE id = ?',
            [id],
          );
          n = { name: r?.name ?? id, restricted: r?.sensitivity === 'restricted' };
          known.set(id, n);
        }
        return n;
      };
      const nameOf = (id: string): string => lookup(id).name;
      const isRestricted = (id: string): boolean => lookup(id).restricted;
      const texts = new Map<string, string | null>();
      const textOf = (hash: string): string | null => {
        if (!texts.has(hash)) {
          texts.set(
            hash,
            // The index serves every role from one row per document: it holds what the public may read.
            ((text) => (text === null ? null : this.redacted(hash, text)))(
              this.written.get(hash) ?? this.rawText(hash),
            ),
          );
        }
        return texts.get(hash) ?? null;
      };
      const run = this.db.transaction((batch: readonly string[]) => {
        for (const id of batch) {
          removeRows.run(id);
          unmap.run(id);
          const row = this.get<EntityRow>('SELECT * FROM entities WHERE id = ?', [id]);
          if (!row) continue;
          const entity = rowToEntity(row);
          const statements = this.all<StatementRow>(
            `SELECT * FROM statements WHERE entity = ? AND status IN ('accepted','disputed') AND ${reviewed('statements')} ORDER BY id`,
            [id],
          ).map(rowToStatement);
          const sourceText = entity.source?.sha256 ? textOf(entity.source.sha256) : null;
          for (const doc of buildSearchDocuments(entity, statements, { nameOf, isRestricted, textOf, sourceText })) {
            map.run(insert.run(doc.title, doc.body, id, entity.kind, doc.sensitivity).lastInsertRowid, id);
          }
        }
      });
      if (this.db.inTransaction) run.default(ids);
      else run(ids);
    });
  }

  getEntity(id: string, role: Role): Promise<Entity | null> {
    const row = this.get<EntityRow>('SELECT * FROM entities WHERE id = ?', [id]);
    if (!row || !canSee(role, row.sensitivity)) return Promise.resolve(null);
    return Promise.resolve(rowToEntity(row));
  }

  listEntities(filter: EntityFilter, role: Role): Promise<Entity[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (!filter.includeCandidates) where.push('status IS NULL');
    if (!canSee(role, 'restricted')) where.push(`sensitivity = 'public'`);
    const sql = `SELECT * FROM entities ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id LIMIT ? OFFSET ?`;
    params.push(clampLimit(filter.limit), filter.offset ?? 0);
    return Promise.resolve(this.all<EntityRow>(sql, params).map(rowToEntity));
  }

  getStatement(id: string, role: Role): Promise<Statement | null> {
    const seeAll = canSee(role, 'restricted');
    const row = this.get<StatementRow>(
      `SELECT s.* FROM statements s JOIN entities e ON e.id = s.entity WHERE s.id = ? ${seeAll ? '' : `AND ${PUBLIC_READ}`}`,
      [id],
    );
    if (row) return Promise.resolve(rowToStatement(row));
    const candidate = seeAll ? this.candidates.find(id) : undefined;
    return Promise.resolve(candidate ? rowToStatement(candidate) : null);
  }

  /**
   * The relation (`statements`, or statements and candidates), WHERE terms (over it as `s`, joined
   * with `entities e`) and parameters of a statement filter, as a role sees it.
   */
  private statementWhere(filter: StatementFilter, role: Role): { from: string; where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const inList = (column: string, values: readonly string[]): void => {
      where.push(`${column} IN (${values.map(() => '?').join(',')})`);
      params.push(...values);
    };
    if (filter.entity) inList('s.entity', [filter.entity]);
    const properties = typeof filter.property === 'string' ? [filter.property] : filter.property;
    if (properties) inList('s.property', properties);
    if (filter.ref) inList('s.value_ref', [filter.ref]);
    if (filter.source) inList('s.source', [filter.source]);
    const statuses =
      filter.status === undefined
        ? DEFAULT_STATUSES
        : typeof filter.status === 'string'
          ? [filter.status]
          : filter.status;
    inList('s.status', statuses);
    const seeAll = canSee(role, 'restricted');
    // Lets the planner use the partial indexes by entity and reference (migration 4).
    if (!statuses.includes('candidate')) where.push(reviewed('s'));
    if (!seeAll) {
      // A public reader sees neither restricted statements nor statements about, or pointing at, restricted entities.
      where.push(PUBLIC_READ);
    }
    if (!seeAll || !statuses.includes('candidate')) return { from: 'statements', where, params };
    // Candidates, only for roles that may see restricted records, from the sets of the source and
    // properties the filter names (both indexed), or all.
    const sets: string[] = [];
    const setParams: unknown[] = [];
    if (filter.source) {
      sets.push('cs.source = ?');
      setParams.push(filter.source);
    }
    if (properties) {
      sets.push(`cs.property IN (${properties.map(() => '?').join(',')})`);
      setParams.push(...properties);
    }
    const from = withCandidatesSql('1', sets.length ? sets.join(' AND ') : '1');
    return { from, where, params: [...setParams, ...params] };
  }

  listStatements(filter: StatementFilter, role: Role): Promise<Statement[]> {
    const { from, where, params } = this.statementWhere(filter, role);
    // The page is chosen by sorting keys only, then its rows are read: every page sorts all matches,
    // and sorting whole rows made paging through a large queue several times slower.
    const sql =
      from !== 'statements'
        ? `SELECT s.* FROM ${from} s JOIN entities e ON e.id = s.entity
         WHERE ${where.join(' AND ')} ORDER BY s.entity, s.property, s.id LIMIT ? OFFSET ?`
        : `SELECT s.* FROM (SELECT s.rowid AS row FROM statements s JOIN entities e ON e.id = s.entity
         WHERE ${where.join(' AND ')} ORDER BY s.entity, s.property, s.id LIMIT ? OFFSET ?) page
         JOIN statements s ON s.rowid = page.row ORDER BY s.entity, s.property, s.id`;
    params.push(clampLimit(filter.limit), filter.offset ?? 0);
    return Promise.resolve(this.all<StatementRow>(sql, params).map(rowToStatement));
  }

  listValues(filter: ValueFilter, role: Role): Promise<EntityValue[]> {
    const { from, where, params } = this.statementWhere(filter, role);
    const rows = this.all<{ entity: string; property: string; value: string }>(
      `SELECT DISTINCT s.entity, s.property, s.value FROM ${from} s JOIN entities e ON e.id = s.entity
       WHERE ${where.join(' AND ')} ORDER BY s.entity, s.property, s.value LIMIT ? OFFSET ?`,
      [...params, clampLimit(filter.limit), filter.offset ?? 0],
    );
    return Promise.resolve(rows.map(rowToEntityValue));
  }

  listCandidates(filter: CandidateFilter, role: Role): Promise<Statement[]> {
    if (!canSee(role, 'restricted')) return Promise.resolve([]);
    return Promise.resolve(this.candidates.page(filter).map(rowToStatement));
  }

  getSourceText(hash: string, role: Role): Promise<string | null> {
    if (canSee(role, 'restricted')) return Promise.resolve(this.rawText(hash));
    if (!this.publicSourceHas(hash)) return Promise.resolve(null);
    const text = this.rawText(hash);
    return Promise.resolve(text === null ? null : this.redacted(hash, text));
  }

  private rawText(hash: string): string | null {
    return this.get<{ text: string }>('SELECT text FROM source_texts WHERE sha256 = ?', [hash])?.text ?? null;
  }

  /** The text as a role that may not see restricted records reads it (see `redact`). */
  private redacted(hash: string, text: string): string {
    // Through the sources that hold this text, candidates included: both steps use an index.
    const sources = `IN (SELECT id FROM entities WHERE kind = 'source' AND source_meta ->> '$.sha256' = ?)`;
    const from = withCandidatesSql(
      `source ${sources}`,
      `cs.source ${sources} AND cs.loc_sha256 = ? AND ${SETS_THAT_MAY_HIDE}`,
      SPAN_COLUMNS,
    );
    const spans = this.all<{ start: number; end: number }>(
      `SELECT s.loc_start AS start, s.loc_end AS end FROM ${from} s
       WHERE s.loc_sha256 = ? AND s.loc_start IS NOT NULL AND ${HIDDEN_STATEMENT}`,
      [hash, hash, hash, hash],
    );
    return redact(text, { spans, ...this.restrictedNames() });
  }

  private restricted: { version: number; names: Pick<Redactions, 'names' | 'keep'> } | null = null;

  /** Restricted names and the public names holding them; cached until this or another connection changes entities. */
  private restrictedNames(): Pick<Redactions, 'names' | 'keep'> {
    // A prepared PRAGMA, not db.pragma(): it may run while dump() iterates another statement.
    const version = this.get<{ data_version: number }>('PRAGMA data_version')?.data_version ?? 0;
    if (this.restricted?.version !== version) {
      // Candidate entities' names are proposals: the restricted candidate statements naming them
      // are masked as spans, in the documents they come from.
      const rows = this.all<{ name: string; aliases: string; sensitivity: string }>(
        `SELECT name, aliases, sensitivity FROM entities WHERE status IS NULL`,
      );
      const names = nameRedactions(
        rows.map((r) => ({
          names: [r.name, ...(JSON.parse(r.aliases) as string[])],
          restricted: r.sensitivity === 'restricted',
        })),
      );
      this.restricted = { version, names };
    }
    return this.restricted.names;
  }

  /** True when a public source entity points at this text. */
  private publicSourceHas(hash: string): boolean {
    return (
      this.get<{ one: number }>(
        `SELECT 1 AS one FROM entities WHERE kind = 'source' AND sensitivity = 'public' AND source_meta ->> '$.sha256' = ?`,
        [hash],
      ) !== undefined
    );
  }

  listReviews(statement?: string): Promise<ReviewDecision[]> {
    const rows = statement
      ? this.all<ReviewRow>('SELECT * FROM reviews WHERE statement = ? ORDER BY seq', [statement])
      : this.all<ReviewRow>('SELECT * FROM reviews ORDER BY seq');
    return Promise.resolve(rows.map(rowToReview));
  }

  search(query: string, options: SearchOptions, role: Role): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return Promise.resolve([]);
    const where = ['search MATCH ?'];
    const params: unknown[] = [fts];
    if (!canSee(role, 'restricted')) where.push(`sensitivity = 'public'`);
    if (options.kind) {
      const kinds = typeof options.kind === 'string' ? [options.kind] : options.kind;
      where.push(`kind IN (${kinds.map(() => '?').join(',')})`);
      params.push(...kinds);
    }
    // A researcher may match both the public and the restricted row of one entity: keep the better.
    const sql = `SELECT entity, kind, title, score, snip FROM (
        SELECT *, ROW_NUMBER() OVER (PARTITION BY entity ORDER BY score) AS n FROM (
          SELECT entity, kind, title, bm25(search, 5.0, 1.0) AS score,
            snippet(search, 1, '${HIT_OPEN}', '${HIT_CLOSE}', ' … ', 24) AS snip
          FROM search WHERE ${where.join(' AND ')}))
      WHERE n = 1 ORDER BY score, entity LIMIT ? OFFSET ?`;
    params.push(clampLimit(options.limit ?? 20), options.offset ?? 0);
    const rows = this.all<{ entity: string; kind: Entity['kind']; title: string; score: number; snip: string }>(
      sql,
      params,
    );
    return Promise.resolve(
      rows.map((r) => ({
        entity: r.entity,
        kind: r.kind,
        name: r.title.split('\n')[0] ?? r.entity,
        snippet: splitSnippet(r.snip),
        score: -r.score,
      })),
    );
  }

  counts(role: Role): Promise<StoreCounts> {
    const pub = canSee(role, 'restricted') ? '' : `WHERE sensitivity = 'public'`;
    const entities = Object.fromEntries(
      this.all<{ kind: string; n: number }>(
        `SELECT kind, count(*) AS n FROM entities ${pub} GROUP BY kind ORDER BY kind`,
      ).map((r) => [r.kind, r.n]),
    );
    const statements = Object.fromEntries(
      this.all<{ status: string; n: number }>(
        // The same visibility as listStatements: a count must not reveal statements the role cannot list.
        `SELECT s.status, count(*) AS n FROM statements s JOIN entities e ON e.id = s.entity
         ${pub ? `WHERE ${PUBLIC_READ}` : ''} GROUP BY s.status ORDER BY s.status`,
      ).map((r) => [r.status, r.n]),
    );
    const candidates = pub ? 0 : this.candidates.count();
    if (candidates > 0) statements.candidate = candidates;
    const sourceTexts = this.get<{ n: number }>('SELECT count(*) AS n FROM source_texts')?.n ?? 0;
    return Promise.resolve({ entities, statements, sourceTexts });
  }

  async *dump(role: Role): AsyncIterable<DumpRecord> {
    const seeAll = canSee(role, 'restricted');
    for (const row of this.db.prepare('SELECT * FROM entities ORDER BY id').iterate() as Iterable<EntityRow>) {
      if (seeAll || row.sensitivity === 'public') yield { type: 'entity', entity: rowToEntity(row) };
    }
    const visible = seeAll ? '' : `AND ${PUBLIC_READ}`;
    const statements = this.db.prepare(
      `SELECT s.* FROM statements s JOIN entities e ON e.id = s.entity WHERE 1=1 ${visible} ORDER BY s.id`,
    );
    for (const row of statements.iterate() as Iterable<StatementRow>)
      yield { type: 'statement', statement: rowToStatement(row) };
    if (seeAll) {
      const candidates = this.db.prepare(`${candidateRowsSql('1')} ORDER BY cs.id, j.key`);
      for (const row of candidates.iterate() as Iterable<StatementRow>)
        yield { type: 'statement', statement: rowToStatement(row) };
    }
    for (const row of this.db.prepare('SELECT sha256, text FROM source_texts ORDER BY sha256').iterate() as Iterable<{
      sha256: string;
      text: string;
    }>) {
      // A public export leaves out texts with anything to redact: a masked text would not match its hash.
      if (seeAll || (this.publicSourceHas(row.sha256) && this.redacted(row.sha256, row.text) === row.text))
        yield { type: 'source_text', sha256: row.sha256, text: row.text };
    }
    if (seeAll) {
      for (const row of this.db.prepare('SELECT * FROM reviews ORDER BY seq').iterate() as Iterable<ReviewRow>) {
        yield { type: 'review', review: rowToReview(row) };
      }
    }
  }

  async close(): Promise<void> {
    // The thread's connection closes first, so closing this last one checkpoints what is left.
    await this.checkpointer?.stop();
    this.db.close();
  }
}
