/**
 * @module The in-process job queue for SQLite mode: jobs live in memory and run in this process,
 * with the same semantics as the pg-boss queue (JSON-copied payloads, per-queue concurrency,
 * retries, graceful stop). Nothing survives a restart.
 */
import { checkConcurrency, DEFAULT_RETRY_LIMIT } from './types.js';
import type { Job, JobHandler, JobPayload, JobQueue, WorkOptions } from './types.js';

/** Options of {@link MemoryJobQueue}. */
export interface MemoryJobQueueOptions {
  /** Retries after a failed attempt; default {@link DEFAULT_RETRY_LIMIT}. */
  readonly retryLimit?: number;
  /** Told about each job that failed for good; default: written to stderr. */
  readonly onFailed?: (job: Job, error: unknown) => void;
}

interface Pending {
  readonly job: Job;
  attempts: number;
}

interface Worker {
  readonly handler: JobHandler;
  readonly concurrency: number;
  running: number;
}

interface Queue {
  readonly pending: Pending[];
  readonly workers: Worker[];
}

/** An in-memory {@link JobQueue}. */
export class MemoryJobQueue implements JobQueue {
  readonly description = 'memory';
  private readonly queues = new Map<string, Queue>();
  private readonly active = new Set<Promise<void>>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly retryLimit: number;
  private readonly onFailed: (job: Job, error: unknown) => void;
  private stopped = false;
  private seq = 0;

  constructor(options: MemoryJobQueueOptions = {}) {
    this.retryLimit = options.retryLimit ?? DEFAULT_RETRY_LIMIT;
    this.onFailed =
      options.onFailed ??
      ((job, error) =>
        process.stderr.write(
          `job ${job.name}/${job.id} failed: ${error instanceof Error ? error.message : String(error)}\n`,
        ));
  }

  enqueue(name: string, payload: JobPayload): Promise<string> {
    if (this.stopped) return Promise.reject(new Error('the job queue is stopped'));
    const id = `mem-${++this.seq}`;
    // Copied as JSON, as a database queue would store it.
    const job: Job = { id, name, payload: JSON.parse(JSON.stringify(payload)) as unknown };
    this.queue(name).pending.push({ job, attempts: 0 });
    queueMicrotask(() => this.dispatch(name));
    return Promise.resolve(id);
  }

  work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('the job queue is stopped'));
    let concurrency: number;
    try {
      concurrency = checkConcurrency(options.concurrency);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    this.queue(name).workers.push({ handler, concurrency, running: 0 });
    queueMicrotask(() => this.dispatch(name));
    return Promise.resolve();
  }

  /**
   * Resolves once every queue that has a worker is empty and no job is running (jobs on queues
   * nobody works are not waited for). Useful in tests and one-shot commands.
   */
  drain(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    while (this.active.size) await Promise.allSettled([...this.active]);
    this.notifyIdle();
  }

  private queue(name: string): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = { pending: [], workers: [] };
      this.queues.set(name, q);
    }
    return q;
  }

  /** @internal Starts as many pending jobs as free workers allow. */
  private dispatch(name: string): void {
    const q = this.queues.get(name);
    if (!q) return;
    while (!this.stopped && q.pending.length) {
      const worker = q.workers.find((w) => w.running < w.concurrency);
      if (!worker) break;
      const next = q.pending.shift();
      if (!next) break;
      this.start(name, worker, next);
    }
    this.notifyIdle();
  }

  private start(name: string, worker: Worker, item: Pending): void {
    worker.running++;
    item.attempts++;
    const run = (async () => {
      try {
        await worker.handler(item.job);
      } catch (error) {
        if (item.attempts <= this.retryLimit && !this.stopped) this.queue(name).pending.push(item);
        else this.onFailed(item.job, error);
      }
    })();
    this.active.add(run);
    void run.finally(() => {
      this.active.delete(run);
      worker.running--;
      this.dispatch(name);
    });
  }

  private isIdle(): boolean {
    if (this.active.size) return false;
    for (const q of this.queues.values()) if (q.workers.length && q.pending.length && !this.stopped) return false;
    return true;
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
