/**
 * @module The ingestion pipeline: read → dedupe → segment and extract → resolve → store, whole
 * documents per transaction, so a crash leaves whole documents or nothing, and a rerun skips
 * what is already stored (exact duplicates by sha256 of the normalized text).
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Statement } from '../domain/index.js';
import { ERROR_CATALOGUE, LongarmError, toLongarmError, type ErrorCode } from '../errors.js';
import type { Store } from '../store/index.js';
import { Fingerprints, simhash } from './dedupe.js';
import { DocumentGroups } from './groups.js';
import { unpackStatements } from './packed.js';
import { analyse, extractAll, type AnalyseTimings } from './extractors/index.js';
import { readDocument } from './readers/index.js';
import {
  buildStatements,
  resolutionInput,
  resolveRefs,
  type ResolutionInput,
  sameResolution,
  sourceEntity,
  sourceIdFor,
  type PreparedDocument,
} from './prepare.js';
import { EntityIndex } from './resolve.js';
import { DEFAULT_LIMITS, type Candidate, type EntityRef, type ReadDocument, type ReadLimits } from './types.js';
import { outcomesInOrder, type Outcome } from './sharing.js';

/** What happened to one file. */
export interface FileResult {
  readonly file: string;
  readonly status: 'ingested' | 'duplicate' | 'failed';
  /** The source entity the document is stored as (or, for a duplicate, already was). */
  readonly source?: string;
  readonly candidates: number;
  /** For a near-duplicate: the source it copies. */
  readonly duplicateOf?: string;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Progress of one file, for progress bars and the API's job view. */
export interface FileProgress {
  readonly file: string;
  readonly status: 'running' | 'done' | 'duplicate' | 'failed';
  readonly stage?: string;
  readonly candidates?: number;
  /** Once stored (or found stored already): the source entity the document is. */
  readonly source?: string;
  readonly error?: string;
}

/** Counts and timings of a batch. `timings` are summed milliseconds per stage. */
export interface IngestReport {
  readonly documents: number;
  readonly duplicates: number;
  readonly nearDuplicates: number;
  readonly candidates: number;
  readonly failed: number;
  readonly bytes: number;
  readonly files: readonly FileResult[];
  readonly timings: Readonly<Record<string, number>>;
}

/** Options of a batch. */
export interface IngestOptions {
  readonly limits?: ReadLimits;
  /** Called as each file moves through the stages. */
  readonly onProgress?: (progress: FileProgress) => void;
  /** Clock for `recorded_at` (tests). */
  readonly now?: () => Date;
  /**
   * Worker threads that read and extract while this thread resolves and stores; 0 (default) does
   * everything on this thread. On a 2-core machine one worker beats two: the third thread only
   * competes for the cores (ADR 0005).
   */
  readonly workers?: number;
  /**
   * With workers: this thread also reads and extracts plain-text files while it waits for them
   * (`src/ingest/sharing.ts`). For the CLI; not for a server, whose event loop must stay free.
   */
  readonly shareExtraction?: boolean;
  /**
   * Confidential documents: each source (hence its text), its statements and the entities it
   * proposes are stored restricted.
   */
  readonly restricted?: boolean;
}

/** Extraction threads when nothing says otherwise: one per core but the one that stores (SQLite has one writer). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Runs segmentation and every extractor over a document (pure; may run in a worker). */
export function extractDocument(
  doc: ReadDocument,
  timings: Record<string, number> = {},
): { source: EntityRef; candidates: Candidate[] } {
  const source: EntityRef = { id: sourceIdFor(doc.sha256), kind: 'source', name: doc.meta.title ?? basename(doc.file) };
  const t: AnalyseTimings = { segment: 0, gazetteer: 0, dates: 0, quantities: 0, persons: 0 };
  const context = analyse(doc.text, source, doc.meta.published, t);
  for (const [k, v] of Object.entries(t) as [string, number][]) timings[k] = (timings[k] ?? 0) + v;
  const candidates = extractAll(context, timings);
  return { source, candidates };
}

/** A document's extraction as the pipeline consumes it: what resolution needs, and the candidates when needed. */
interface Extraction {
  readonly input: ResolutionInput;
  readonly candidates: () => readonly Candidate[];
  /** What a worker resolved and built against its own copy of the index. */
  readonly prebuilt?: {
    readonly resolved: ReadonlyMap<string, string>;
    readonly statements: () => readonly Statement[];
  };
}

/** Known texts of the store, for dedupe: sha256 → source id, and SimHash fingerprints. */
export async function loadFingerprints(
  store: Store,
): Promise<{ hashes: Map<string, string>; fingerprints: Fingerprints }> {
  const hashes = new Map<string, string>();
  const fingerprints = new Fingerprints();
  for (let offset = 0; ; offset += 10_000) {
    const page = await store.listEntities({ kind: 'source', includeCandidates: true, limit: 10_000, offset }, 'admin');
    for (const e of page) {
      if (e.source?.sha256) hashes.set(e.source.sha256, e.id);
      if (e.source?.simhash) fingerprints.add(e.id, e.source.simhash);
    }
    if (page.length < 10_000) break;
  }
  return { hashes, fingerprints };
}

function restrict<T extends { readonly sensitivity: 'public' | 'restricted' }>(record: T): T {
  return record.sensitivity === 'restricted' ? record : { ...record, sensitivity: 'restricted' };
}

function add(timings: Record<string, number>, stage: string, since: number): number {
  const now = performance.now();
  timings[stage] = (timings[stage] ?? 0) + now - since;
  return now;
}

/** A failure as a file result reports it: an unexpected error's message names the file. */
export function failureOf(file: string, error: unknown): { code: ErrorCode; message: string } {
  const e = error instanceof LongarmError ? error : toLongarmError(error);
  const message = e.code === 'internal' && error instanceof Error ? `${file}: ${error.message}` : e.message;
  return { code: e.code, message };
}

/**
 * Ingests files: each is read, checked for duplicates, analysed and resolved in file order, then
 * stored with whole documents grouped per transaction (`DocumentGroups`). A file that fails is
 * reported and the batch goes on.
 */
export async function ingestFiles(
  store: Store,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const progress = options.onProgress ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const restricted = options.restricted === true;
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const index = await EntityIndex.load(store);
  const { hashes, fingerprints } = await loadFingerprints(store);
  add(timings, 'index', t0);
  // By position in `files`: stored documents report when their group commits, after later failures.
  const results: FileResult[] = [];
  let bytes = 0;
  const fail = (at: number, file: string, error: unknown): void => {
    const failure = failureOf(file, error);
    results[at] = { file, status: 'failed', candidates: 0, error: failure };
    progress({ file, status: 'failed', error: failure.message });
  };
  const groups = new DocumentGroups(store, timings);
  /** Dedupe and resolve one read-and-extracted document, in file order, and queue it for storing. */
  const finish = async (
    at: number,
    file: string,
    doc: ReadDocument,
    hash: string,
    extract: () => Extraction,
  ): Promise<void> => {
    bytes += doc.bytes;
    const existing = hashes.get(doc.sha256);
    if (existing) {
      results[at] = { file, status: 'duplicate', source: existing, candidates: 0, duplicateOf: existing };
      progress({ file, status: 'duplicate', candidates: 0, source: existing });
      return;
    }
    let t = performance.now();
    const near = fingerprints.nearest(hash);
    t = add(timings, 'dedupe', t);
    progress({ file, status: 'running', stage: 'extract' });
    const { input, candidates, prebuilt } = extract();
    t = performance.now();
    const source = sourceEntity(doc, { simhash: hash, restricted, ...(near ? { duplicateOf: near } : {}) });
    index.add(source);
    // This index is the authority; a worker's statements are kept when it resolved every ref alike.
    const resolution = resolveRefs(doc, input, index);
    const { resolved } = resolution;
    const built =
      prebuilt && sameResolution(resolved, prebuilt.resolved)
        ? prebuilt.statements()
        : buildStatements(doc, candidates(), resolved, now().toISOString());
    // The restricted source already hides its statements; marking them too keeps them hidden if it is ever made public.
    const statements = restricted ? built.map(restrict) : built;
    const entities = restricted
      ? resolution.entities.map((e) => (e.status === 'candidate' ? restrict(e) : e))
      : resolution.entities;
    const prepared: PreparedDocument = { doc, source, entities, statements, references: new Set(resolved.values()) };
    add(timings, 'resolve', t);
    progress({ file, status: 'running', stage: 'store' });
    hashes.set(doc.sha256, source.id);
    fingerprints.add(source.id, hash);
    const result: FileResult = {
      file,
      status: 'ingested',
      source: source.id,
      candidates: statements.length,
      ...(near ? { duplicateOf: near } : {}),
    };
    await groups.add({
      prepared,
      stored: () => {
        results[at] = result;
        progress({ file, status: 'done', candidates: result.candidates, source: source.id });
      },
      failed: (error) => {
        // Not stored after all: a later copy of the text is no duplicate of it.
        hashes.delete(doc.sha256);
        fingerprints.delete(source.id);
        fail(at, file, error);
      },
    });
  };
  /** Reads a file on this thread; extraction runs when first asked for (an exact duplicate never asks). */
  const readHere = async (file: string): Promise<Outcome> => {
    try {
      let t = performance.now();
      const doc = await readDocument(file, limits);
      t = add(timings, 'read', t);
      const hash = simhash(doc.text);
      add(timings, 'dedupe', t);
      let candidates: Candidate[] | undefined;
      return { kind: 'here', doc, hash, candidates: () => (candidates ??= extractDocument(doc, timings).candidates) };
    } catch (error) {
      return { kind: 'failed', error };
    }
  };
  /** Dedupes, resolves and queues one file's outcome, wherever it was read and extracted. */
  const handle = async (at: number, file: string, outcome: Outcome): Promise<void> => {
    if (outcome.kind === 'failed') return fail(at, file, outcome.error);
    try {
      if (outcome.kind === 'here') {
        return await finish(at, file, outcome.doc, outcome.hash, () => {
          const candidates = outcome.candidates();
          return { input: resolutionInput(candidates), candidates: () => candidates };
        });
      }
      const { reply } = outcome;
      for (const [k, v] of Object.entries(reply.timings)) timings[k] = (timings[k] ?? 0) + v;
      if (!reply.ok) {
        const code = reply.error.code in ERROR_CATALOGUE ? (reply.error.code as ErrorCode) : 'internal';
        return fail(at, file, new LongarmError(code, reply.error.message, { file }));
      }
      await finish(at, file, reply.doc, reply.simhash, () => ({
        input: { refs: reply.refs, hints: new Map(reply.hints) },
        // Only when this thread's resolution differs from the worker's (rare): extraction is a
        // pure function of the document, so extracting again here costs less than shipping
        // every document's candidates for the few that need them.
        candidates: () => extractDocument(reply.doc, timings).candidates,
        prebuilt: { resolved: new Map(reply.resolved), statements: () => unpackStatements(reply.statements) },
      }));
    } catch (error) {
      fail(at, file, error);
    }
  };
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  if (workers > 0) {
    const { WorkerPool } = await import('./pool.js');
    const pool = new WorkerPool(workers, index.snapshot());
    // Plain text read and extracted on this thread while it waits for the workers (`shareExtraction`).
    const here = async (file: string): Promise<Outcome> => {
      const outcome = await readHere(file);
      if (outcome.kind === 'here') outcome.candidates();
      return outcome;
    };
    try {
      let at = 0;
      for await (const outcome of outcomesInOrder(files, pool, {
        workers,
        limits,
        recordedAt: () => now().toISOString(),
        ...(options.shareExtraction ? { here } : {}),
      })) {
        const file = files[at] as string;
        progress({ file, status: 'running', stage: 'read' });
        await handle(at++, file, outcome);
      }
    } finally {
      await pool.close();
    }
  } else {
    for (const [at, file] of files.entries()) {
      progress({ file, status: 'running', stage: 'read' });
      await handle(at, file, await readHere(file));
    }
  }
  await groups.flush();
  return summarize(results, bytes, timings);
}

/** Totals of a list of file results. */
export function summarize(
  results: readonly FileResult[],
  bytes: number,
  timings: Record<string, number>,
): IngestReport {
  return {
    documents: results.filter((r) => r.status === 'ingested').length,
    duplicates: results.filter((r) => r.status === 'duplicate').length,
    nearDuplicates: results.filter((r) => r.status === 'ingested' && r.duplicateOf).length,
    candidates: results.reduce((n, r) => n + r.candidates, 0),
    failed: results.filter((r) => r.status === 'failed').length,
    bytes,
    files: results,
    timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
  };
}
