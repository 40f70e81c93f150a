/**
 * Benchmark: the SQLite store against the PostgreSQL store on the same synthetic corpus.
 * Loads 2,000 entities and 20,000 statements (each with an evidence span in one 300 kB source
 * text) in one transaction, re-indexes, then runs 200 two-word searches (after 20 warm-up ones)
 * and prints wall-clock load time and search p50/p95/max as a table. Nothing is asserted.
 *
 * Run: `npm run bench:store`. PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * `postgres://postgres@127.0.0.1:5432/test`; the run uses a throwaway schema (BENCH_KEEP_SCHEMA=name
 * keeps it under that name, to inspect plans). Without a server only SQLite is measured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Entity, Statement } from '../src/domain/index.js';
import { createLocator, normalizeText, sha256, statementId } from '../src/domain/index.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/types.js';

const ENTITIES = 2_000;
const STATEMENTS = 20_000;
const QUERIES = 200;
const WARMUP = 20;
const URL =
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Deterministic PRNG (mulberry32), so every run and every store sees the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20261123);
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ser',
  'tan',
  'vo',
  'ri',
  'del',
  'pra',
  'nu',
  'gor',
  'shi',
  'bel',
  'tra',
  'zen',
  'ol',
];
const VOCABULARY = [...new Set(Array.from({ length: 6_000 }, () => word()))];
function word(): string {
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}
/** Zipf-like pick: common words far more often than rare ones. */
function zipfWord(): string {
  const rank = Math.floor(Math.exp(rand() * Math.log(VOCABULARY.length)));
  return VOCABULARY[Math.min(VOCABULARY.length - 1, rank)] ?? 'ka';
}
function sentence(words: number): string {
  return Array.from({ length: words }, zipfWord).join(' ');
}

// The corpus.
const TEXT = normalizeText(Array.from({ length: 3_000 }, () => sentence(12) + '.').join('\n'));
const HASH = sha256(TEXT);
const source: Entity = {
  id: 'source:bench-report',
  kind: 'source',
  name: 'Benchmark report',
  aliases: [],
  sensitivity: 'public',
  source: { title: 'Benchmark report', sha256: HASH },
};
const entities: Entity[] = Array.from({ length: ENTITIES }, (_, i) => ({
  id: `organization:bench-${String(i).padStart(5, '0')}`,
  kind: 'organization' as const,
  name: `${sentence(2)} ${i}`,
  aliases: rand() < 0.3 ? [sentence(2)] : [],
  sensitivity: rand() < 0.05 ? ('restricted' as const) : ('public' as const),
}));
const statements: Statement[] = Array.from({ length: STATEMENTS }, (_, i) => {
  const entity = entities[i % ENTITIES]?.id ?? 'organization:bench-00000';
  const start = Math.floor(rand() * (TEXT.length - 200));
  const base = {
    entity,
    property: 'description',
    value: { type: 'text' as const, text: `${sentence(8)} ${i}` },
    qualifiers: {},
    source: source.id,
    locator: createLocator(TEXT, start, start + 80 + Math.floor(rand() * 100)),
  };
  return {
    ...base,
    id: statementId(base),
    status: 'accepted' as const,
    rank: 'normal' as const,
    sensitivity: rand() < 0.05 ? ('restricted' as const) : ('public' as const),
    recorded_at: '2026-11-23',
    recorded_by: 'bench',
  };
});
const queries = Array.from({ length: QUERIES }, () => {
  // Ranks log-uniform between 5 and the vocabulary size: from common to rare words.
  const pick = (): string =>
    VOCABULARY[Math.floor(Math.exp(Math.log(5) + rand() * (Math.log(VOCABULARY.length) - Math.log(5))))] ?? 'ka';
  return `${pick()} ${pick()}`;
});

interface Result {
  readonly store: string;
  readonly loadMs: number;
  readonly reindexMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly meanHits: number;
}

async function measure(name: string, store: Store): Promise<Result> {
  let t = performance.now();
  let reindexMs = 0;
  await store.transaction(async (tx) => {
    await tx.putEntity(source);
    for (const e of entities) await tx.putEntity(e);
    await tx.putSourceText(TEXT);
    for (const s of statements) await tx.putStatement(s);
    const r = performance.now();
    await tx.reindex();
    reindexMs = performance.now() - r;
  });
  const loadMs = performance.now() - t;
  for (const q of queries.slice(0, WARMUP))
    await store.search(q.split(' ').reverse().join(' '), { limit: 10 }, 'public');
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    t = performance.now();
    hits += (await store.search(q, { limit: 10 }, 'public')).length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { store: name, loadMs, reindexMs, p50: at(0.5), p95: at(0.95), max: at(1), meanHits: hits / QUERIES };
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const results: Result[] = [];
const dir = mkdtempSync(join(tmpdir(), 'longarm-bench-store-'));
const sqlite = new SqliteStore({ path: join(dir, 'bench.db') });
try {
  results.push(await measure('sqlite (FTS5, file, WAL)', sqlite));
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}

if (await reachable(URL)) {
  const schema = process.env.BENCH_KEEP_SCHEMA || `longarm_bench_${Date.now().toString(36)}`;
  const postgres = await PostgresStore.connect({ url: URL, schema });
  try {
    results.push(await measure('postgres (tsvector + GIN)', postgres));
  } finally {
    await postgres.close();
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    if (!process.env.BENCH_KEEP_SCHEMA) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
} else {
  console.log(`PostgreSQL not reachable at ${URL}: measuring SQLite only.`);
}

const fmt = (n: number): string => n.toFixed(n < 10 ? 2 : 0);
console.log(
  `corpus: ${ENTITIES + 1} entities, ${STATEMENTS} statements, 1 source text of ${(TEXT.length / 1000).toFixed(0)} kB; ` +
    `${QUERIES} two-word AND queries (after ${WARMUP} warm-up), limit 10, public role`,
);
console.table(
  results.map((r) => ({
    store: r.store,
    'load (ms)': fmt(r.loadMs),
    'of which reindex (ms)': fmt(r.reindexMs),
    'search p50 (ms)': fmt(r.p50),
    'search p95 (ms)': fmt(r.p95),
    'search max (ms)': fmt(r.max),
    'hits/query': r.meanHits.toFixed(1),
  })),
);
