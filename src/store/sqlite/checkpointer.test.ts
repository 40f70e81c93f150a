import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Checkpointer } from './checkpointer.js';
import { SqliteStore } from './sqlite-store.js';

/** Half a megabyte of text: far below the 1,000 pages after which a writer checkpoints itself. */
const TEXT = 'Longarm keeps sourced statements. '.repeat(16_000);

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20)))
    if (check()) return true;
  return check();
}

describe('checkpoints', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'longarm-checkpoints-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('in the background, copies what a writer commits into the database file while the store stays open', async () => {
    const path = join(dir, 'bulk.db');
    const store = new SqliteStore({ path, checkpoints: 'background' });
    const before = statSync(path).size;
    const hash = await store.putSourceText(TEXT);
    expect(await until(() => statSync(path).size >= before + TEXT.length, 5000)).toBe(true);
    await store.close();
    const reopened = new SqliteStore({ path, readonly: true });
    expect(await reopened.getSourceText(hash, 'admin')).toBe(TEXT);
    await reopened.close();
  });

  it('inline (the default), leaves a small commit in the write-ahead log until the store closes', async () => {
    const path = join(dir, 'inline.db');
    const store = new SqliteStore({ path });
    const before = statSync(path).size;
    await store.putSourceText(TEXT);
    expect(await until(() => statSync(path).size >= before + TEXT.length, 300)).toBe(false);
    await store.close();
    expect(statSync(path).size).toBeGreaterThanOrEqual(before + TEXT.length);
  });

  it('does not keep the process alive when a store is left open', async () => {
    const path = join(dir, 'forgotten.db');
    const script = `import { SqliteStore } from ${JSON.stringify(new URL('./sqlite-store.ts', import.meta.url).href)};
      const store = new SqliteStore({ path: ${JSON.stringify(path)}, checkpoints: 'background' });
      await store.putSourceText('text');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      timeout: 20_000,
      encoding: 'utf8',
    });
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
  });

  it('reports a thread that cannot start, so the writer checkpoints itself again', async () => {
    const failures: Error[] = [];
    const checkpointer = new Checkpointer(
      join(dir, 'none.db'),
      (e) => failures.push(e),
      100,
      join(dir, 'no-driver.js'),
    );
    expect(await until(() => failures.length > 0, 5000)).toBe(true);
    expect(failures[0]?.message).toMatch(/no-driver/);
    await checkpointer.stop();
  });
});
