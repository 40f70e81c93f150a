/**
 * Ingestion benchmark: generates a reproducible corpus (≥ 50 MB of plain text, seed 42) in a temp
 * folder and ingests it into a fresh SQLite file through the whole pipeline — read, dedupe,
 * segment, gazetteer, dates, extractors, resolution, storage. Prints documents/s, MB/s, peak
 * memory and per-stage times of the median of three runs. Run: `npm run bench:ingest` (`-- --mb 10 --workers 2
 * --runs 5` to vary; 0 workers runs all on one thread; `--source` runs src/ through tsx instead of the compiled dist/).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Ingest from '../src/ingest/index.js';
import type { PreparedDocument } from '../src/ingest/prepare.js';
import type * as StoreModule from '../src/store/index.js';
import { writeCorpus } from './corpus/generate.js';

// The code users run: the compiled modules (`npm run bench:ingest` builds them first), so the worker
// thread loads JavaScript instead of compiling TypeScript as it starts. `--source` measures src/.
const root = join(import.meta.dirname, '..');
const compiled = !process.argv.includes('--source') && existsSync(join(root, 'dist/src/ingest/index.js'));
const load = async <T>(module: string): Promise<T> =>
  (await import(pathToFileURL(join(root, compiled ? `dist/src/${module}.js` : `src/${module}.ts`)).href)) as T;
const {
  defaultWorkers,
  EntityIndex,
  extractDocument,
  GROUP_LIMITS,
  ingestFiles,
  prepareDocument,
  readDocument,
  simhash,
  storeDocuments,
} = await load<typeof Ingest>('ingest/index');
const { SqliteStore } = await load<typeof StoreModule>('store/index');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const mb = arg('mb', 50);
const workers = arg('workers', defaultWorkers());
const runCount = Math.max(1, arg('runs', 3));

/** One timed ingestion of the corpus into a fresh database. */
interface Run {
  readonly report: Awaited<ReturnType<typeof ingestFiles>>;
  readonly seconds: number;
  readonly megabytes: number;
  readonly cpu: number;
  /** Main thread's busy time (s). */
  readonly busy: number;
  readonly peak: number;
  readonly counts: Awaited<ReturnType<InstanceType<typeof SqliteStore>['counts']>>;
}

async function ingestOnce(files: readonly string[], path: string): Promise<Run> {
  // As the CLI opens it for ingestion: checkpoints on a thread of their own.
  const store = new SqliteStore({ path, checkpoints: 'background' });
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t = performance.now();
  const cpuBefore = process.cpuUsage();
  const loopBefore = performance.eventLoopUtilization();
  // As the CLI ingests: workers extract, and this thread takes plain-text files when it waits for them.
  const report = await ingestFiles(store, files, { workers, shareExtraction: true });
  // Timed to the store's close, which copies what is left of the write-ahead log into the database.
  await store.close();
  const seconds = (performance.now() - t) / 1000;
  // Which side limits the run: the main thread (storage, resolution) or the workers (extraction).
  const loop = performance.eventLoopUtilization(loopBefore);
  const cpuUsed = process.cpuUsage(cpuBefore);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const stored = new SqliteStore({ path, readonly: true });
  const counts = await stored.counts('admin');
  await stored.close();
  await rm(path, { force: true });
  return {
    report,
    seconds,
    megabytes: report.bytes / 1048576,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    busy: loop.active / 1000,
    peak,
    counts,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'longarm-bench-ingest-'));
