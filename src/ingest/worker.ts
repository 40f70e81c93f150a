/**
 * @module Worker thread for ingestion: reads a file and runs segmentation and every extractor on
 * it, so both cores work while the main thread resolves entities and writes to the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simhash } from './dedupe.js';
import { extractDocument, failureOf } from './pipeline.js';
import { packStatements } from './packed.js';
import { buildStatements, resolutionInput, resolveRefs, sourceEntity } from './prepare.js';
import { EntityIndex, type IndexSnapshot } from './resolve.js';
import { readDocument } from './readers/index.js';
import type { WorkerReply, WorkerStarted, WorkerTask } from './pool.js';

// The store's entities as the batch began; the worker adds its own documents' entities as it goes.
const index = EntityIndex.fromSnapshot(workerData as IndexSnapshot);

// Tasks run one after another, so each stage's time is its own, not its neighbours'.
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: WorkerTask) => {
  queue = queue.then(() => handle(task).then((reply) => parentPort?.postMessage(reply)));
});

async function handle(task: WorkerTask): Promise<WorkerReply> {
  parentPort?.postMessage({ id: task.id, started: true } satisfies WorkerStarted);
  const timings: Record<string, number> = {};
  try {
    let t = performance.now();
    const doc = await readDocument(task.file, task.limits);
    timings.read = performance.now() - t;
    t = performance.now();
    const hash = simhash(doc.text);
    timings.dedupe = performance.now() - t;
    const { candidates } = extractDocument(doc, timings);
    t = performance.now();
    index.add(sourceEntity(doc, { simhash: hash }));
    const input = resolutionInput(candidates);
    const { resolved } = resolveRefs(doc, input, index);
    const statements = buildStatements(doc, candidates, resolved, task.recordedAt);
    timings.prepare = performance.now() - t;
    return {
      id: task.id,
      ok: true,
      doc,
      refs: [...input.refs],
      hints: [...input.hints],
      resolved: [...resolved],
      statements: packStatements(statements),
      simhash: hash,
      timings,
    };
  } catch (error) {
    return { id: task.id, ok: false, error: failureOf(task.file, error), timings };
  }
}
