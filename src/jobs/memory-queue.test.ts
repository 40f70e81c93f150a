/**
 * @module The in-process queue against the job-queue contract, plus drain() and the ingest job.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from '../store/types.js';
import { runJobQueueContract } from './contract.js';
import { enqueueIngest, ingestJobHandler, INGEST_QUEUE, parseIngestPayload } from './ingest-job.js';
import { MemoryJobQueue } from './memory-queue.js';

runJobQueueContract('memory', () => Promise.resolve(new MemoryJobQueue({ retryLimit: 1, onFailed: () => undefined })));

describe('MemoryJobQueue specifics', () => {
  it('drain() resolves once the worked queues are empty', async () => {
    const queue = new MemoryJobQueue();
    let done = 0;
    await queue.work('q', async () => {
      await new Promise((r) => setTimeout(r, 10));
      done++;
    });
    for (let i = 0; i < 5; i++) await queue.enqueue('q', { i });
    await queue.drain();
    expect(done).toBe(5);
    await queue.stop();
    await expect(queue.enqueue('q', {})).rejects.toThrow(/stopped/);
  });

  it('rejects a concurrency below 1', async () => {
    const queue = new MemoryJobQueue();
    await expect(queue.work('q', () => Promise.resolve(), { concurrency: 0 })).rejects.toThrow(RangeError);
  });
});

describe('ingest job', () => {
  it('validates payloads', () => {
    expect(parseIngestPayload({ paths: ['a.pdf'] })).toEqual({ paths: ['a.pdf'] });
    expect(() => parseIngestPayload({})).toThrow(/paths/);
    expect(() => parseIngestPayload({ paths: [] })).toThrow(/non-empty/);
    expect(() => parseIngestPayload({ paths: ['a', 3] })).toThrow(/paths\[1\]/);
  });

  it('hands the paths of each job to the pipeline with the store, and reports the summary', async () => {
    const queue = new MemoryJobQueue({ retryLimit: 0, onFailed: () => undefined });
    const store = { description: 'fake' } as Store;
    const calls: [Store, string[]][] = [];
    const reports: unknown[] = [];
    await queue.work(
      INGEST_QUEUE,
      ingestJobHandler(
        store,
        (s, paths) => {
          calls.push([s, paths]);
          return Promise.resolve({ documents: paths.length });
        },
        (_job, summary) => reports.push(summary),
      ),
    );
    await enqueueIngest(queue, ['a.pdf', 'b.docx']);
    await queue.enqueue(INGEST_QUEUE, { paths: 'not-a-list' });
    await queue.drain();
    expect(calls).toEqual([[store, ['a.pdf', 'b.docx']]]);
    expect(reports).toEqual([{ documents: 2 }]);
    await queue.stop();
  });
});
