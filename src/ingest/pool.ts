/**
 * @module A small pool of ingestion workers (worker_threads): tasks go to the least busy worker,
 * replies come back as promises. Under tsx (source `.ts`) the workers load tsx too.
 */
import { Worker } from 'node:worker_threads';
import type { PackedStatements } from './packed.js';
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
      /** What resolution needs. */
      readonly refs: EntityRef[];
      readonly hints: [string, InstrumentHint][];
      /** The worker's resolution (against the index it was given plus its own documents) and statements. */
      readonly resolved: [string, string][];
      readonly statements: PackedStatements;
      readonly simhash: string;
      readonly timings: Record<string, number>;
    }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { code: string; message: string };
      readonly timings: Record<string, number>;
    };

/** A worker tells the pool when it starts a task, so the time limit counts from there. */
export interface WorkerStarted {
  readonly id: number;
  readonly started: true;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent and not yet answered, in the order sent. */
  readonly tasks: Map<number, WorkerTask>;
  timer?: NodeJS.Timeout;
}

/**
 * A worker's young generation (V8's default is 48 MB here). A document's analysis lives until its reply
 * is sent, so each scavenge of a small young generation copies it: at 96 MB a worker scavenges a third
 * less often and extracts 400 files in 2.5–2.8 s instead of 3.1–3.2 s (four alternated pairs, ADR 0005).
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * The pool. Call `close()` when done. A task that runs longer than twice its reading time limit
 * (a library stuck in a synchronous loop cannot be interrupted otherwise) stops its worker: that
 * file fails with `too_large`, the worker's other tasks go to a fresh one.
 */
export class WorkerPool {
  private readonly workers: Slot[] = [];
  private readonly url: URL;
  private readonly source: boolean;
  private readonly waiting = new Map<number, (reply: WorkerReply) => void>();
  private next = 0;
  private respawns = 0;

  /** @param script a worker module to run instead of ours (tests). */
  constructor(
    size: number,
    private readonly index: IndexSnapshot,
    script?: URL,
  ) {
    const source = !script && import.meta.url.endsWith('.ts');
    this.url = script ?? new URL(source ? './worker.ts' : './worker.js', import.meta.url);
    // Loader hooks of the main thread do not reach workers: running from source, each worker
    // registers tsx itself before importing the TypeScript worker module.
    this.source = source;
    for (let i = 0; i < size; i++) this.workers.push(this.spawn());
  }

  private spawn(): Slot {
    const options = {
      workerData: this.index,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    };
    const worker = this.source
      ? new Worker(
          `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(this.url.href)}); });`,
          { ...options, eval: true },
        )
      : new Worker(this.url, options);
    const slot: Slot = { worker, tasks: new Map() };
    worker.on('message', (message: WorkerReply | WorkerStarted) => {
      clearTimeout(slot.timer);
      if ('started' in message) {
        const task = slot.tasks.get(message.id);
        if (task) slot.timer = setTimeout(() => this.stop(slot, task), 2 * task.limits.timeoutMs);
        return;
      }
      slot.tasks.delete(message.id);
      this.answer(message);
    });
    worker.on('error', (error) => {
      // A crashed worker fails only its own files; a fresh one takes its place.
      clearTimeout(slot.timer);
      for (const id of slot.tasks.keys()) {
        this.answer({
          id,
          ok: false,
          error: { code: 'internal', message: `worker failed: ${error.message}` },
          timings: {},
        });
      }
      this.replace(slot);
    });
    return slot;
  }

  private answer(reply: WorkerReply): void {
    this.waiting.get(reply.id)?.(reply);
    this.waiting.delete(reply.id);
  }

  private replace(slot: Slot): Slot | undefined {
    const i = this.workers.indexOf(slot);
    if (i < 0 || this.respawns++ >= 10) return undefined;
    const fresh = this.spawn();
    this.workers[i] = fresh;
    return fresh;
  }

  /** Stops a worker stuck on `task`; its other tasks are sent again to a fresh worker. */
  private stop(slot: Slot, task: WorkerTask): void {
    slot.tasks.delete(task.id);
    void slot.worker.terminate();
    this.answer({
      id: task.id,
      ok: false,
      error: {
        code: 'too_large',
        message: `${task.file}: reading and extracting took longer than ${2 * task.limits.timeoutMs} ms; stopped`,
      },
      timings: {},
    });
    const fresh = this.replace(slot);
    for (const [id, other] of slot.tasks) {
      if (fresh) this.send(fresh, other);
      else this.answer({ id, ok: false, error: { code: 'internal', message: 'no worker left' }, timings: {} });
    }
  }

  private send(slot: Slot, task: WorkerTask): void {
    slot.tasks.set(task.id, task);
    slot.worker.postMessage(task);
  }

  /** Sends a file to the least busy worker. */
  run(file: string, limits: ReadLimits, recordedAt: string): Promise<WorkerReply> {
    const id = this.next++;
    const slot = this.workers.reduce((a, b) => (b.tasks.size < a.tasks.size ? b : a));
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send(slot, { id, file, limits, recordedAt });
    });
  }

  async close(): Promise<void> {
    for (const w of this.workers) clearTimeout(w.timer);
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
