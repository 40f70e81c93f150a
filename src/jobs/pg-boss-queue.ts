/**
 * @module The PostgreSQL job queue: pg-boss 10 (pinned: 11+ needs Node 22). Jobs survive restarts,
 * and any number of `longarm worker` processes on any machines share the work. pg-boss keeps its
 * tables in its own schema (`pgboss` unless told otherwise), apart from the store's.
 */
import PgBoss from 'pg-boss';
import { checkConcurrency, DEFAULT_RETRY_LIMIT } from './types.js';
import type { JobHandler, JobPayload, JobQueue, WorkOptions } from './types.js';

/** Options of {@link PgBossJobQueue.start}. */
export interface PgBossJobQueueOptions {
  /** A `postgres://` connection URL. */
  readonly url: string;
  /** Schema for pg-boss's tables; default `pgboss`. */
  readonly schema?: string;
  /** Retries after a failed attempt, for queues this process creates; default {@link DEFAULT_RETRY_LIMIT}. */
  readonly retryLimit?: number;
  /** How often an idle worker looks for jobs, in seconds (at least 0.5); default 2. */
  readonly pollingIntervalSeconds?: number;
  /** Told about errors pg-boss reports in the background (lost connection, maintenance); default: stderr. */
  readonly onError?: (error: Error) => void;
}

/** A {@link JobQueue} on pg-boss. */
export class PgBossJobQueue implements JobQueue {
  readonly description: string;
  private readonly boss: PgBoss;
  private readonly options: PgBossJobQueueOptions;
  private readonly created = new Map<string, Promise<void>>();
  /** pg-boss worker ids per queue, to wake them when this process enqueues. */
  private readonly workers = new Map<string, string[]>();

  private constructor(boss: PgBoss, options: PgBossJobQueueOptions) {
    this.boss = boss;
    this.options = options;
    this.description = `pg-boss:${redactUrl(options.url)}${options.schema ? `#${options.schema}` : ''}`;
  }

  /**
   * Connects and installs or migrates pg-boss's schema.
   * @throws Error when the server cannot be reached.
   */
  static async start(options: PgBossJobQueueOptions): Promise<PgBossJobQueue> {
    const boss = new PgBoss({
      connectionString: options.url,
      ...(options.schema ? { schema: options.schema } : {}),
      // No cron schedules are used; skip the clock and cron monitors.
      schedule: false,
    });
    const onError = options.onError ?? ((error: Error) => process.stderr.write(`job queue error: ${error.message}\n`));
    boss.on('error', onError);
    await boss.start();
    return new PgBossJobQueue(boss, options);
  }

  /** @internal Creates queue `name` once (pg-boss 10 needs it before send or work). */
  private ensureQueue(name: string): Promise<void> {
    let p = this.created.get(name);
    if (!p) {
      p = this.boss.createQueue(name, { name, retryLimit: this.options.retryLimit ?? DEFAULT_RETRY_LIMIT });
      p.catch(() => this.created.delete(name));
      this.created.set(name, p);
    }
    return p;
  }

  async enqueue(name: string, payload: JobPayload): Promise<string> {
    await this.ensureQueue(name);
    const id = await this.boss.send(name, payload);
    if (id === null) throw new Error(`pg-boss did not accept a job for queue ${name}`);
    // Local workers need not wait for their next poll.
    for (const worker of this.workers.get(name) ?? []) this.boss.notifyWorker(worker);
    return id;
  }

  async work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    const concurrency = checkConcurrency(options.concurrency);
    await this.ensureQueue(name);
    const ids = this.workers.get(name) ?? [];
    this.workers.set(name, ids);
    // pg-boss 10 runs one job at a time per worker: N workers give a concurrency of N.
    for (let i = 0; i < concurrency; i++) {
      const id = await this.boss.work<unknown>(
        name,
        {
          batchSize: 1,
          ...(this.options.pollingIntervalSeconds !== undefined
            ? { pollingIntervalSeconds: this.options.pollingIntervalSeconds }
            : {}),
        },
        async (jobs) => {
          for (const job of jobs) await handler({ id: job.id, name: job.name, payload: job.data });
        },
      );
      ids.push(id);
    }
  }

  async stop(): Promise<void> {
    // Graceful: running jobs finish (up to 30 s) before the connection pool closes.
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}

/** The URL without its password. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
