/**
 * @module The server store: PostgreSQL through a `pg` Pool, `tsvector` search ranked by `ts_rank`
 * with `ts_headline` snippets. It answers exactly as the SQLite store does (same role filtering,
 * same orderings), so the one contract suite runs against both.
 *
 * A transaction binds one pooled client to the async context (AsyncLocalStorage): every method
 * called inside the callback, however deeply, runs on that client, and nested calls join it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { PoolClient, QueryResult, QueryResultRow } from 'pg';
import type { Entity, Role, Statement, StatementStatus } from '../../domain/index.js';
import { canSee, sha256 } from '../../domain/index.js';
import {
  entityParams,
  rowToEntity,
  rowToStatement,
  statementParams,
  statementValues,
  STATEMENT_COLUMNS,
  rowToEntityValue,
  type EntityRow,
  type StatementRow,
  clampLimit,
  rowToReview,
  type ReviewRow,
} from '../rows.js';
import { nameRedactions, redact, type Redactions } from '../redact.js';
import {
  buildSearchDocuments,
  HIT_CLOSE,
  HIT_OPEN,
  splitSnippet,
  toFtsQuery,
  type SearchDocument,
} from '../search-documents.js';
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
import { FOLD_FROM, FOLD_TO, MIGRATIONS, MIGRATIONS_TABLE, SEARCH_CONFIG } from './migrations.js';

/** Options of {@link PostgresStore.connect}. */
export interface PostgresStoreOptions {
  /** A `postgres://` connection URL. */
  readonly url: string;
  /**
   * Keep every table in this schema (created when missing) by putting it first on the
   * `search_path`; default: the server's search_path (usually `public`). Tests use one per case.
   * Letters, digits and `_` only.
   */
  readonly schema?: string;
  /** Pool size; default 10. */
  readonly max?: number;
}

/**
 * What a public reader may see of a statement `s` about entity `e`: neither restricted statements,
 * nor statements about, pointing at, or citing restricted entities. Same text as the SQLite store's.
 */
const PUBLIC_STATEMENT = `(s.sensitivity = 'public' AND e.sensitivity = 'public'
  AND NOT EXISTS (SELECT 1 FROM entities r WHERE r.id IN (s.value_ref, s.source) AND r.sensitivity = 'restricted'))`;

/**
 * What a public reader may read of statement `s`: reviewed ones only, since candidates are unreviewed
 * machine proposals that may name people at risk, and only public ones. (Redaction masks the spans of
 * `NOT PUBLIC_STATEMENT`, candidates included.)
 */
const PUBLIC_READ = `(s.status <> 'candidate' AND ${PUBLIC_STATEMENT})`;

/** A public source entity points at source text `t`. */
const PUBLIC_SOURCE_HAS_TEXT = `EXISTS (SELECT 1 FROM entities p
  WHERE p.kind = 'source' AND p.sensitivity = 'public' AND p.source_meta ->> 'sha256' = t.sha256)`;

const DEFAULT_STATUSES: readonly StatementStatus[] = ['accepted', 'disputed'];
/** Entities re-indexed per round trip. */
const REINDEX_BATCH = 500;
/** Rows per page when dumping. */
const DUMP_PAGE = 1_000;
/**
 * ts_rank weights {D, C, B, A}: a title (A) hit counts five times a body (B) hit, as bm25(5, 1) in
 * SQLite. Small weights keep ts_rank from saturating at 1.0 (many ties); normalization 8 divides
 * by the number of unique words, so a long source text does not outrank a focused entity. Of the
 * variants tried on the bundled data set, this agreed best with SQLite's bm25 (88% of the top-5
 * hits of 20 queries).
 */
const RANK = (document: string, query: string): string =>
  `ts_rank('{0.02, 0.04, 0.04, 0.2}', ${document}, ${query}, 8)`;
