/**
 * @module Benchmark: one screening brief over the full bundled data set (in-memory SQLite, loaded
 * once), timed end to end — reading the record through the role, treaty status, precedents,
 * every rule and citation resolution — plus Markdown rendering. Target: under 100 ms per brief.
 * Run: `npm run bench:assess` (`--runs N`, default 50).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assess, parseProfile, renderMarkdown } from '../src/assess/index.js';
import { DATA_DIR, SEEDS_DIR } from '../src/config/paths.js';
import type { Role } from '../src/domain/index.js';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
const TARGET_MS = 100;

const store = new SqliteStore({ path: ':memory:' });
const loaded = await loadDataset(store, { dataDir: DATA_DIR, textDirs: [SEEDS_DIR] });
const profile = parseProfile(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../examples/uyghur-activist.json'), 'utf8')),
);

const scenarios: [string, string, Role][] = [
  ['RS', 'CN', 'public'],
  ['MA', 'CN', 'researcher'],
  ['CZ', 'HK', 'public'],
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

console.log(
  `data set: ${loaded.entities} entities, ${loaded.statements} statements; ${RUNS} runs per scenario after 3 warm-up runs`,
);
let worst = 0;
for (const [host, requesting, role] of scenarios) {
  for (let i = 0; i < 3; i++) await assess(store, { host, requesting, profile }, role);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const brief = await assess(store, { host, requesting, profile }, role);
    renderMarkdown(brief);
    times.push(performance.now() - t0);
    findings = brief.findings.length;
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  worst = Math.max(worst, median);
  console.log(
    `assess ${requesting}→${host} (${role}): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${findings} findings`,
  );
}
console.log(
  worst < TARGET_MS ? `ok: median under ${TARGET_MS} ms` : `SLOW: median ${worst.toFixed(1)} ms ≥ ${TARGET_MS} ms`,
);
await store.close();
