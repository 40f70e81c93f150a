/**
 * Prints counts for the curated data set: entities per kind, statements per file, per seed
 * source and per property, and how many are restricted or not accepted.
 *
 *   npx tsx scripts/dataset-stats.ts [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface RawFile {
  entities?: { id: string; kind: string; sensitivity?: string }[];
  statements?: {
    entity: string;
    property: string;
    source: string;
    status?: string;
    sensitivity?: string;
    rank?: string;
  }[];
}

const dir = resolve(fileURLToPath(new URL('../data', import.meta.url)));
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .sort();

const byKind = new Map<string, number>();
const byFile = new Map<string, { entities: number; statements: number }>();
const bySource = new Map<string, number>();
const byProperty = new Map<string, number>();
const kindBySeed = new Map<string, Map<string, number>>();
let restrictedEntities = 0;
let restrictedStatements = 0;
let accepted = 0;
let deprecated = 0;
let statements = 0;

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

for (const name of names) {
  const f = JSON.parse(readFileSync(join(dir, name), 'utf8')) as RawFile;
  const ents = f.entities ?? [];
  const sts = f.statements ?? [];
  byFile.set(name, { entities: ents.length, statements: sts.length });
  const seed = /^seed-(\d{3})-/.exec(name)?.[1] ?? name.replace(/\.json$/, '');
  const kinds = kindBySeed.get(seed) ?? new Map<string, number>();
  kindBySeed.set(seed, kinds);
  for (const e of ents) {
    bump(byKind, e.kind);
    bump(kinds, e.kind);
    if (e.sensitivity === 'restricted') restrictedEntities++;
  }
  for (const s of sts) {
    statements++;
    bump(bySource, s.source);
    bump(byProperty, s.property);
    if ((s.status ?? 'accepted') === 'accepted') accepted++;
    if (s.rank === 'deprecated') deprecated++;
    if (s.sensitivity === 'restricted') restrictedStatements++;
  }
}

const sorted = (m: Map<string, number>): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const entities = [...byKind.values()].reduce((a, b) => a + b, 0);
const seedSources = sorted(bySource).filter(([id]) => id.startsWith('source:seed-'));

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(
      {
        files: Object.fromEntries(byFile),
        entities,
        entitiesByKind: Object.fromEntries(sorted(byKind)),
        entitiesByKindPerSeed: Object.fromEntries([...kindBySeed].map(([k, m]) => [k, Object.fromEntries(sorted(m))])),
        statements,
        accepted,
        deprecated,
        restrictedEntities,
        restrictedStatements,
        statementsBySource: Object.fromEntries(sorted(bySource)),
        statementsByProperty: Object.fromEntries(sorted(byProperty)),
      },
      null,
      2,
    ),
  );
} else {
  const table = (title: string, rows: [string, number | string][]): void => {
    console.log(`\n${title}`);
    const w = Math.max(...rows.map(([k]) => k.length), 4);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${String(v).padStart(5)}`);
  };
  console.log(
    `${names.length} files, ${entities} entities, ${statements} statements (${accepted} accepted, ${deprecated} deprecated)`,
  );
  console.log(`restricted: ${restrictedEntities} entities, ${restrictedStatements} statements`);
  table('entities per kind', sorted(byKind));
  for (const [seed, kinds] of [...kindBySeed].sort()) {
    table(`entities per kind declared in ${seed}`, sorted(kinds));
  }
  table(
    'per file (entities / statements)',
    [...byFile].map(([k, v]) => [k, `${v.entities} / ${v.statements}`]),
  );
  table('statements per seed source', seedSources);
  table('statements per property', sorted(byProperty));
}
