/**
 * Runs every benchmark in `bench/` one after another, each in its own process, and prints its output.
 * Run: `npm run bench`. Benchmarks print measurements; none asserts a figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BENCHES = ['load-search.ts', 'assess.ts', 'api.ts', 'ingest.ts', 'hostile.ts', 'store-postgres.ts', 'web.ts'];
let failed = 0;
for (const name of BENCHES) {
  const file = resolve(import.meta.dirname, name);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
