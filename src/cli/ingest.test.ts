/**
 * @module `longarm ingest` and `longarm review` as a user runs them: JSON summary with per-file
 * errors, the failure list and `--retry-failed`, idempotence, and a review decision.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SEEDS } from '../../test/helpers.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('longarm ingest / review', () => {
  it(
    'ingests a folder, reports errors per file, retries only the failures, and reviews',
    { timeout: 120_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'longarm-cli-ingest-'));
      dirs.push(dir);
      const docs = join(dir, 'docs');
      await rm(docs, { recursive: true, force: true });
      await import('node:fs/promises').then((fs) => fs.mkdir(join(docs, 'sub'), { recursive: true }));
      const seed = readdirSync(SEEDS).sort()[0] as string;
      await copyFile(join(SEEDS, seed), join(docs, 'sub', seed));
      await writeFile(join(docs, 'bad.txt'), Buffer.from([0x61, 0xff, 0x62]));
      const db = join(dir, 'test.db');

      const first = await runCli(['ingest', docs, '--db', db, '--json']);
      expect(first.code).not.toBe(0);
      const summary = JSON.parse(first.stdout) as {
        documents: number;
        duplicates: number;
        candidates: number;
        errors: { file: string; code: string; message: string }[];
      };
      expect(summary).toMatchObject({ documents: 1, duplicates: 0 });
      expect(summary.candidates).toBeGreaterThan(0);
      expect(summary.errors).toEqual([
        {
          file: join(docs, 'bad.txt'),
          code: 'invalid_data',
          message: expect.stringContaining('bad.txt: not valid UTF-8'),
        },
      ]);

      const again = JSON.parse(
        (await runCli(['ingest', join(docs, 'sub'), '--db', db, '--json'])).stdout,
      ) as typeof summary;
      expect(again).toMatchObject({ documents: 0, duplicates: 1, candidates: 0, errors: [] });

      await writeFile(join(docs, 'bad.txt'), 'Now valid UTF-8 text about Serbia and China.');
      const retry = await runCli(['ingest', '--retry-failed', '--db', db, '--json']);
      expect(retry.code).toBe(0);
      expect(JSON.parse(retry.stdout)).toMatchObject({ documents: 1, errors: [] });

      const list = JSON.parse(
        (await runCli(['review', 'list', '--db', db, '--json', '--role', 'researcher', '--limit', '1'])).stdout,
      ) as { total: number; items: { statement: { id: string } }[] };
      expect(list.total).toBe(summary.candidates);
      const id = list.items[0]?.statement.id as string;
      const noWhy = await runCli(['review', 'accept', id, '--db', db]);
      expect(noWhy.code).not.toBe(0);
      expect(noWhy.stderr).toContain('--why');
      const accepted = await runCli([
        'review',
        'accept',
        id,
        '--db',
        db,
        '--by',
        'tester',
        '--why',
        'checked against the span',
        '--json',
      ]);
      expect(JSON.parse(accepted.stdout)).toMatchObject({ statement: id, status: 'accepted' });
    },
  );
});
