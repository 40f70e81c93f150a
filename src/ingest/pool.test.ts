import { describe, expect, it } from 'vitest';
import { WorkerPool } from './pool.js';
import { DEFAULT_LIMITS } from './types.js';

describe('WorkerPool', () => {
  it('stops a worker stuck in a synchronous loop, fails that file alone and reruns the others', async () => {
    const pool = new WorkerPool(
      1,
      { ids: [], byName: [], instruments: [] },
      new URL('./testing/stuck-worker.mjs', import.meta.url),
    );
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 100 };
    try {
      const started = performance.now();
      // All three queue on the one worker; the second and third wait behind the stuck one.
      const replies = await Promise.all(['a.txt', 'stuck.pdf', 'b.txt'].map((f) => pool.run(f, limits, '')));
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(replies.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['unsupported', 'too_large', 'unsupported']);
      const stuck = replies[1];
      expect(stuck?.ok === false && stuck.error.message).toMatch(
        /^stuck\.pdf: reading and extracting took longer than 200 ms/,
      );
      expect(replies[2]?.ok === false && replies[2].error.message).toBe('b.txt: fake');
    } finally {
      await pool.close();
    }
  });
});
