/**
 * @module Background jobs: one small `JobQueue` interface with two implementations, pg-boss on
 * PostgreSQL (more workers on more machines scale it out) and an in-process queue for SQLite
 * mode. Payloads are JSON objects; a job whose handler throws is retried, then marked failed.
 *
 * @example
 * const queue = await PgBossJobQueue.start({ url });
 * await queue.work('ingest', async (job) => console.log(job.payload), { concurrency: 2 });
 * await queue.enqueue('ingest', { paths: ['report.pdf'] });
 */

export * from './types.js';
export { MemoryJobQueue, type MemoryJobQueueOptions } from './memory-queue.js';
export { PgBossJobQueue, type PgBossJobQueueOptions } from './pg-boss-queue.js';
export {
  enqueueIngest,
  ingestJobHandler,
  INGEST_QUEUE,
  parseIngestPayload,
  type IngestJobPayload,
  type IngestPaths,
} from './ingest-job.js';
