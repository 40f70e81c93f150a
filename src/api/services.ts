/**
 * @module The services behind the routes that change the record or compute briefs: review,
 * ingestion and assessment. The API depends on these small interfaces, not on the modules'
 * internals; `defaultServices` binds them to `src/review`, `src/ingest` and `src/assess`, and
 * tests pass their own.
 */
import { assess, parseProfile, renderBrief, type Brief } from '../assess/index.js';
import type { Role } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { ingestFiles } from '../ingest/index.js';
import type { StatementView } from '../query/index.js';
import {
  acceptCandidate,
  editCandidate,
  listCandidates,
  rejectCandidate,
  type ReviewActor,
  type ReviewEdit,
  type ReviewOutcome,
} from '../review/index.js';
import type { Store } from '../store/index.js';

/** Re-exported for the routes and tests. */
export type { ReviewActor, ReviewEdit, ReviewOutcome };

/** The review queue as the routes use it. */
export interface ReviewService {
  /** Candidate statements with their evidence, paged; with `source`, only that document's, in reading order. */
  list(
    store: Store,
    role: Role,
    page: { limit: number; offset: number; source?: string },
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
  /** The source entity the document was stored as (or already was). */
  readonly source?: string;
  readonly error?: string;
}

/** What a finished ingestion reports, as `longarm ingest --json` does. */
export interface IngestSummary {
  readonly documents: number;
  readonly duplicates: number;
  readonly candidates: number;
  readonly errors: number;
}

/** Ingests saved files into the store, reporting progress per file. */
export interface IngestService {
  ingest(
    store: Store,
    files: readonly IngestFile[],
    onProgress: (progress: IngestProgress) => void,
    /** `restricted`: a confidential batch, stored restricted (sources, texts, statements). */
    options?: { readonly restricted?: boolean },
  ): Promise<IngestSummary>;
}

/** A screening request (POST /api/assess). */
export interface AssessRequest {
  readonly host: string;
  readonly requesting: string;
  readonly profile?: Readonly<Record<string, unknown>>;
  readonly asOf?: string;
}

/** Computes screening briefs and renders them for people. */
export interface AssessService {
  /** The brief, as JSON-ready data. */
  assess(store: Store, request: AssessRequest, role: Role): Promise<unknown>;
  /** Renders a brief this service returned as Markdown or HTML. */
  render(brief: unknown, format: 'md' | 'html'): string;
}

/** Everything the routes call besides the store and the query functions. */
export interface Services {
  readonly review: ReviewService;
  readonly ingest: IngestService;
  readonly assess: AssessService;
}

/** Review by the functions in `src/review` (every decision logged with who, when and why). */
export const MODULE_REVIEW: ReviewService = {
  list: (store, role, page) => listCandidates(store, role, page),
  accept: acceptCandidate,
  reject: rejectCandidate,
  edit: editCandidate,
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
  async ingest(store, files, onProgress, options = {}) {
    const names = new Map(files.map((f) => [f.path, f.name]));
    const report = await ingestFiles(
      store,
      files.map((f) => f.path),
      {
        restricted: options.restricted === true,
        // In a worker, reading and extraction leave the server's event loop free, and a file stuck
        // in a synchronous loop stops that worker (after twice the time limit), not the server.
        workers: 1,
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
  return { review: MODULE_REVIEW, ingest: PIPELINE_INGEST, assess: ENGINE_ASSESS };
}