try {
  let t = performance.now();
  const files = await writeCorpus(join(dir, 'corpus'), mb * 1024 * 1024, 42);
  console.log(
    `corpus: ${files.length} documents, ≥ ${mb} MB, generated in ${((performance.now() - t) / 1000).toFixed(1)} s; code: ${compiled ? 'compiled (dist/)' : 'TypeScript (src/, through tsx)'}`,
  );
  // The host's speed drifts by up to ±25% within minutes, so the pipeline runs several times, each into a fresh
  // database, and the median run is the figure (the slower middle one of an even count); every run is printed.
  const runs: Run[] = [];
  for (let i = 0; i < runCount; i++) runs.push(await ingestOnce(files, join(dir, `bench-${i}.db`)));
  for (const [i, r] of runs.entries())
    console.log(
      `run ${i + 1}: ${(r.megabytes / r.seconds).toFixed(2)} MB/s, ${r.seconds.toFixed(1)} s, ${r.cpu.toFixed(1)} CPU-s, peak RSS ${(r.peak / 1048576).toFixed(0)} MB`,
    );
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[runs.length >> 1] as Run;
  const { report, seconds, megabytes } = median;
  console.log(
    `median of ${runs.length} run(s): ingested ${report.documents} documents (${megabytes.toFixed(1)} MB), ${report.candidates} candidates, ${report.failed} failed, in ${seconds.toFixed(1)} s with ${workers} worker(s)`,
  );
  console.log(
    `throughput: ${(report.documents / seconds).toFixed(1)} documents/s, ${(megabytes / seconds).toFixed(2)} MB/s`,
  );
  console.log(
    `peak memory (RSS, main thread + workers): ${(median.peak / 1048576).toFixed(0)} MB in the median run, sampled every 100 ms; ${((process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MB the most of any run`,
  );
  console.log(
    `CPU: ${median.cpu.toFixed(1)} s for the process (all threads); main thread busy ${median.busy.toFixed(1)} s of ${seconds.toFixed(1)} s`,
  );
  console.log(
    `store: ${JSON.stringify(median.counts.statements)} statements by status, ${median.counts.sourceTexts} source texts`,
  );
  console.log('stage times (ms, summed over documents; with workers, extraction stages are summed across threads):');
  for (const [k, v] of Object.entries(report.timings)) console.log(`  ${k.padEnd(12)} ${String(v).padStart(8)}`);
  console.log(
    `load average after the runs: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores)`,
  );

  // Without storage: read + segment + extract on the main thread only, on the first 10 MB.
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const f of files) {
    if (sampleBytes > 10 * 1048576) break;
    sample.push(f);
    sampleBytes += (await readDocument(f)).bytes;
  }
  t = performance.now();
  const cpu = process.cpuUsage();
  let extracted = 0;
  const extractedDocs: {
    doc: Awaited<ReturnType<typeof readDocument>>;
    candidates: ReturnType<typeof extractDocument>['candidates'];
  }[] = [];
  for (const f of sample) {
    const doc = await readDocument(f);
    const { candidates } = extractDocument(doc);
    extracted += candidates.length;
    extractedDocs.push({ doc, candidates });
  }
  const extractSeconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `read + extract only (1 thread, no storage, ${(sampleBytes / 1048576).toFixed(1)} MB): ${(sampleBytes / 1048576 / extractSeconds).toFixed(2)} MB/s wall, ` +
      `${(sampleBytes / 1048576 / cpuSeconds).toFixed(2)} MB per CPU-second, ${extracted} candidates`,
  );
  // Storage alone, nothing else running: the same documents, already extracted and resolved.
  const storeOnly = new SqliteStore({ path: join(dir, 'store-only.db'), checkpoints: 'background' });
  const index = await EntityIndex.load(storeOnly);
  const prepared: PreparedDocument[] = extractedDocs.map(({ doc, candidates }) =>
    prepareDocument(doc, candidates, index, { simhash: simhash(doc.text), now: new Date() }),
  );
  const statements = prepared.reduce((n, p) => n + p.statements.length, 0);
  t = performance.now();
  // Grouped as the pipeline groups them (by document count and statements).
  for (let i = 0, n = 0; i < prepared.length;) {
    let j = i;
    for (n = 0; j < prepared.length && j - i < GROUP_LIMITS.documents && n < GROUP_LIMITS.statements; j++)
      n += (prepared[j] as PreparedDocument).statements.length;
    await storeDocuments(storeOnly, prepared.slice(i, j));
    i = j;
  }
  await storeOnly.close();
  const storeSeconds = (performance.now() - t) / 1000;
  console.log(
    `storage only (SqliteStore, file DB, ${statements} statements): ${(sampleBytes / 1048576 / storeSeconds).toFixed(2)} MB/s, ${((storeSeconds * 1e6) / statements).toFixed(0)} µs per statement`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
