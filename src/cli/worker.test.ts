/**
 * `longarm worker`'s job handler with the real pipeline: a job's folder is ingested into the
 * worker's store through a worker thread, a bad file is listed in the summary without failing the
 * job, and a path that does not exist fails it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryJobQueue, enqueueIngest, type Job } from '../jobs/index.js';
import { SqliteStore } from '../store/index.js';
import { registerIngestHandler, type IngestJobSummary } from './worker.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'longarm-worker-'));
  await mkdir(join(dir, 'reports'));
  await writeFile(
    join(dir, 'reports', 'memo.txt'),
    'Serbia and China signed an extradition treaty in Belgrade on 5 May 2024.\n',
  );
  // Invalid UTF-8: this file fails alone.
  await writeFile(join(dir, 'reports', 'broken.txt'), Buffer.from([0x54, 0x72, 0x65, 0x61, 0x74, 0x79, 0xff, 0x0a]));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** Runs one ingest job for `paths`; resolves with what the handler reported. */
async function runJob(store: SqliteStore, paths: string[]): Promise<{ summary?: unknown; error?: unknown }> {
  const queue = new MemoryJobQueue({ retryLimit: 0, onFailed: () => undefined });
  let done!: (outcome: { summary?: unknown; error?: unknown }) => void;
  const outcome = new Promise<{ summary?: unknown; error?: unknown }>((r) => (done = r));
  await registerIngestHandler(queue, store, { concurrency: 1, report: (_job: Job, o) => done(o) });
  await enqueueIngest(queue, paths);
  const result = await outcome;
  await queue.stop();
  return result;
}

describe('longarm worker: the ingest job handler', () => {
  it('ingests a folder and lists the file that failed, without failing the job', { timeout: 60_000 }, async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const { summary, error } = await runJob(store, [join(dir, 'reports')]);
    expect(error).toBeUndefined();
    const s = summary as IngestJobSummary;
    expect(s.documents).toBe(1);
    expect(s.candidates).toBeGreaterThan(0);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]?.file).toBe(join(dir, 'reports', 'broken.txt'));
    expect(s.errors[0]?.message).toContain('broken.txt');
    const stored = await store.listStatements({ status: 'candidate', limit: 1000 }, 'admin');
    expect(stored).toHaveLength(s.candidates);
    await store.close();
  });

  it('fails the job when a path does not exist', { timeout: 60_000 }, async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const { error } = await runJob(store, [join(dir, 'nowhere')]);
    expect(String(error)).toContain('nowhere');
    expect(await store.listStatements({ status: 'candidate' }, 'admin')).toEqual([]);
    await store.close();
  });
});
