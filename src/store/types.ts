/**
 * @module The Store interface: one contract for the embedded SQLite store and the PostgreSQL
 * store. Every read takes the caller's role and never returns a `restricted` record to a role
 * that may not see it; callers need not filter again.
 */
import type { Entity, EntityKind, Role, Statement, StatementStatus, Value } from '../domain/index.js';

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}

export interface EntityFilter extends Page {
  readonly kind?: EntityKind;
  /** Include entities proposed by ingestion (`status: 'candidate'`). Default false. */
  readonly includeCandidates?: boolean;
}

export interface StatementFilter extends Page {
  readonly entity?: string;
  readonly property?: string | readonly string[];
  /** Statements whose value is a reference to this entity. */
  readonly ref?: string;
  readonly source?: string;
  /** Default: accepted and disputed. */
  readonly status?: StatementStatus | readonly StatementStatus[];
}

/** Which candidates {@link Store.listCandidates} lists. */
export interface CandidateFilter extends Page {
  /** Only this source's. */
  readonly source?: string;
}

/** Which statements {@link Store.listValues} reads the values of. */
export interface ValueFilter extends Page {
  readonly property: string | readonly string[];
  /** Default: accepted and disputed. */
  readonly status?: StatementStatus | readonly StatementStatus[];
}

/** A value a property has on an entity, however many statements give it. */
export interface EntityValue {
  readonly entity: string;
  readonly property: string;
  readonly value: Value;
}

export interface SearchOptions extends Page {
  readonly kind?: EntityKind | readonly EntityKind[];
}

export interface SearchHit {
  readonly entity: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Excerpt split into plain-text parts; `hit` parts matched the query. Render as text, never HTML. */
  readonly snippet: readonly SnippetPart[];
  /** Higher is better; comparable within one result list only. */
  readonly score: number;
}

export interface SnippetPart {
  readonly text: string;
  readonly hit: boolean;
}

/** A decision on a candidate statement, kept forever. */
export interface ReviewDecision {
  readonly statement: string;
  readonly action: 'accept' | 'reject' | 'edit' | 'dispute';
  readonly by: string;
  readonly at: string;
  readonly why: string;
  /** For `edit`: the id of the new statement that replaces the candidate. */
  readonly replacement?: string;
}

export interface StoreCounts {
  readonly entities: Readonly<Record<string, number>>;
  readonly statements: Readonly<Record<string, number>>;
  readonly sourceTexts: number;
}

/** Write and read operations over one database. All methods may throw `StoreError`. */
export interface Store {
  /** Human name of the backend, e.g. `sqlite:./longarm.db`. */
  readonly description: string;

  /** Runs `fn` atomically: if it throws, nothing it wrote is kept. Nested calls join the outer one. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;

  /** Inserts or replaces an entity. */
  putEntity(entity: Entity): Promise<void>;
  /** Inserts a statement; returns false when one with the same id is already stored (no change). */
  putStatement(statement: Statement): Promise<boolean>;
  /** Inserts many statements at once (already-stored ids are skipped); returns how many were new. */
  putStatements(statements: readonly Statement[]): Promise<number>;
  /** Stores a source's normalized text under its sha256 (computed here); returns the hash. */
  putSourceText(text: string): Promise<string>;
  /**
   * Changes a statement's status, rank and sensitivity in place (review). The decision is logged.
   * Sensitivity changes only when given (a candidate restricted by review stays hidden once superseded).
   */
  recordReview(
    decision: ReviewDecision,
    status: StatementStatus,
    rank?: Statement['rank'],
    sensitivity?: Statement['sensitivity'],
  ): Promise<void>;
  /** Appends a decision to the review log as it is, without touching the statement (import). */
  appendReview(decision: ReviewDecision): Promise<void>;
  /** Rebuilds the search rows of these entities (all when omitted). */
  reindex(entityIds?: readonly string[]): Promise<void>;

  getEntity(id: string, role: Role): Promise<Entity | null>;
  listEntities(filter: EntityFilter, role: Role): Promise<Entity[]>;
  getStatement(id: string, role: Role): Promise<Statement | null>;
  listStatements(filter: StatementFilter, role: Role): Promise<Statement[]>;
  /**
   * The distinct values of matching statements, ordered by entity, property and value: what an index
   * needs, without reading every statement that repeats a value (ingestion proposes many).
   */
  listValues(filter: ValueFilter, role: Role): Promise<EntityValue[]>;
  /**
   * The review queue: candidate statements grouped by source (in source id order), each source's in
   * reading order (locator start, then id). Only roles that may see restricted records see candidates.
   */
  listCandidates(filter: CandidateFilter, role: Role): Promise<Statement[]>;
  /**
   * The normalized text with this sha256, or null when the store does not hold it or no source
   * the role may see has that text.
   */
  getSourceText(sha256: string, role: Role): Promise<string | null>;
  listReviews(statement?: string): Promise<ReviewDecision[]>;
  search(query: string, options: SearchOptions, role: Role): Promise<SearchHit[]>;
  counts(role: Role): Promise<StoreCounts>;

  /** Every record in a stable order, for export; restricted ones only for roles that may see them. */
  dump(role: Role): AsyncIterable<DumpRecord>;

  close(): Promise<void>;
}

export type DumpRecord =
  | { readonly type: 'entity'; readonly entity: Entity }
  | { readonly type: 'statement'; readonly statement: Statement }
  | { readonly type: 'source_text'; readonly sha256: string; readonly text: string }
  | { readonly type: 'review'; readonly review: ReviewDecision };

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly code: 'not_found' | 'conflict' | 'invalid' | 'query_failed',
    options?: { cause?: unknown; sql?: string; params?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.sql = options?.sql;
    this.params = options?.params;
  }
  readonly sql: string | undefined;
  readonly params: unknown;
}
