/**
 * @module The job queue's interface and shared helpers, implemented by the memory and pg-boss queues.
 */

/** A JSON object: what a job carries. It is copied on enqueue; later changes to it are not seen. */
export type JobPayload = { readonly [key: string]: unknown };

/** One job as a handler receives it. */
export interface Job {
  readonly id: string;
  /** The queue it was enqueued on. */
  readonly name: string;
  /** The payload as enqueued, after a JSON round trip; validate it before use. */
  readonly payload: unknown;
}

/** Does one job. Resolving completes it; throwing fails it (and it is retried while retries remain). */
export type JobHandler = (job: Job) => Promise<void>;

/** Options of {@link JobQueue.work}. */
export interface WorkOptions {
  /** Jobs of this queue run at once by this process; default 1. */
  readonly concurrency?: number;
}

/** A named-queue job system. */
export interface JobQueue {
  /** Human name of the backend, e.g. `pg-boss:postgres://…`. */
  readonly description: string;
  /** Adds a job to queue `name`; returns its id. */
  enqueue(name: string, payload: JobPayload): Promise<string>;
  /** Starts working queue `name` with `handler`. Jobs enqueued earlier are worked too. */
  work(name: string, handler: JobHandler, options?: WorkOptions): Promise<void>;
  /** Stops taking jobs, waits for the running ones to finish, and releases resources. */
  stop(): Promise<void>;
}

/** Retries after a first failed attempt, unless a queue is told otherwise (pg-boss's default). */
export const DEFAULT_RETRY_LIMIT = 2;

/** @internal Checks a concurrency option. */
export function checkConcurrency(concurrency: number | undefined): number {
  const n = concurrency ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${n}`);
  return n;
}
