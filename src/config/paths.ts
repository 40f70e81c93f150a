/**
 * @module Where the package's own files are, whether running from `src/` (tsx) or `dist/src/`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** The folder holding Longarm's package.json. */
export const PACKAGE_ROOT = findRoot(import.meta.dirname);
/** The bundled curated data set. */
export const DATA_DIR = resolve(PACKAGE_ROOT, 'data');
/** The seed documents beside the repository (present in development and CI). */
export const SEEDS_DIR = resolve(PACKAGE_ROOT, '../shared/seeds');
/** The built web UI. */
export const WEB_DIST_DIR = resolve(PACKAGE_ROOT, 'web/dist');
