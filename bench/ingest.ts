/**
 * Ingestion benchmark: generates a reproducible corpus (≥ 50 MB of plain text, seed 42) in a temp
 * folder and ingests it into a fresh SQLite file through the whole pipeline — read, dedupe,
 * segment, gazetteer, dates, extractors, resolution, storage. Prints documents/s, MB/s, peak
 * memory and per-stage times. Run: `npm run bench:ingest` (`-- --mb 10 --workers 1` to vary).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../src/ingest/index.js';
import { SqliteStore } from '../src/store/index.js';
import { writeCorpus } from './corpus/generate.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const mb = arg('mb', 50);
const workers = arg('workers', 2);
const dir = await mkdtemp(join(tmpdir(), 'longarm-bench-ingest-'));
try {
  let t = performance.now();
  const files = await writeCorpus(join(dir, 'corpus'), mb * 1024 * 1024, 42);
  console.log(`corpus: ${files.length} documents, ≥ ${mb} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const store = new SqliteStore({ path: join(dir, 'bench.db') });
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  t = performance.now();
  const report = await ingestFiles(store, files, { workers });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const counts = await store.counts('admin');
  await store.close();
  const megabytes = report.bytes / 1048576;
  console.log(`ingested ${report.documents} documents (${megabytes.toFixed(1)} MB), ${report.candidates} candidates, ${report.failed} failed, in ${seconds.toFixed(1)} s with ${workers} worker(s)`);
  console.log(`throughput: ${(report.documents / seconds).toFixed(1)} documents/s, ${(megabytes / seconds).toFixed(2)} MB/s`);
  console.log(`peak memory (RSS, main thread + workers): ${(peak / 1048576).toFixed(0)} MB`);
  console.log(`store: ${JSON.stringify(counts.statements)} statements by status, ${counts.sourceTexts} source texts`);
  console.log('stage times (ms, summed over documents; with workers, extraction stages are summed across threads):');
  for (const [k, v] of Object.entries(report.timings)) console.log(`  ${k.padEnd(12)} ${String(v).padStart(8)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
