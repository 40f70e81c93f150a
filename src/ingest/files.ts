/**
 * @module Expanding the paths given to `longarm ingest` (files and folders, recursive) into a
 * sorted list of files, skipping hidden files and folders.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LongarmError } from '../errors.js';

/**
 * Lists the files under `paths` (folders are walked recursively), sorted, without duplicates.
 * @throws LongarmError `not_found` for a path that does not exist.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) throw new LongarmError('not_found', `${path}: no such file or folder`, { file: path });
    if (info.isFile()) {
      out.add(path);
      return;
    }
    if (!info.isDirectory()) return;
    for (const entry of (await readdir(path)).sort()) {
      if (entry.startsWith('.')) continue;
      await walk(join(path, entry));
    }
  };
  for (const p of paths) await walk(p);
  return [...out];
}
