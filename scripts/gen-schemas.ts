/**
 * @module Writes the published JSON Schemas of `longarm assess`: `schemas/assess-profile.schema.json`
 * (the profile file) and `schemas/brief.schema.json` (the `--format json` output), generated from
 * the zod schemas in `src/assess` and formatted with the repository's prettier settings.
 * Run: `npx tsx scripts/gen-schemas.ts`; `--check` exits non-zero when a file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { schemaFiles } from '../src/assess/schemas.js';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** File name (under `schemas/`) → the formatted JSON text it should hold. */
export async function renderSchemas(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(schemaFiles())) {
    const path = resolve(ROOT, 'schemas', name);
    const options = (await prettier.resolveConfig(path)) ?? {};
    out[name] = await prettier.format(text, { ...options, filepath: path });
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(await renderSchemas())) {
    const path = resolve(ROOT, 'schemas', name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) {
      console.error(`schemas/${name} is out of date: run npx tsx scripts/gen-schemas.ts`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote schemas/${name}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
