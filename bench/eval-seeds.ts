/**
 * Evaluation of ingestion against the curated data set: ingests the seeds (../shared/seeds) into
 * an empty in-memory store and compares the candidate statements with the curated statements
 * (data/*.json, loaded with `loadDataset`). Prints precision and recall per statement kind.
 *
 * Matching rule: a candidate matches a curated statement when it has the same property, an
 * equivalent entity, a compatible value and an overlapping locator in the same text.
 * - equivalent entity: same id; for instruments, the same type and set of parties; otherwise an
 *   entity whose name or an alias equals the curated entity's name or an alias, or one of whose
 *   statements has the same property and an overlapping locator as one of the curated entity's
 *   (evidence alignment — used for decisions, programs and cited sources, whose ids we cannot guess).
 * - compatible value: dates whose intervals overlap; `unknown` agrees with any date; `none` only
 *   with `none`; references to equivalent entities; equal numbers and money; text by category for
 *   outcomes and grounds (approved / refused / overruled / interim; torture, ill-treatment, …),
 *   equal for types and levels.
 * Run: `npm run eval:seeds`.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, Statement, Value } from '../src/domain/index.js';
import { compareDates, isLifecycleEvent } from '../src/domain/index.js';
import { ingestFiles } from '../src/ingest/index.js';
import { foldCase } from '../src/ingest/extractors/aho-corasick.js';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, '../shared/seeds');

type Kind =
  'treaty lifecycle events' | 'extradition decisions' | 'instrument parties and types' | 'programs' | 'citations';
const DECISION_PROPERTIES = new Set(['decided_by', 'decided_on', 'outcome', 'ground', 'court_level']);
const PROGRAM_PROPERTIES = new Set([
  'program_type',
  'country',
  'participant',
  'city',
  'camera_count',
  'officer_count',
  'vendor',
  'started',
]);

interface World {
  readonly entities: Map<string, Entity>;
  readonly statements: Statement[];
  readonly byEntity: Map<string, Statement[]>;
}

async function world(store: SqliteStore): Promise<World> {
  const entities = new Map<string, Entity>();
  for (const e of await store.listEntities({ includeCandidates: true, limit: 100_000 }, 'admin')) entities.set(e.id, e);
  const statements = await store.listStatements(
    { status: ['accepted', 'candidate', 'disputed'], limit: 100_000 },
    'admin',
  );
  const byEntity = new Map<string, Statement[]>();
  for (const s of statements) byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), s]);
  return { entities, statements, byEntity };
}

const EXTRADITION = /extradit|refoulement|interim measure|surrender/i;

function kindOf(s: Statement, w: World): Kind | undefined {
  const kind = w.entities.get(s.entity)?.kind;
  if (kind === 'instrument' && isLifecycleEvent(s.property)) return 'treaty lifecycle events';
  if (kind === 'instrument' && (s.property === 'party' || s.property === 'instrument_type'))
    return 'instrument parties and types';
  if (kind === 'decision' && DECISION_PROPERTIES.has(s.property)) {
    const about = [
      s.entity,
      w.entities.get(s.entity)?.name ?? '',
      ...(w.byEntity.get(s.entity) ?? []).map((x) =>
        x.value.type === 'text' ? x.value.text : x.value.type === 'ref' ? x.value.id : '',
      ),
    ].join(' ');
    return EXTRADITION.test(about) ? 'extradition decisions' : undefined;
  }
  if (kind === 'program' && PROGRAM_PROPERTIES.has(s.property)) return 'programs';
  if (s.property === 'cites') return 'citations';
  return undefined;
}

function overlap(a: Statement, b: Statement): boolean {
  return Boolean(
    a.locator &&
    b.locator &&
    a.locator.sha256 === b.locator.sha256 &&
    a.locator.start < b.locator.end &&
    b.locator.start < a.locator.end,
  );
}

const norm = (t: string): string =>
  foldCase(t)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function names(e: Entity | undefined): Set<string> {
  return new Set(e ? [e.name, ...e.aliases, e.source?.title ?? ''].filter(Boolean).map(norm) : []);
}

function instrumentKey(id: string, w: World): string | undefined {
  const st = w.byEntity.get(id) ?? [];
  const type = st.find((s) => s.property === 'instrument_type' && s.value.type === 'text');
  const parties = st
    .filter((s) => s.property === 'party' && s.value.type === 'ref')
    .map((s) => (s.value as { id: string }).id);
  if (!type || parties.length < 2) return undefined;
  return `${(type.value as { text: string }).text}|${[...new Set(parties)].sort().join()}`;
}

function outcomeClass(t: string): string {
  if (/interim/i.test(t)) return 'interim';
  if (/overrul|overturn|quash|annul/i.test(t)) return 'overruled';
  if (/refus|block|stop|prevent|denied|reject|breach|bar|violation/i.test(t)) return 'refused';
  if (/approv|favou?r|upheld|grant|extradites/i.test(t)) return 'approved';
  return 'other';
}

const GROUND_CLASSES: readonly [RegExp, string][] = [
  [/tortur/i, 'torture'],
  [/ill-?treat|mistreat|inhuman|degrading/i, 'ill-treatment'],
  [/persecut/i, 'persecution'],
  [/death penalty/i, 'death'],
  [/safeguard|fair trial|judicia/i, 'safeguards'],
  [/violence/i, 'violence'],
  [/human rights/i, 'human rights'],
];

function groundClasses(t: string): Set<string> {
  return new Set(GROUND_CLASSES.filter(([re]) => re.test(t)).map(([, c]) => c));
}

class Matcher {
  private readonly aligned = new Map<string, Set<string>>();

  constructor(
    private readonly gold: World,
    private readonly cand: World,
  ) {
    // Evidence alignment: entities whose statements share a property and an overlapping span.
    const goldBySha = new Map<string, Statement[]>();
    for (const g of gold.statements)
      if (g.locator) goldBySha.set(g.locator.sha256, [...(goldBySha.get(g.locator.sha256) ?? []), g]);
    for (const c of cand.statements) {
      if (!c.locator) continue;
      for (const g of goldBySha.get(c.locator.sha256) ?? []) {
        if (g.property === c.property && overlap(g, c)) {
          const set = this.aligned.get(c.entity) ?? new Set<string>();
          set.add(g.entity);
          this.aligned.set(c.entity, set);
        }
      }
    }
  }

  equivalent(candId: string, goldId: string): boolean {
    if (candId === goldId) return true;
    const ce = this.cand.entities.get(candId);
    const ge = this.gold.entities.get(goldId);
    if (ce && ge && ce.kind !== ge.kind) return false;
    if (ce?.kind === 'instrument') {
      const a = instrumentKey(candId, this.cand);
      const b = instrumentKey(goldId, this.gold);
      if (a && b) return a === b;
    }
    const cn = names(ce);
    for (const n of names(ge)) if (cn.has(n)) return true;
    return ce?.kind !== 'instrument' && ce?.kind !== 'country' && Boolean(this.aligned.get(candId)?.has(goldId));
  }

  compatible(property: string, c: Value, g: Value): boolean {
    if (g.type === 'none' || c.type === 'none') return g.type === c.type;
    if (g.type === 'unknown' || c.type === 'unknown')
      return g.type === c.type || g.type === 'date' || c.type === 'date';
    if (c.type === 'date' && g.type === 'date') {
      const o = compareDates(c.date, g.date);
      return o === 'same' || o === 'undecided';
    }
    if (c.type === 'ref' && g.type === 'ref') {
      if (property === 'cites') {
        const a = [...names(this.cand.entities.get(c.id))][0]?.split(' ') ?? [];
        const b = new Set([...names(this.gold.entities.get(g.id))].flatMap((n) => n.split(' ')));
        return a.length > 0 && a.filter((w) => b.has(w)).length / a.length >= 0.5;
      }
      return this.equivalent(c.id, g.id);
    }
    if (c.type === 'text' && g.type === 'text') {
      if (property === 'outcome') return outcomeClass(c.text) === outcomeClass(g.text);
      if (property === 'ground') {
        const gc = groundClasses(g.text);
        return [...groundClasses(c.text)].some((x) => gc.has(x));
      }
      return norm(c.text) === norm(g.text);
    }
    if (c.type === 'number' && g.type === 'number') return c.amount === g.amount;
    if (c.type === 'money' && g.type === 'money') return c.amount === g.amount && c.currency === g.currency;
    return false;
  }

  matches(c: Statement, g: Statement): boolean {
    return (
      c.property === g.property &&
      overlap(c, g) &&
      this.equivalent(c.entity, g.entity) &&
      this.compatible(c.property, c.value, g.value)
    );
  }
}

const goldStore = new SqliteStore({ path: ':memory:' });
await loadDataset(goldStore, { textDirs: [SEEDS] });
const candStore = new SqliteStore({ path: ':memory:' });
const files = readdirSync(SEEDS)
  .sort()
  .map((f) => join(SEEDS, f));
const t0 = performance.now();
const report = await ingestFiles(candStore, files);
const ms = performance.now() - t0;
const gold = await world(goldStore);
const cand = await world(candStore);
const matcher = new Matcher(gold, cand);

const KINDS: Kind[] = [
  'treaty lifecycle events',
  'extradition decisions',
  'instrument parties and types',
  'programs',
  'citations',
];
const rows: string[][] = [];
const detail = process.argv.includes('--detail');
for (const kind of KINDS) {
  const g = gold.statements.filter((s) => s.locator && kindOf(s, gold) === kind);
  const c = cand.statements.filter((s) => s.status === 'candidate' && kindOf(s, cand) === kind);
  const foundGold = g.filter((x) => c.some((y) => matcher.matches(y, x)));
  const goodCand = c.filter((y) => g.some((x) => matcher.matches(y, x)));
  const p = c.length ? goodCand.length / c.length : 0;
  const r = g.length ? foundGold.length / g.length : 0;
  rows.push([
    kind,
    String(g.length),
    String(c.length),
    String(foundGold.length),
    String(goodCand.length),
    p.toFixed(2),
    r.toFixed(2),
  ]);
  if (detail) {
    for (const x of g.filter((x) => !foundGold.includes(x)))
      console.log(`  missed  ${kind}: ${x.entity} ${x.property} ${JSON.stringify(x.value)}`);
    for (const y of c.filter((y) => !goodCand.includes(y)))
      console.log(
        `  extra   ${kind}: ${y.entity} ${y.property} ${JSON.stringify(y.value)} ${JSON.stringify(y.qualifiers)}`,
      );
  }
}
const header = ['statement kind', 'curated', 'candidates', 'curated found', 'candidates right', 'precision', 'recall'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ') + ' |';
console.log(
  `ingested ${report.documents} seeds (${(report.bytes / 1024).toFixed(0)} KB) in ${ms.toFixed(0)} ms: ${report.candidates} candidates`,
);
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
await goldStore.close();
await candStore.close();
