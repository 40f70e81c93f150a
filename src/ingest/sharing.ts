/**
 * @module Sharing extraction between the worker threads and this (storing) thread. Files go to the
 * workers in order, a few at a time each. When this thread waits for a file a worker has not
 * finished, it takes the next file nobody has started and extracts it itself, if that file is plain
 * text: only our own code reads text, while the HTML, PDF and DOCX parsers stay in workers, where a
 * stuck one can be stopped. On 2 cores the storing thread is idle about a third of the time
 * otherwise, and a second worker thread costs more CPU than it saves (ADR 0005).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { detectMediaType } from './readers/index.js';
import type { WorkerPool, WorkerReply } from './pool.js';
import type { Candidate, ReadDocument, ReadLimits } from './types.js';

/** What reading and extracting one file gave, wherever it ran. */
export type Outcome =
  | { readonly kind: 'worker'; readonly reply: WorkerReply }
  | {
      readonly kind: 'here';
      readonly doc: ReadDocument;
      readonly hash: string;
      /** Extracts once, when first called. */
      readonly candidates: () => Candidate[];
    }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Files a worker has been sent and not answered: enough to keep it busy while this thread commits a
 * group or extracts a file (50 MB bench, four alternated pairs: 3.85 MB/s mean at 48, 3.49 at 16; 96 slower).
 */
const PER_WORKER = 48;

/** True when a file's first bytes say plain text (what the format detection would say of the whole file). */
export function isPlainText(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = new Uint8Array(1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return detectMediaType(head.subarray(0, read)) === 'text/plain';
  } catch {
    // Unreadable: a worker reads it and reports why.
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The outcome of every file, in file order. `here` reads and extracts a plain-text file on this
 * thread; without it, every file goes to the workers.
 */
export async function* outcomesInOrder(
  files: readonly string[],
  pool: WorkerPool,
  options: {
    readonly workers: number;
    readonly limits: ReadLimits;
    readonly recordedAt: () => string;
    readonly here?: (file: string) => Promise<Outcome>;
  },
): AsyncGenerator<Outcome> {
  const outcomes = new Map<number, Promise<Outcome>>();
  const ready = new Set<number>();
  /** The first file nobody has taken. */
  let next = 0;
  /** A file this thread looked at and left to the workers (not plain text). */
  let leftToWorkers = -1;
  let sent = 0;
  const send = (): void => {
    while (next < files.length && sent < options.workers * PER_WORKER) {
      const i = next++;
      sent++;
      const reply = pool.run(files[i] as string, options.limits, options.recordedAt());
      outcomes.set(
        i,
        reply.then((r) => {
          sent--;
          ready.add(i);
          send();
          return { kind: 'worker', reply: r };
        }),
      );
    }
  };
  for (let i = 0; i < files.length; i++) {
    send();
    while (options.here && !ready.has(i) && next < files.length && next !== leftToWorkers) {
      const j = next;
      if (!isPlainText(files[j] as string)) {
        leftToWorkers = j;
        break;
      }
      next++;
      outcomes.set(j, Promise.resolve(await options.here(files[j] as string)));
      ready.add(j);
      // Lets the workers' replies in before deciding whether to take another file.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcome = await (outcomes.get(i) as Promise<Outcome>);
    outcomes.delete(i);
    ready.delete(i);
    yield outcome;
  }
}
