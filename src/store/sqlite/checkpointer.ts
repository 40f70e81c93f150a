/**
 * @module Checkpoints from a thread of their own, for bulk writes. In WAL mode every committed page
 * is written twice: to the log at commit, and into the database file at the next checkpoint, which
 * the committing connection runs itself (every 1,000 pages) and which waits on an fsync: about two
 * thirds of a checkpoint's time is that wait (42 MB: 145 ms, 48 of them CPU). Here a second connection
 * on a worker thread copies the log every `intervalMs` (PASSIVE: it never blocks the writer nor
 * readers), so the writer goes on meanwhile (ADR 0005).
 * @internal
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The thread's code: CommonJS run with `eval`, so the same text works from the compiled modules and
 * from the TypeScript sources (tests), with no module of its own to build or register a loader for.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Copies a database's write-ahead log into it from a worker thread until stopped. */
export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  /**
   * @param path the database file (in WAL mode, already created).
   * @param onFailure called if the thread fails (its driver or the file cannot be opened, a checkpoint
   *   throws): the caller then checkpoints itself again.
   * @param driver the SQLite driver module to load in the thread (tests pass a broken one).
   */
  constructor(
    path: string,
    onFailure: (error: Error) => void,
    intervalMs = 100,
    driver = createRequire(import.meta.url).resolve('better-sqlite3'),
  ) {
    // No inherited flags: `--input-type=module` would make the script ESM, and loaders (tsx) are not needed.
    this.worker = new Worker(SCRIPT, { eval: true, execArgv: [], workerData: { path, driver, intervalMs } });
    this.worker.on('error', onFailure);
    // A store left open must not keep the process alive: the next connection finishes the checkpoint.
    this.worker.unref();
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
  }

  /** Stops the thread after its current checkpoint; resolves once its connection is closed. */
  async stop(): Promise<void> {
    // Waited for: the process stays up until the thread has closed its connection.
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
