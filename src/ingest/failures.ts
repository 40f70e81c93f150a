/**
 * @module The list of files that failed last time, kept beside the database
 * (`<db>.ingest-failures.json`) so `longarm ingest --retry-failed` re-runs only those.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileResult } from './pipeline.js';

/** One remembered failure. */
export interface FailureRecord {
  readonly file: string;
  readonly code: string;
  readonly message: string;
  readonly at: string;
}

/** Where the failure list of a database lives. */
export function failuresPath(db: string, databaseUrl?: string): string {
  return databaseUrl ? resolve('longarm.ingest-failures.json') : `${db}.ingest-failures.json`;
}

/** Reads the failure list; empty when there is none. */
export async function readFailures(path: string): Promise<FailureRecord[]> {
  if (!existsSync(path)) return [];
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { failures?: FailureRecord[] };
    return Array.isArray(data.failures) ? data.failures : [];
  } catch {
    return [];
  }
}

/**
 * Updates the list after a batch: files that now succeeded (or are duplicates) leave it, files
 * that failed are (re)added, others stay. Written atomically (temp file, then rename).
 */
export async function updateFailures(
  path: string,
  results: readonly FileResult[],
  now = new Date(),
): Promise<FailureRecord[]> {
  const byFile = new Map((await readFailures(path)).map((f) => [f.file, f]));
  for (const r of results) {
    const file = resolve(r.file);
    if (r.status === 'failed' && r.error)
      byFile.set(file, { file, code: r.error.code, message: r.error.message, at: now.toISOString() });
    else byFile.delete(file);
  }
  const failures = [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
  const tmp = `${path}.tmp`;
  await writeFile(tmp, JSON.stringify({ failures }, null, 2) + '\n');
  await rename(tmp, path);
  return failures;
}
