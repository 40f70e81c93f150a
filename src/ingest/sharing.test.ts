/**
 * @module Tests of sharing extraction with this thread: every file handled once, in order, and
 * only plain text taken from the workers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerPool, WorkerReply } from './pool.js';
import { isPlainText, outcomesInOrder, type Outcome } from './sharing.js';
import { DEFAULT_LIMITS } from './types.js';
import { toPdf } from './testing/formats.js';

const dir = mkdtempSync(join(tmpdir(), 'longarm-sharing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A pool of one slow worker that answers in order, each file 5 ms after the one before. */
function slowPool(): { pool: WorkerPool; sent: string[] } {
  const sent: string[] = [];
  let last = Promise.resolve();
  const run = (file: string): Promise<WorkerReply> => {
    sent.push(file);
    const done = last.then(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
    last = done;
    return done.then(() => ({ id: 0, ok: false, error: { code: 'internal', message: file }, timings: {} }));
  };
  return { pool: { run } as unknown as WorkerPool, sent };
}

describe('sharing extraction with the storing thread', () => {
  it('tells plain text from the formats only workers read', () => {
    expect(isPlainText(write('note.txt', 'A plain note about a treaty.'))).toBe(true);
    expect(isPlainText(write('page.txt', '<!doctype html><html><body><p>x</p></body></html>'))).toBe(false);
    expect(isPlainText(write('paper.pdf', toPdf('A short PDF.')))).toBe(false);
    expect(isPlainText(join(dir, 'missing.txt'))).toBe(false);
  });

  it('hands out each file once, yields them in file order, and takes only plain text', async () => {
    const files = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 3
        ? write(`page-${i}.html`, `<html><body><p>Page ${i}</p></body></html>`)
        : write(`note-${i}.txt`, `Note ${i}.`),
    );
    const { pool, sent } = slowPool();
    const taken: string[] = [];
    const here = (file: string): Promise<Outcome> => {
      taken.push(file);
      return Promise.resolve({ kind: 'failed', error: new Error(file) });
    };
    const order: string[] = [];
    for await (const outcome of outcomesInOrder(files, pool, {
      workers: 1,
      limits: DEFAULT_LIMITS,
      recordedAt: () => '2026-12-07T00:00:00Z',
      here,
    })) {
      order.push(
        outcome.kind === 'failed'
          ? (outcome.error as Error).message
          : outcome.kind === 'worker' && !outcome.reply.ok
            ? outcome.reply.error.message
            : '',
      );
    }
    expect(order).toEqual(files);
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.every((f) => f.endsWith('.txt'))).toBe(true);
    expect([...sent, ...taken].sort()).toEqual([...files].sort());
  });

  it('sends every file to the workers when this thread does not extract', async () => {
    const files = Array.from({ length: 20 }, (_, i) => write(`only-${i}.txt`, `Only ${i}.`));
    const { pool, sent } = slowPool();
    let n = 0;
    for await (const outcome of outcomesInOrder(files, pool, {
      workers: 1,
      limits: DEFAULT_LIMITS,
      recordedAt: () => '2026-12-07T00:00:00Z',
    })) {
      expect(outcome.kind).toBe('worker');
      n++;
    }
    expect(n).toBe(files.length);
    expect(sent).toEqual(files);
  });
});
