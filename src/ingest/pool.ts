/**
 * @module A small pool of ingestion workers (worker_threads): tasks go to the least busy worker,
 * replies come back as promises. Under tsx (source `.ts`) the workers load tsx too.
 */
import { Worker } from 'node:worker_threads';
import type { Statement } from '../domain/index.js';
import type { IndexSnapshot } from './resolve.js';
import type { InstrumentHint } from './prepare.js';
import type { EntityRef, ReadDocument, ReadLimits } from './types.js';

/** A file for a worker to read and extract. */
export interface WorkerTask {
  readonly id: number;
  readonly file: string;
  readonly limits: ReadLimits;
  /** `recorded_at` of the statements the worker builds. */
  readonly recordedAt: string;
}

/** What a worker sends back. */
export type WorkerReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly doc: ReadDocument;
      /** What resolution needs, and the candidates as JSON (parsed only if the main thread must rebuild). */
      readonly refs: EntityRef[];
      readonly hints: [string, InstrumentHint][];
      readonly candidates: string;
      /** The worker's resolution (against the index it was given plus its own documents) and statements. */
      readonly resolved: [string, string][];
      readonly statements: Statement[];
      readonly simhash: string;
      readonly timings: Record<string, number>;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { code: string; message: string };
      readonly timings: Record<string, number>;
    };

/** The pool. Call `close()` when done. */
export class WorkerPool {
  private readonly workers: { worker: Worker; pending: Set<number> }[] = [];
  private readonly url: URL;
  private readonly source: boolean;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();
  private next = 0;
  private respawns = 0;

  constructor(
    size: number,
    private readonly index: IndexSnapshot,
  ) {
    const source = import.meta.url.endsWith('.ts');
    this.url = new URL(source ? './worker.ts' : './worker.js', import.meta.url);
    // Loader hooks of the main thread do not reach workers: running from source, each worker
    // registers tsx itself before importing the TypeScript worker module.
    this.source = source;
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): { worker: Worker; pending: Set<number> } {
    const worker = this.source
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(this.url.href)}); });`,
          { eval: true, workerData: this.index },
        )
      : new Worker(this.url, { workerData: this.index });
    const slot = { worker, pending: new Set<number>() };
    worker.on('message', (reply: WorkerReply) => {
      slot.pending.delete(reply.id);
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
    worker.on('error', (error) => {
      // A crashed worker fails only its own files; a fresh one takes its place.
      for (const id of slot.pending) {
        this.waiting.get(id)?.({
          id,
          ok: false,
          error: { code: 'internal', message: `worker failed: ${error.message}` },
          timings: {},
        });
        this.waiting.delete(id);
      }
      const i = this.workers.indexOf(slot);
      if (i >= 0 && this.respawns++ < 10) this.workers[i] = this.spawn();
    });
    return slot;
  }

  /** Sends a file to the least busy worker. */
  run(file: string, limits: ReadLimits, recordedAt: string): Promise<WorkerReply> {
    const id = this.next++;
    const slot = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    slot.pending.add(id);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      slot.worker.postMessage({ id, file, limits, recordedAt } satisfies WorkerTask);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
