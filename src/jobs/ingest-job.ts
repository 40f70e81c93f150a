/**
 * @module The `ingest` job: a payload `{ paths: string[] }` (files on a disk the worker can read)
 * handed to the ingestion pipeline with the worker's store. The pipeline itself is injected, so
 * this module depends on the Store interface only.
 */
import type { Store } from '../store/types.js';
import type { Job, JobHandler, JobQueue } from './types.js';

/** Name of the queue background ingestion runs on. */
export const INGEST_QUEUE = 'ingest';

/** What an `ingest` job carries. */
export interface IngestJobPayload {
  readonly paths: readonly string[];
}

/** The ingestion pipeline as a job sees it: ingest these files into this store, return a summary. */
export type IngestPaths = (store: Store, paths: string[]) => Promise<unknown>;

/**
 * Checks a job payload read back from the queue.
 * @throws TypeError naming what is wrong.
 */
export function parseIngestPayload(payload: unknown): IngestJobPayload {
  const paths = (payload as { paths?: unknown } | null)?.paths;
  if (!Array.isArray(paths) || paths.length === 0)
    throw new TypeError('ingest job payload needs "paths": a non-empty array of file paths');
  for (const [i, p] of paths.entries()) {
    if (typeof p !== 'string' || p === '') throw new TypeError(`ingest job payload: paths[${i}] must be a file path`);
  }
  return { paths: paths as string[] };
}

/** Enqueues one `ingest` job for these files; returns its id. */
export function enqueueIngest(queue: JobQueue, paths: readonly string[]): Promise<string> {
  return queue.enqueue(INGEST_QUEUE, { paths: [...parseIngestPayload({ paths }).paths] });
}

/**
 * The handler of the `ingest` queue: validates the payload, runs `ingest` on the store, and
 * reports the summary. A throw fails the job (and the queue retries it).
 */
export function ingestJobHandler(
  store: Store,
  ingest: IngestPaths,
  report: (job: Job, summary: unknown) => void = () => undefined,
): JobHandler {
  return async (job) => {
    const { paths } = parseIngestPayload(job.payload);
    const summary = await ingest(store, [...paths]);
    report(job, summary);
  };
}
