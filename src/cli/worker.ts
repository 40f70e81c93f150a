/**
 * @module `longarm worker`: works the background `ingest` queue (pg-boss on PostgreSQL, so it
 * needs DATABASE_URL). Each job `{ paths: string[] }` is ingested into the PostgreSQL store; start
 * more workers, on more machines, to go faster. Stops gracefully on SIGINT or SIGTERM, letting
 * running jobs finish.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { readEnvironment } from '../config/index.js';
import { LongarmError } from '../errors.js';
import type { IngestPaths, Job, JobHandler, JobQueue } from '../jobs/index.js';
import { collectFiles, ingestFiles, type IngestOptions } from '../ingest/index.js';
import { openStore, type Store } from '../store/index.js';
import { action, withCommonOptions, type CommonOptions } from './shared.js';

interface WorkerCommandOptions extends CommonOptions {
  readonly concurrency: string;
}

/** Options of {@link registerIngestHandler}. */
export interface IngestHandlerOptions {
  /** Jobs run at once by this process. */
  readonly concurrency: number;
  /** The pipeline; default {@link ingestPaths}. Tests pass a stand-in. */
  readonly ingest?: IngestPaths;
  /** Called after each job with its summary, or with the error that failed it. */
  readonly report?: (job: Job, outcome: { summary?: unknown; error?: unknown }) => void;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('worker')
      .description('work the background ingestion queue (PostgreSQL: needs DATABASE_URL)')
      .option('--concurrency <n>', 'jobs this worker runs at once', '1'),
    { role: false },
  ).action(
    action(async (options: WorkerCommandOptions) => {
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new LongarmError('invalid_input', '--concurrency must be a positive whole number');
      const { databaseUrl } = readEnvironment();
      if (!databaseUrl)
        throw new LongarmError(
          'invalid_input',
          'longarm worker needs DATABASE_URL (a postgres:// URL): the job queue and the store live in PostgreSQL',
        );
      const store = await openStore({ databaseUrl });
      let queue: JobQueue | undefined;
      try {
        // Loaded here, not at the top: every CLI command imports this module to register it.
        const { PgBossJobQueue } = await import('../jobs/index.js');
        queue = await PgBossJobQueue.start({ url: databaseUrl });
        await registerIngestHandler(queue, store, {
          concurrency,
          report: (job, outcome) => printOutcome(job, outcome, options.json === true),
        });
        process.stderr.write(
          `${pc.bold('longarm worker')}: working queue "ingest" (concurrency ${concurrency}) on ${queue.description}; Ctrl-C stops\n`,
        );
        await untilSignal();
        process.stderr.write('longarm worker: stopping after running jobs finish…\n');
      } finally {
        await queue?.stop();
        await store.close();
      }
    }),
  );
}

/**
 * Ties the `ingest` queue to the ingestion pipeline: the one place to change when the pipeline's
 * entry point moves. Each job's paths go to {@link ingestPaths} with this worker's store.
 */
export async function registerIngestHandler(
  queue: JobQueue,
  store: Store,
  options: IngestHandlerOptions,
): Promise<void> {
  const { INGEST_QUEUE, ingestJobHandler } = await import('../jobs/index.js');
  // Each job reads and extracts in a worker thread of its own: jobs run side by side, and a file stuck in
  // a synchronous loop stops that thread (after twice the time limit), not this process.
  const ingest = options.ingest ?? ((s: Store, paths: string[]) => ingestPaths(s, paths, { workers: 1 }));
  const report = options.report ?? (() => undefined);
  const handler = ingestJobHandler(store, ingest, (job, summary) => report(job, { summary }));
  const reported: JobHandler = async (job) => {
    try {
      await handler(job);
    } catch (error) {
      report(job, { error });
      throw error;
    }
  };
  await queue.work(INGEST_QUEUE, reported, { concurrency: options.concurrency });
}

/** What one `ingest` job reports: the `longarm ingest --json` summary, per job. */
export interface IngestJobSummary {
  readonly documents: number;
  readonly duplicates: number;
  readonly candidates: number;
  readonly errors: readonly { readonly file: string; readonly code: string; readonly message: string }[];
}

/**
 * The pipeline behind each `ingest` job: expands the paths (folders recursively, as `longarm
 * ingest` does), then ingests the files, one transaction per document. A file that fails is
 * listed in `errors` and does not fail the job (a retry would fail it again); a path that does
 * not exist fails the job.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestJobSummary> {
  const files = [...new Set((await collectFiles(paths)).map((p) => resolve(p)))];
  const report = await ingestFiles(store, files, options);
  return {
    documents: report.documents,
    duplicates: report.duplicates,
    candidates: report.candidates,
    errors: report.files
      .filter((f) => f.status === 'failed')
      .map((f) => ({ file: f.file, code: f.error?.code ?? 'internal', message: f.error?.message ?? '' })),
  };
}

function printOutcome(job: Job, outcome: { summary?: unknown; error?: unknown }, json: boolean): void {
  const error = outcome.error instanceof Error ? outcome.error.message : outcome.error;
  if (json) {
    const line =
      error === undefined ? { job: job.id, summary: outcome.summary } : { job: job.id, error: String(error) };
    process.stdout.write(JSON.stringify(line) + '\n');
  } else if (error !== undefined) {
    process.stderr.write(`${pc.red('job failed')} ${job.id}: ${String(error)}\n`);
  } else {
    process.stdout.write(`${pc.green('job done')} ${job.id}: ${JSON.stringify(outcome.summary)}\n`);
  }
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
