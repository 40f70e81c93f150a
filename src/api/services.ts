/**
 * @module The services behind the routes that change the record or compute briefs: review,
 * ingestion and assessment. The API depends on these small interfaces, not on the modules'
 * internals; `defaultServices` binds them to `src/review`, `src/ingest` and `src/assess`, and
 * tests pass their own.
 */
import { assess, parseProfile, renderBrief, type Brief } from '../assess/index.js';
import type { Qualifiers, Role, Statement, Value } from '../domain/index.js';
import { parseValue, statementId } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { ingestFiles } from '../ingest/index.js';
import { viewStatements, type StatementView } from '../query/index.js';
import type { Store } from '../store/index.js';

/** Who decided and why; both are kept in the review log. */
export interface ReviewActor {
  readonly who: string;
  readonly why: string;
}

/** An edit: the candidate is replaced by a statement with these fields changed. */
export interface ReviewEdit extends ReviewActor {
  readonly value?: Value;
  readonly qualifiers?: Qualifiers;
}

/** The outcome of a review action. */
export interface ReviewOutcome {
  readonly statement: string;
  readonly status: Statement['status'];
  /** For edits: the statement that replaces the candidate. */
  readonly replacement?: string;
}

export interface ReviewService {
  /** Candidate statements with their evidence, oldest id first, paged. */
  list(
    store: Store,
    role: Role,
    page: { limit: number; offset: number },
  ): Promise<{ items: StatementView[]; total: number }>;
  accept(store: Store, id: string, actor: ReviewActor): Promise<ReviewOutcome>;
  reject(store: Store, id: string, actor: ReviewActor): Promise<ReviewOutcome>;
  edit(store: Store, id: string, edit: ReviewEdit): Promise<ReviewOutcome>;
}

/** One uploaded file, saved to a private temporary folder. */
export interface IngestFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
}

/** Progress of one file. */
export interface IngestProgress {
  readonly file: string;
  readonly status: 'running' | 'done' | 'duplicate' | 'failed';
  readonly stage?: string;
  readonly candidates?: number;
  readonly error?: string;
}

/** What a finished ingestion reports, as `longarm ingest --json` does. */
export interface IngestSummary {
  readonly documents: number;
  readonly duplicates: number;
  readonly candidates: number;
  readonly errors: number;
}

export interface IngestService {
  ingest(
    store: Store,
    files: readonly IngestFile[],
    onProgress: (progress: IngestProgress) => void,
  ): Promise<IngestSummary>;
}

/** A screening request (POST /api/assess). */
export interface AssessRequest {
  readonly host: string;
  readonly requesting: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly asOf?: string;
}

export interface AssessService {
  /** The brief, as JSON-ready data. */
  assess(store: Store, request: AssessRequest, role: Role): Promise<unknown>;
  /** Renders a brief this service returned as Markdown or HTML. */
  render(brief: unknown, format: 'md' | 'html'): string;
}

export interface Services {
  readonly review: ReviewService;
  readonly ingest: IngestService;
  readonly assess: AssessService;
}

async function candidate(store: Store, id: string): Promise<Statement> {
  const s = await store.getStatement(id, 'admin');
  if (!s) throw new LongarmError('not_found', `no statement ${id}`, { record: id });
  if (s.status !== 'candidate')
    throw new LongarmError('conflict', `statement ${id} is ${s.status}, not a candidate`, { record: id });
  return s;
}

/**
 * Review straight over the store: list candidates, accept, reject, and edit (a new accepted
 * statement that supersedes the candidate, which is rejected with the replacement logged).
 */
export const STORE_REVIEW: ReviewService = {
  async list(store, role, page) {
    const all = await store.listStatements({ status: 'candidate', limit: 10_000 }, role);
    const items = await viewStatements(store, all.slice(page.offset, page.offset + page.limit), role);
    return { items, total: all.length };
  },
  async accept(store, id, actor) {
    await candidate(store, id);
    await store.recordReview(
      { statement: id, action: 'accept', by: actor.who, at: new Date().toISOString(), why: actor.why },
      'accepted',
    );
    return { statement: id, status: 'accepted' };
  },
  async reject(store, id, actor) {
    await candidate(store, id);
    await store.recordReview(
      { statement: id, action: 'reject', by: actor.who, at: new Date().toISOString(), why: actor.why },
      'rejected',
    );
    return { statement: id, status: 'rejected' };
  },
  async edit(store, id, edit) {
    const old = await candidate(store, id);
    let value: Value;
    try {
      value = edit.value ? parseValue(edit.value) : old.value;
    } catch (e) {
      throw new LongarmError('invalid_input', `value: ${(e as Error).message}`, { record: 'value' });
    }
    const qualifiers = edit.qualifiers ?? old.qualifiers;
    const key = {
      entity: old.entity,
      property: old.property,
      value,
      qualifiers,
      source: old.source,
      locator: old.locator,
    };
    const replacement: Statement = {
      ...old,
      ...key,
      id: statementId({ ...key, pinpoint: old.pinpoint }),
      status: 'accepted',
      supersedes: old.id,
      recorded_at: new Date().toISOString(),
      recorded_by: edit.who,
    };
    await store.transaction(async (tx) => {
      await tx.putStatement(replacement);
      await tx.recordReview(
        {
          statement: id,
          action: 'edit',
          by: edit.who,
          at: replacement.recorded_at,
          why: edit.why,
          replacement: replacement.id,
        },
        'rejected',
      );
      await tx.reindex([old.entity]);
    });
    return { statement: id, status: 'rejected', replacement: replacement.id };
  },
};

/** Briefs the engine returned, so `render` gets them back typed without trusting its input. */
const BRIEFS = new WeakMap<object, Brief>();

/** Assessment by the engine in `src/assess`; the profile is validated there (400 naming the field). */
export const ENGINE_ASSESS: AssessService = {
  async assess(store, request, role) {
    const brief = await assess(
      store,
      {
        host: request.host,
        requesting: request.requesting,
        ...(request.profile ? { profile: parseProfile(request.profile) } : {}),
        ...(request.asOf ? { asOf: request.asOf } : {}),
      },
      role,
    );
    BRIEFS.set(brief, brief);
    return brief;
  },
  render(brief, format) {
    const typed = typeof brief === 'object' && brief !== null ? BRIEFS.get(brief) : undefined;
    if (!typed) throw new LongarmError('internal', 'render was given a brief this engine did not make');
    return renderBrief(typed, format);
  },
};

/**
 * Ingestion by the pipeline in `src/ingest`. Progress and errors name the uploaded file, never
 * the temporary path it was saved under.
 */
export const PIPELINE_INGEST: IngestService = {
  async ingest(store, files, onProgress) {
    const names = new Map(files.map((f) => [f.path, f.name]));
    const report = await ingestFiles(
      store,
      files.map((f) => f.path),
      {
        onProgress: (p) => {
          const name = names.get(p.file) ?? p.file;
          onProgress({ ...p, file: name, ...(p.error ? { error: p.error.split(p.file).join(name) } : {}) });
        },
      },
    );
    return {
      documents: report.documents,
      duplicates: report.duplicates,
      candidates: report.candidates,
      errors: report.failed,
    };
  },
};

/** The services the server uses unless told otherwise. */
export function defaultServices(): Services {
  return { review: STORE_REVIEW, ingest: PIPELINE_INGEST, assess: ENGINE_ASSESS };
}
