/**
 * @module The job-queue contract suite: every JobQueue implementation runs these scenarios
 * (`runJobQueueContract(name, open)` from its own test file), so the in-process and pg-boss
 * queues behave alike. `open` must give a fresh queue with `retryLimit: 1`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job, JobQueue } from './types.js';

/** Polls `check` until it holds or `ms` pass. */
async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for jobs');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Registers the contract scenarios for one queue implementation. */
export function runJobQueueContract(name: string, open: () => Promise<JobQueue>): void {
  describe(`JobQueue contract: ${name}`, () => {
    let queue: JobQueue;
    let stopped = false;
    beforeEach(async () => {
      queue = await open();
      stopped = false;
    });
    afterEach(async () => {
      if (!stopped) await queue.stop();
    });

    it('delivers each job once, with its id, queue name and a copy of its payload', async () => {
      const seen: Job[] = [];
      await queue.work('contract-a', async (job) => {
        seen.push(job);
        return Promise.resolve();
      });
      const payload = { paths: ['a.txt'], n: 1 };
      const id1 = await queue.enqueue('contract-a', payload);
      payload.paths.push('changed-after-enqueue');
      const id2 = await queue.enqueue('contract-a', { paths: ['b.txt'], n: 2 });
      await eventually(() => seen.length >= 2);
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toHaveLength(2);
      const byId = new Map(seen.map((j) => [j.id, j]));
      expect(byId.get(id1)).toEqual({ id: id1, name: 'contract-a', payload: { paths: ['a.txt'], n: 1 } });
      expect(byId.get(id2)?.payload).toEqual({ paths: ['b.txt'], n: 2 });
    });

    it('works jobs enqueued before a worker started, and keeps queues apart', async () => {
      await queue.enqueue('contract-b', { n: 1 });
      await queue.enqueue('contract-c', { n: 2 });
      const seen: unknown[] = [];
      await queue.work('contract-b', (job) => {
        seen.push(job.payload);
        return Promise.resolve();
      });
      await eventually(() => seen.length >= 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual([{ n: 1 }]);
    });

    it('runs up to `concurrency` jobs at once', async () => {
      let running = 0;
      let peak = 0;
      let done = 0;
      await queue.work(
        'contract-d',
        async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 300));
          running--;
          done++;
        },
        { concurrency: 2 },
      );
      for (let i = 0; i < 4; i++) await queue.enqueue('contract-d', { i });
      await eventually(() => done === 4, 20_000);
      expect(peak).toBe(2);
    });

    it('retries a failing job, then gives up', async () => {
      let attempts = 0;
      await queue.work('contract-e', () => {
        attempts++;
        return Promise.reject(new Error('always fails'));
      });
      await queue.enqueue('contract-e', {});
      await eventually(() => attempts >= 2, 20_000);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(attempts).toBe(2);
    });

    it('stop() waits for the running job to finish', async () => {
      let finished = false;
      let started = false;
      await queue.work('contract-f', async () => {
        started = true;
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
      });
      await queue.enqueue('contract-f', {});
      await eventually(() => started);
      await queue.stop();
      stopped = true;
      expect(finished).toBe(true);
    });
  });
}
