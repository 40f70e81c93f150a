/**
 * @module Shared test helpers: fixture paths, an in-memory store loaded with the fixture, and
 * running the CLI as a user would.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURE_DATA = resolve(ROOT, 'test/fixtures/dataset');
export const FIXTURE_TEXTS = resolve(ROOT, 'test/fixtures/texts');
export const SEEDS = resolve(ROOT, '../shared/seeds');

/** A fresh in-memory store with the hand-made fixture loaded. */
export async function fixtureStore(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store, { dataDir: FIXTURE_DATA, textDirs: [FIXTURE_TEXTS] });
  return store;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `longarm ARGS…` from source, as a user would, and never throws on a non-zero exit. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', LONGARM_ROLE: '', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}
