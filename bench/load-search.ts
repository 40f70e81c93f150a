/**
 * Benchmark: `load` of the bundled data set into a fresh SQLite file, then search latency over it.
 * Run: `npx tsx bench/load-search.ts`. Prints wall-clock timings; nothing is asserted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';

const QUERIES = [
  'Smederevo',
  'extradition treaty',
  'Liu Poland',
  'Huawei cameras',
  'joint patrols',
  'Hong Kong',
  'steel',
  'Belgrade',
  'torture',
  'ratified',
];

const dir = mkdtempSync(join(tmpdir(), 'longarm-bench-'));
const store = new SqliteStore({ path: join(dir, 'bench.db') });
let t = performance.now();
const summary = await loadDataset(store);
const loadMs = performance.now() - t;

const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    t = performance.now();
    await store.search(q, { limit: 20 }, 'public');
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
console.log(
  `load: ${summary.entities} entities, ${summary.statements} statements, ${summary.sourceTexts} texts in ${loadMs.toFixed(0)} ms`,
);
console.log(`search (${times.length} queries): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
await store.close();