/** ts_headline: one fragment of up to 24 words, like SQLite's snippet(…, 24). */
const HEADLINE_OPTIONS = `StartSel="${HIT_OPEN}", StopSel="${HIT_CLOSE}", MaxFragments=1, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
/**
 * ts_headline re-parses the whole text it is given (about 35 ms for a 300 kB source text), so a
 * long body is cut to a window of this many characters, starting a little before the first place
 * where a query word appears in lower, capitalized or upper case (or at the start when none does,
 * e.g. when only a stemmed form occurs). Plain `strpos` scans are much cheaper than `lower(body)`.
 */
const SNIPPET_WINDOW = 20_000;
const SNIPPET_LEAD = 1_000;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** @internal A client bound to a transaction; `done` once it is released. */
interface Bound {
  readonly client: PoolClient;
  done: boolean;
}

type Queryable = Pick<pg.Pool, 'query'> | Pick<PoolClient, 'query'>;

/** The PostgreSQL implementation of {@link Store}. */
export class PostgresStore implements Store {
  readonly description: string;
  private readonly pool: pg.Pool;
  private readonly bound = new AsyncLocalStorage<Bound>();

  private constructor(pool: pg.Pool, description: string) {
    this.pool = pool;
    this.description = description;
  }

  /**
   * Connects, creates the schema when `options.schema` names one, and applies pending migrations.
   * Several processes may connect at once: migrations run under an advisory lock.
   * @throws StoreError when the server cannot be reached or a migration fails.
   * @example const store = await PostgresStore.connect({ url: process.env.DATABASE_URL! });
   */
  static async connect(options: PostgresStoreOptions): Promise<PostgresStore> {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new StoreError(`invalid schema name ${JSON.stringify(options.schema)}`, 'invalid');
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client losing its connection emits 'error' on the pool; without a listener it would crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(
      pool,
      `postgres:${redactUrl(options.url)}${options.schema ? `#${options.schema}` : ''}`,
    );
    try {
      (await pool.connect()).release();
    } catch (cause) {
      await pool.end().catch(() => undefined);
      throw new StoreError(
        `cannot connect to PostgreSQL at ${redactUrl(options.url)}: ${message(cause)}`,
        'query_failed',
        { cause },
      );
    }
    try {
      await store.migrate(options.schema);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`migrating ${store.description} failed: ${message(error)}`, 'query_failed', {
        cause: error,
        ...(error instanceof StoreError ? { sql: error.sql, params: error.params } : {}),
      });
    }
    return store;
  }

  /** @internal Applies pending migrations, each in its own transaction, under an advisory lock. */
  private async migrate(schema: string | undefined): Promise<void> {
    await this.transaction(async () => {
      await this.query(`SELECT pg_advisory_xact_lock(hashtext('longarm:migrate:' || $1))`, [schema ?? '']);
      if (schema) await this.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await this.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
          version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
    });
    // Each migration in its own transaction; the lock is taken again so concurrent connects wait.
    for (const m of MIGRATIONS) {
      await this.transaction(async () => {
        await this.query(`SELECT pg_advisory_xact_lock(hashtext('longarm:migrate:' || $1))`, [schema ?? '']);
        const done = await this.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = $1`, [m.version]);
        if (done.rowCount) return;
        await this.query(m.sql);
        await this.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      });
    }
  }

  /** Highest migration version applied, for diagnostics and tests. */
  async schemaVersion(): Promise<number> {
    const r = await this.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${MIGRATIONS_TABLE}`);
    return r.rows[0]?.v ?? 0;
  }

  /** @internal The client of the current transaction, or the pool. */
  private get db(): Queryable {
    const b = this.bound.getStore();
    return b && !b.done ? b.client : this.pool;
  }

  /** @internal Runs one statement; failures become a StoreError carrying the SQL and parameters. */
  private async query<R extends QueryResultRow = QueryResultRow>(
    sql: string,
    params: readonly unknown[] = [],
    db: Queryable = this.db,
  ): Promise<QueryResult<R>> {
    try {
      return await db.query<R>(sql, params as unknown[]);
    } catch (cause) {
      throw new StoreError(`query failed: ${message(cause)}`, 'query_failed', { cause, sql, params });
    }
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    const outer = this.bound.getStore();
    if (outer && !outer.done) return fn(this);
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw new StoreError(`cannot get a PostgreSQL connection: ${message(cause)}`, 'query_failed', { cause });
    }
    const bound: Bound = { client, done: false };
    let broken: Error | undefined;
    try {
      await this.query('BEGIN', [], client);
      const result = await this.bound.run(bound, () => fn(this));
      await this.query('COMMIT', [], client);
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((e: unknown) => {
        broken = e instanceof Error ? e : new Error(String(e));
      });
      throw error;
    } finally {
      bound.done = true;
      // A client that could not even roll back is destroyed rather than returned to the pool.
      client.release(broken);
    }
  }

  async putEntity(entity: Entity): Promise<void> {
    await this.query(
      `INSERT INTO entities (id, kind, name, aliases, sensitivity, status, source_meta)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, aliases = excluded.aliases,
         sensitivity = excluded.sensitivity, status = excluded.status, source_meta = excluded.source_meta`,
      entityParams(entity),
    );
  }

  async putStatement(statement: Statement): Promise<boolean> {
    const result = await this.query(
      `INSERT INTO statements (id, entity, property, value, value_ref, qualifiers, source, loc_sha256, loc_start,
         loc_end, pinpoint, status, rank, sensitivity, confidence, supersedes, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (id) DO NOTHING`,
      statementValues(statement),
    );
    return (result.rowCount ?? 0) > 0;
  }

  async putStatements(statements: readonly Statement[]): Promise<number> {
    let inserted = 0;
    // One round trip per chunk: the rows travel as one JSON array and are unpacked server-side.
    for (let at = 0; at < statements.length; at += 1000) {
      const rows = statements.slice(at, at + 1000).map((s) => statementParams(s));
      const result = await this.query(
        `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')})
         SELECT id, entity, property, value::jsonb, value_ref, qualifiers::jsonb, source, loc_sha256, loc_start, loc_end,
           pinpoint, status, rank, sensitivity, confidence, supersedes, recorded_at, recorded_by
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, entity text, property text, value text, value_ref text,
           qualifiers text, source text, loc_sha256 text, loc_start integer, loc_end integer, pinpoint text, status text,
           rank text, sensitivity text, confidence double precision, supersedes text, recorded_at text, recorded_by text)
         ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(rows)],
      );
      inserted += result.rowCount ?? 0;
    }
    return inserted;
  }

  async putSourceText(text: string): Promise<string> {
    const hash = sha256(text);
    await this.query('INSERT INTO source_texts (sha256, text) VALUES ($1, $2) ON CONFLICT DO NOTHING', [hash, text]);
    return hash;
  }

  async recordReview(
    decision: ReviewDecision,
    status: StatementStatus,
    rank?: Statement['rank'],
    sensitivity?: Statement['sensitivity'],
  ): Promise<void> {
    await this.transaction(async () => {
      const changed = await this.query(
        'UPDATE statements SET status = $1, rank = COALESCE($2, rank), sensitivity = COALESCE($3, sensitivity) WHERE id = $4',
        [status, rank ?? null, sensitivity ?? null, decision.statement],
      );
      if (!changed.rowCount) throw new StoreError(`no statement ${decision.statement}`, 'not_found');
      await this.insertReview(decision);
    });
  }

  async appendReview(decision: ReviewDecision): Promise<void> {
    await this.insertReview(decision);
  }

  private async insertReview(d: ReviewDecision): Promise<void> {
    await this.query(
      'INSERT INTO reviews (statement, action, "by", "at", why, replacement) VALUES ($1, $2, $3, $4, $5, $6)',
      [d.statement, d.action, d.by, d.at, d.why, d.replacement ?? null],
    );
  }

  async reindex(entityIds?: readonly string[]): Promise<void> {
    await this.transaction(async () => {
      const ids =
        entityIds ?? (await this.query<{ id: string }>('SELECT id FROM entities ORDER BY id')).rows.map((r) => r.id);
      // Names and sensitivity of referenced entities are small and reused across batches.
      const known = new Map<string, { name: string; restricted: boolean }>();
      for (let i = 0; i < ids.length; i += REINDEX_BATCH) {
        await this.reindexBatch(ids.slice(i, i + REINDEX_BATCH), known);
      }
    });
  }

  /** @internal Rebuilds the search rows of one batch of entities in a handful of round trips. */
  private async reindexBatch(
    ids: readonly string[],
    known: Map<string, { name: string; restricted: boolean }>,
  ): Promise<void> {
    await this.query('DELETE FROM search WHERE entity = ANY($1::text[])', [ids]);
    const entities = (await this.query<EntityRow>('SELECT * FROM entities WHERE id = ANY($1::text[])', [ids])).rows.map(
      rowToEntity,
    );
    const statements = (
      await this.query<StatementRow>(
        `SELECT * FROM statements WHERE entity = ANY($1::text[]) AND status IN ('accepted','disputed')
         ORDER BY entity, id`,
        [ids],
      )
    ).rows.map(rowToStatement);
    const byEntity = new Map<string, Statement[]>();
    for (const s of statements) {
      const list = byEntity.get(s.entity);
      if (list) list.push(s);
      else byEntity.set(s.entity, [s]);
    }

    const referenced = new Set<string>();
    const hashes = new Set<string>();
    for (const s of statements) {
      referenced.add(s.source);
      if (s.value.type === 'ref') referenced.add(s.value.id);
      if (s.locator) hashes.add(s.locator.sha256);
    }
    for (const e of entities) if (e.source?.sha256) hashes.add(e.source.sha256);
    const missing = [...referenced].filter((id) => !known.has(id));
    if (missing.length) {
      const rows = await this.query<{ id: string; name: string; sensitivity: string }>(
        'SELECT id, name, sensitivity FROM entities WHERE id = ANY($1::text[])',
        [missing],
      );
      for (const r of rows.rows) known.set(r.id, { name: r.name, restricted: r.sensitivity === 'restricted' });
    }
    // Texts can be large: held for this batch only.
    const texts = new Map<string, string>();
    if (hashes.size) {
      const rows = await this.query<{ sha256: string; text: string }>(
        'SELECT sha256, text FROM source_texts WHERE sha256 = ANY($1::text[])',
        [[...hashes]],
      );
      // The index serves every role from one row per document: it holds what the public may read.
      const names = await this.restrictedNames();
      for (const r of rows.rows) texts.set(r.sha256, await this.redacted(r.sha256, r.text, names));
    }
    const lookup = (id: string): { name: string; restricted: boolean } =>
      known.get(id) ?? { name: id, restricted: false };
    const textOf = (hash: string): string | null => texts.get(hash) ?? null;

    const rows: { entity: string; kind: string; doc: SearchDocument }[] = [];
    for (const entity of entities) {
      const docs = buildSearchDocuments(entity, byEntity.get(entity.id) ?? [], {
        nameOf: (id) => lookup(id).name,
        isRestricted: (id) => lookup(id).restricted,
        textOf,
        sourceText: entity.source?.sha256 ? textOf(entity.source.sha256) : null,
      });
      for (const doc of docs) rows.push({ entity: entity.id, kind: entity.kind, doc });
    }
    if (!rows.length) return;
    // The folded copy is stored only where folding changes something (null otherwise).
    const folded = (text: string): string | null => {
      const f = fold(text);
      return f === text ? null : f;
    };
    await this.query(
      `INSERT INTO search (entity, kind, sensitivity, title, body, title_folded, body_folded)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        rows.map((r) => r.entity),
        rows.map((r) => r.kind),
        rows.map((r) => r.doc.sensitivity),
        rows.map((r) => r.doc.title),
        rows.map((r) => r.doc.body),
        rows.map((r) => folded(r.doc.title)),
        rows.map((r) => folded(r.doc.body)),
      ],
    );
  }

  async getEntity(id: string, role: Role): Promise<Entity | null> {
    const row = (await this.query<EntityRow>('SELECT * FROM entities WHERE id = $1', [id])).rows[0];
    if (!row || !canSee(role, row.sensitivity)) return null;
    return rowToEntity(row);
  }

  async listEntities(filter: EntityFilter, role: Role): Promise<Entity[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (filter.kind) where.push(`kind = ${param(filter.kind)}`);
    if (!filter.includeCandidates) where.push('status IS NULL');
    if (!canSee(role, 'restricted')) where.push(`sensitivity = 'public'`);
    const sql = `SELECT * FROM entities ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY id LIMIT ${param(clampLimit(filter.limit))} OFFSET ${param(clampOffset(filter.offset))}`;
    return (await this.query<EntityRow>(sql, params)).rows.map(rowToEntity);
  }

  async getStatement(id: string, role: Role): Promise<Statement | null> {
    const visible = canSee(role, 'restricted') ? '' : `AND ${PUBLIC_READ}`;
    const row = (
      await this.query<StatementRow>(
        `SELECT s.* FROM statements s JOIN entities e ON e.id = s.entity WHERE s.id = $1 ${visible}`,
        [id],
      )
    ).rows[0];
    return row ? rowToStatement(row) : null;
  }

  /**
   * The WHERE terms (over `statements s JOIN entities e`) of a statement filter, as a role sees it, with
   * `param` numbering the parameters the caller will pass.
   */
  private statementWhere(filter: StatementFilter, role: Role, param: (value: unknown) => string): string[] {
    const where: string[] = [];
    const inList = (column: string, values: readonly string[]): void => {
      where.push(`${column} = ANY(${param(values)}::text[])`);
    };
    if (filter.entity) inList('s.entity', [filter.entity]);
    if (filter.property)
      inList('s.property', typeof filter.property === 'string' ? [filter.property] : filter.property);
    if (filter.ref) inList('s.value_ref', [filter.ref]);
    if (filter.source) inList('s.source', [filter.source]);
    const statuses =
      filter.status === undefined
        ? DEFAULT_STATUSES
        : typeof filter.status === 'string'
          ? [filter.status]
          : filter.status;
    inList('s.status', statuses);
    if (!canSee(role, 'restricted')) where.push(PUBLIC_READ);
    return where;
  }

  async listStatements(filter: StatementFilter, role: Role): Promise<Statement[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = this.statementWhere(filter, role, param);
    const sql = `SELECT s.* FROM statements s JOIN entities e ON e.id = s.entity
      WHERE ${where.join(' AND ')} ORDER BY s.entity, s.property, s.id
      LIMIT ${param(clampLimit(filter.limit))} OFFSET ${param(clampOffset(filter.offset))}`;
    return (await this.query<StatementRow>(sql, params)).rows.map(rowToStatement);
  }

  async listCandidates(filter: CandidateFilter, role: Role): Promise<Statement[]> {
    if (!canSee(role, 'restricted')) return [];
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const sql = `SELECT s.* FROM statements s WHERE s.status = 'candidate'
      ${filter.source ? `AND s.source = ${param(filter.source)}` : ''}
      ORDER BY s.source, coalesce(s.loc_start, -1), s.id
      LIMIT ${param(clampLimit(filter.limit))} OFFSET ${param(clampOffset(filter.offset))}`;
    return (await this.query<StatementRow>(sql, params)).rows.map(rowToStatement);
  }

  async listValues(filter: ValueFilter, role: Role): Promise<EntityValue[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const where = this.statementWhere(filter, role, param);
    const sql = `SELECT DISTINCT s.entity, s.property, s.value FROM statements s JOIN entities e ON e.id = s.entity
      WHERE ${where.join(' AND ')} ORDER BY s.entity, s.property, s.value
      LIMIT ${param(clampLimit(filter.limit))} OFFSET ${param(clampOffset(filter.offset))}`;
    return (await this.query<{ entity: string; property: string; value: unknown }>(sql, params)).rows.map(
      rowToEntityValue,
    );
  }

  async getSourceText(hash: string, role: Role): Promise<string | null> {
    const seeAll = canSee(role, 'restricted');
    const visible = seeAll ? '' : `AND ${PUBLIC_SOURCE_HAS_TEXT}`;
    const row = (
      await this.query<{ text: string }>(`SELECT t.text FROM source_texts t WHERE t.sha256 = $1 ${visible}`, [hash])
    ).rows[0];
    if (!row) return null;
    return seeAll ? row.text : this.redacted(hash, row.text);
  }

  /**
   * The text as a role that may not see restricted records reads it (see `redact`).
   * @param names the curated names to mask, when the caller redacts several texts in one go.
   */
  private async redacted(hash: string, text: string, names?: Pick<Redactions, 'names' | 'keep'>): Promise<string> {
    const spans = (
      await this.query<{ start: number; end: number }>(
        `SELECT s.loc_start AS start, s.loc_end AS end FROM statements s JOIN entities e ON e.id = s.entity
         WHERE s.source IN (SELECT id FROM entities WHERE kind = 'source' AND source_meta ->> 'sha256' = $1)
           AND s.loc_sha256 = $1 AND s.loc_start IS NOT NULL AND NOT ${PUBLIC_STATEMENT}`,
        [hash],
      )
    ).rows;
    return redact(text, { spans, ...(names ?? (await this.restrictedNames())) });
  }

  /**
   * Curated entities' names: restricted ones are masked unless inside a public name that holds them;
   * candidates' names are masked as the spans of the restricted candidates naming them. Read on every
   * call: another process may have changed them.
   */
  private async restrictedNames(): Promise<Pick<Redactions, 'names' | 'keep'>> {
    const rows = (
      await this.query<{ name: string; aliases: string[]; sensitivity: string }>(
        `SELECT name, aliases, sensitivity FROM entities WHERE status IS NULL`,
      )
    ).rows;
    return nameRedactions(
      rows.map((r) => ({ names: [r.name, ...r.aliases], restricted: r.sensitivity === 'restricted' })),
    );
  }

  async listReviews(statement?: string): Promise<ReviewDecision[]> {
    const rows = statement
      ? await this.query<ReviewRow>('SELECT * FROM reviews WHERE statement = $1 ORDER BY seq', [statement])
      : await this.query<ReviewRow>('SELECT * FROM reviews ORDER BY seq');
    return rows.rows.map(rowToReview);
  }

  async search(query: string, options: SearchOptions, role: Role): Promise<SearchHit[]> {
    const raw = toTsQuery(query);
    if (!raw) return [];
    const tsquery = fold(raw);
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const q = param(tsquery);
    const where = [`s.document @@ to_tsquery('${SEARCH_CONFIG}', ${q})`];
    if (!canSee(role, 'restricted')) where.push(`s.sensitivity = 'public'`);
    if (options.kind) {
      const kinds = typeof options.kind === 'string' ? [options.kind] : options.kind;
      where.push(`s.kind = ANY(${param(kinds)}::text[])`);
    }
    const marks = [param(HIT_OPEN), param(HIT_CLOSE)] as const;
    // A researcher may match both the public and the restricted row of one entity: keep the better,
    // then rank and page. Only then snippets: ts_headline re-parses the text, so a long body is cut
    // to a window starting near the first place a query word occurs. ts_headline runs on the folded
    // window (so "Vucic" highlights "Vučić"); the marked fragment is found in it and mapped back
    // onto the original characters, which sit at the same offsets (see restoreSnippet).
    // The tsquery is written out where it is used (not taken from a CTE) so the planner sees a
    // constant and uses the GIN index; `OFFSET 0` keeps the window start from being computed twice.
    const tsq = `to_tsquery('${SEARCH_CONFIG}', ${q})`;
    const sql = `WITH matched AS (
        SELECT DISTINCT ON (s.entity) s.entity, s.kind, s.title, s.body, coalesce(s.body_folded, s.body) AS folded,
          ${RANK('s.document', tsq)} AS score
        FROM search s WHERE ${where.join(' AND ')}
        ORDER BY s.entity, score DESC, s.id),
      page AS (SELECT * FROM matched ORDER BY score DESC, entity
        LIMIT ${param(clampLimit(options.limit ?? 20))} OFFSET ${param(clampOffset(options.offset))}),
      windowed AS (
        SELECT p.entity, p.kind, p.title, p.score,
          substr(p.body, c.start, ${SNIPPET_WINDOW}) AS win, substr(p.folded, c.start, ${SNIPPET_WINDOW}) AS fwin
        FROM page p CROSS JOIN LATERAL (SELECT CASE WHEN octet_length(p.folded) <= ${SNIPPET_WINDOW} THEN 1
          ELSE greatest(1, coalesce(
            (SELECT min(nullif(strpos(p.folded, v), 0))
             FROM unnest(${param(queryWords(tsquery))}::text[]) w, unnest(ARRAY[w, initcap(w), upper(w)]) v),
            1) - ${SNIPPET_LEAD}) END AS start OFFSET 0) c),
      marked AS (
        SELECT w.*, ts_headline('${SEARCH_CONFIG}', w.fwin, ${tsq}, ${param(HEADLINE_OPTIONS)}) AS snip
        FROM windowed w)
      SELECT m.entity, m.kind, m.title, m.score, m.snip,
        CASE WHEN x.pos > 0 THEN substr(m.win, x.pos, length(x.plain)) END AS original
      FROM marked m
      CROSS JOIN LATERAL (SELECT replace(replace(m.snip, ${marks[0]}, ''), ${marks[1]}, '') AS plain) y
      CROSS JOIN LATERAL (SELECT y.plain, strpos(m.fwin, y.plain) AS pos) x
      ORDER BY m.score DESC, m.entity`;
    const rows = await this.query<{
      entity: string;
      kind: Entity['kind'];
      title: string;
      score: number;
      snip: string;
      original: string | null;
    }>(sql, params);
    return rows.rows.map((r) => ({
      entity: r.entity,
      kind: r.kind,
      name: r.title.split('\n')[0] ?? r.entity,
      snippet: splitSnippet(restoreSnippet(r.snip, r.original)),
      score: Number(r.score),
    }));
  }

  async counts(role: Role): Promise<StoreCounts> {
    const seeAll = canSee(role, 'restricted');
    const entities = await this.query<{ kind: string; n: string }>(
      `SELECT kind, count(*) AS n FROM entities ${seeAll ? '' : `WHERE sensitivity = 'public'`}
       GROUP BY kind ORDER BY kind`,
    );
    const statements = await this.query<{ status: string; n: string }>(
      `SELECT s.status, count(*) AS n FROM statements s JOIN entities e ON e.id = s.entity
       ${seeAll ? '' : `WHERE ${PUBLIC_READ}`} GROUP BY s.status ORDER BY s.status`,
    );
    const texts = await this.query<{ n: string }>('SELECT count(*) AS n FROM source_texts');
    return {
      entities: Object.fromEntries(entities.rows.map((r) => [r.kind, Number(r.n)])),
      statements: Object.fromEntries(statements.rows.map((r) => [r.status, Number(r.n)])),
      sourceTexts: Number(texts.rows[0]?.n ?? 0),
    };
  }

  /**
   * Pages through each table by key. Outside a transaction it reads one consistent snapshot on a
   * dedicated connection, released when the iteration ends or is abandoned.
   */
  async *dump(role: Role): AsyncIterable<DumpRecord> {
    const outer = this.bound.getStore();
    if (outer && !outer.done) {
      yield* this.dumpOn(outer.client, role);
      return;
    }
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (cause) {
      throw new StoreError(`cannot get a PostgreSQL connection: ${message(cause)}`, 'query_failed', { cause });
    }
    let open = false;
    try {
      await this.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', [], client);
      open = true;
      yield* this.dumpOn(client, role);
      await this.query('COMMIT', [], client);
      open = false;
    } finally {
      // Reached early when the consumer stops iterating (break) or a query fails.
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }

  /** @internal */
  private async *dumpOn(db: Queryable, role: Role): AsyncIterable<DumpRecord> {
    const seeAll = canSee(role, 'restricted');
    const page = async function* <R extends QueryResultRow>(
      store: PostgresStore,
      sql: (after: string) => string,
      key: (row: R) => string | number,
      first: string | number,
      size = DUMP_PAGE,
    ): AsyncIterable<R> {
      let after: string | number = first;
      for (;;) {
        const rows = (await store.query<R>(`${sql('$1')} LIMIT ${size}`, [after], db)).rows;
        yield* rows;
        const last = rows[rows.length - 1];
        if (rows.length < size || last === undefined) return;
        after = key(last);
      }
    };
    for await (const row of page<EntityRow>(
      this,
      (a) => `SELECT * FROM entities WHERE id > ${a} ${seeAll ? '' : `AND sensitivity = 'public'`} ORDER BY id`,
      (r) => r.id,
      '',
    )) {
      yield { type: 'entity', entity: rowToEntity(row) };
    }
    for await (const row of page<StatementRow>(
      this,
      (a) => `SELECT s.* FROM statements s JOIN entities e ON e.id = s.entity
        WHERE s.id > ${a} ${seeAll ? '' : `AND ${PUBLIC_READ}`} ORDER BY s.id`,
      (r) => r.id,
      '',
    )) {
      yield { type: 'statement', statement: rowToStatement(row) };
    }
    for await (const row of page<{ sha256: string; text: string }>(
      this,
      (a) => `SELECT t.sha256, t.text FROM source_texts t
        WHERE t.sha256 > ${a} ${seeAll ? '' : `AND ${PUBLIC_SOURCE_HAS_TEXT}`} ORDER BY t.sha256`,
      (r) => r.sha256,
      '',
      50,
    )) {
      // A public export leaves out texts with anything to redact: a masked text would not match its hash.
      if (seeAll || (await this.redacted(row.sha256, row.text)) === row.text)
        yield { type: 'source_text', sha256: row.sha256, text: row.text };
    }
    if (seeAll) {
      for await (const row of page<ReviewRow & { seq: string }>(
        this,
        (a) => `SELECT * FROM reviews WHERE seq > ${a}::bigint ORDER BY seq`,
        (r) => r.seq,
        0,
      )) {
        yield { type: 'review', review: rowToReview(row) };
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Turns what a person types into a `to_tsquery` expression with the same meaning as the FTS5
 * query {@link toFtsQuery} builds from it: words ANDed, "quoted phrases" as `<->` chains, `OR`,
 * and a trailing `*` as a `:*` prefix. Returns null when nothing searchable is left.
 * Only letters and digits reach the expression, so it cannot be malformed.
 * @internal Exported for tests.
 * @example toTsQuery('"extradition treaty" OR Belgr*') === "(extradition <-> treaty) | Belgr:*"
 */
export function toTsQuery(input: string): string | null {
  const fts = toFtsQuery(input);
  if (!fts) return null;
  const out: string[] = [];
  let pendingOr = false;
  for (const m of fts.matchAll(/"([^"]*)"(\*?)|(OR)/g)) {
    if (m[3] !== undefined) {
      if (out.length) pendingOr = true;
      continue;
    }
    const words = (m[1] ?? '').split(' ').filter(Boolean);
    if (!words.length) continue;
    if (m[2]) words[words.length - 1] += ':*';
    const term = words.length > 1 ? `(${words.join(' <-> ')})` : (words[0] ?? '');
    if (out.length) out.push(pendingOr ? '|' : '&');
    out.push(term);
    pendingOr = false;
  }
  return out.length ? out.join(' ') : null;
}

const FOLD = new Map([...FOLD_FROM].map((ch, i) => [ch, FOLD_TO[i] ?? ch]));

/** Folds diacritics (see FOLD_FROM): `fold('Vučić') === 'Vucic'`, same length, same offsets. */
function fold(text: string): string {
  // Every folded letter lies in these two blocks; most text has none and is returned as is.
  return text.replace(FOLDABLE, (ch) => FOLD.get(ch) ?? ch);
}
const FOLDABLE = /[\u00C0-\u024F\u1E00-\u1EFF]/g;

/**
 * Puts the original characters back into a snippet marked on folded text: `original` is the same
 * stretch of the unfolded text, one character for each unmarked one. When ts_headline changed the
 * text (it turns markup-like tags into spaces) the lengths differ, and the folded snippet is kept.
 */
function restoreSnippet(marked: string, original: string | null): string {
  if (original === null) return marked;
  const plain = marked.replaceAll(HIT_OPEN, '').replaceAll(HIT_CLOSE, '');
  if (plain.length !== original.length) return marked;
  let out = '';
  let i = 0;
  for (const ch of marked) {
    if (ch === HIT_OPEN || ch === HIT_CLOSE) out += ch;
    else {
      // Characters outside the BMP are two UTF-16 units in both strings.
      out += original.slice(i, i + ch.length);
      i += ch.length;
    }
  }
  return out;
}

/** The lower-cased words of a {@link toTsQuery} expression, to find where a long text matches. */
function queryWords(tsquery: string): string[] {
  return [...new Set((tsquery.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))];
}

function clampOffset(offset: number | undefined): number {
  return Math.max(0, Math.floor(offset ?? 0));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The URL without its password, for descriptions and messages. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
