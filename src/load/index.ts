/**
 * @module Loading the curated data set (`data/*.json`) into a store. Every file and record is
 * validated before anything is written, then everything is written in one transaction, so a
 * bad file leaves the database exactly as it was. Loading twice changes nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, Qualifiers, Statement } from '../domain/index.js';
import {
  COUNTRY_NAMES,
  ESTIMATES,
  QUALIFIER_KEYS,
  isCountryCode,
  normalizeText,
  parseDate,
  parseId,
  parseValue,
  PROPERTIES,
  sha256,
  statementId,
} from '../domain/index.js';
import { DATA_DIR, SEEDS_DIR } from '../config/paths.js';
import { LongarmError } from '../errors.js';
import type { Store } from '../store/index.js';

export interface LoadOptions {
  /** Folder of `*.json` data files; default `data` beside the package. */
  readonly dataDir?: string;
  /** Folders searched for source texts (matched by sha256 of their normalized text). */
  readonly textDirs?: readonly string[];
}

export interface LoadSummary {
  readonly files: number;
  readonly entities: number;
  readonly statements: number;
  /** Statements not already in the store. */
  readonly inserted: number;
  readonly sourceTexts: number;
  /** Sources whose text was not found; their evidence shows as not held. */
  readonly missingTexts: readonly string[];
}

/** Source texts are looked for beside the repository (the seeds) and in `./sources`. */
export const DEFAULT_TEXT_DIRS: readonly string[] = [SEEDS_DIR, resolve('sources')];

interface RawStatement {
  entity?: unknown;
  property?: unknown;
  value?: unknown;
  qualifiers?: unknown;
  source?: unknown;
  loc?: unknown;
  pinpoint?: unknown;
  rank?: unknown;
  sensitivity?: unknown;
  status?: unknown;
  supersedes?: unknown;
}

interface ParsedFile {
  readonly file: string;
  readonly entities: Entity[];
  readonly statements: { raw: RawStatement; index: number; recordedAt: string; recordedBy: string }[];
}

function bad(file: string, record: string, reason: string): never {
  throw new LongarmError('invalid_data', reason, { file, record });
}

/** The built-in country entities (ISO 3166-1 alpha-2 plus XK). */
export function countryEntities(): Entity[] {
  return [...COUNTRY_NAMES].map(([code, name]) => ({
    id: `country:${code}`,
    kind: 'country' as const,
    name,
    aliases: [],
    sensitivity: 'public' as const,
  }));
}

async function readDataFile(path: string, name: string): Promise<ParsedFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    bad(name, 'file', `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) bad(name, 'file', 'expected a JSON object');
  const doc = json as Record<string, unknown>;
  const recordedAt = typeof doc.recorded_at === 'string' ? doc.recorded_at : '1970-01-01';
  const recordedBy = typeof doc.recorded_by === 'string' ? doc.recorded_by : 'curator';
  const rawEntities = doc.entities ?? [];
  const rawStatements = doc.statements ?? [];
  if (!Array.isArray(rawEntities)) bad(name, 'entities', 'must be an array');
  if (!Array.isArray(rawStatements)) bad(name, 'statements', 'must be an array');
  const entities = rawEntities.map((raw: unknown, i: number) => parseEntity(raw, name, `entities[${i}]`));
  return {
    file: name,
    entities,
    statements: rawStatements.map((raw: unknown, index: number) => ({
      raw: raw as RawStatement,
      index,
      recordedAt,
      recordedBy,
    })),
  };
}

function parseEntity(raw: unknown, file: string, where: string): Entity {
  if (typeof raw !== 'object' || raw === null) bad(file, where, 'entity must be an object');
  const e = raw as Record<string, unknown>;
  const record = typeof e.id === 'string' ? `${where} (${e.id})` : where;
  if (typeof e.id !== 'string') bad(file, record, 'entity needs an "id"');
  let kind: Entity['kind'];
  try {
    kind = parseId(e.id).kind;
  } catch (err) {
    bad(file, record, (err as Error).message);
  }
  if (kind === 'country') bad(file, record, 'countries are built in; do not declare them');
  if (e.kind !== kind) bad(file, record, `"kind" must be "${kind}" to match the id`);
  if (typeof e.name !== 'string' || !e.name.trim()) bad(file, record, 'entity needs a "name"');
  const aliases = e.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))
    bad(file, record, '"aliases" must be strings');
  const sensitivity = e.sensitivity ?? 'public';
  if (sensitivity !== 'public' && sensitivity !== 'restricted')
    bad(file, record, '"sensitivity" must be public or restricted');
  const entity: Entity = { id: e.id, kind, name: e.name, aliases: aliases as string[], sensitivity };
  if (kind === 'source') {
    const meta = e.source as Record<string, unknown> | undefined;
    if (!meta || typeof meta.title !== 'string') bad(file, record, 'a source needs "source": { "title": … }');
    if (meta.published !== undefined) {
      try {
        parseDate(String(meta.published));
      } catch (err) {
        bad(file, record, `source.published: ${(err as Error).message}`);
      }
    }
    if (meta.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(String(meta.sha256)))
      bad(file, record, 'source.sha256 must be 64 hex digits');
    return { ...entity, source: meta as unknown as NonNullable<Entity['source']> };
  }
  return entity;
}

const QUALIFIER_DATES = ['valid_from', 'valid_to', 'as_of'] as const;

function parseQualifiers(raw: unknown, file: string, record: string, known: (id: string) => boolean): Qualifiers {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null) bad(file, record, '"qualifiers" must be an object');
  const q = raw as Record<string, unknown>;
  for (const key of Object.keys(q))
    if (!(QUALIFIER_KEYS as readonly string[]).includes(key)) bad(file, record, `unknown qualifier "${key}"`);
  for (const key of QUALIFIER_DATES) {
    if (q[key] !== undefined) {
      try {
        parseDate(String(q[key]));
      } catch (err) {
        bad(file, record, `qualifiers.${key}: ${(err as Error).message}`);
      }
    }
  }
  if (q.party !== undefined) {
    const party = String(q.party);
    if (!party.startsWith('country:') || !isCountryCode(party.slice(8)))
      bad(file, record, `qualifiers.party: unknown country ${JSON.stringify(party)}`);
  }
  if (q.place !== undefined && !known(String(q.place)))
    bad(file, record, `qualifiers.place: no entity ${String(q.place)}`);
  if (q.confidence !== undefined && (typeof q.confidence !== 'number' || q.confidence < 0 || q.confidence > 1)) {
    bad(file, record, 'qualifiers.confidence must be a number from 0 to 1');
  }
  if (q.bound !== undefined && q.bound !== 'min' && q.bound !== 'max')
    bad(file, record, 'qualifiers.bound must be min or max');
  if (q.estimate !== undefined && !(ESTIMATES as readonly string[]).includes(String(q.estimate))) {
    bad(file, record, 'qualifiers.estimate must be official, unofficial, estimated or planned');
  }
  return q;
}

/** Reads the source texts found in `dirs`, keyed by sha256 of their normalized text. */
async function readTexts(dirs: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const text = normalizeText(await readFile(join(dir, name), 'utf8'));
      texts.set(sha256(text), text);
    }
  }
  return texts;
}

/**
 * Validates and loads the data set.
 * @throws LongarmError `invalid_data` naming the file, the record and the reason; nothing is written then.
 */
export async function loadDataset(store: Store, options: LoadOptions = {}): Promise<LoadSummary> {
  const dir = options.dataDir ?? DATA_DIR;
  if (!existsSync(dir)) throw new LongarmError('not_found', `data folder ${dir} does not exist`);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const files: ParsedFile[] = [];
  for (const name of names) files.push(await readDataFile(join(dir, name), name));

  const entities = new Map<string, Entity>(countryEntities().map((e) => [e.id, e]));
  const declaredIn = new Map<string, string>();
  for (const f of files) {
    for (const e of f.entities) {
      const previous = declaredIn.get(e.id);
      if (previous) bad(f.file, e.id, `entity declared twice (also in ${previous})`);
      declaredIn.set(e.id, f.file);
      entities.set(e.id, e);
    }
  }
  const texts = await readTexts(options.textDirs ?? DEFAULT_TEXT_DIRS);
  const known = (id: string): boolean => entities.has(id);
  const statements: Statement[] = [];
  for (const f of files) {
    for (const { raw, index, recordedAt, recordedBy } of f.statements) {
      statements.push(
        parseStatement(raw, f.file, `statements[${index}]`, { entities, texts, known, recordedAt, recordedBy }),
      );
    }
  }
  const ids = new Set(statements.map((s) => s.id));
  for (const s of statements) {
    if (s.supersedes && !ids.has(s.supersedes)) bad('data', s.id, `supersedes unknown statement ${s.supersedes}`);
  }

  const sources = [...entities.values()].filter((e) => e.kind === 'source');
  const missingTexts = sources.filter((e) => e.source?.sha256 && !texts.has(e.source.sha256)).map((e) => e.id);
  let inserted = 0;
  let sourceTexts = 0;
  await store.transaction(async (tx) => {
    for (const e of entities.values()) await tx.putEntity(e);
    for (const e of sources) {
      const text = e.source?.sha256 ? texts.get(e.source.sha256) : undefined;
      if (text) {
        await tx.putSourceText(text);
        sourceTexts++;
      }
    }
    inserted = await tx.putStatements(statements);
    await tx.reindex();
  });
  return {
    files: files.length,
    entities: entities.size,
    statements: statements.length,
    inserted,
    sourceTexts,
    missingTexts,
  };
}

interface StatementContext {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly texts: ReadonlyMap<string, string>;
  readonly known: (id: string) => boolean;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

function parseStatement(raw: RawStatement, file: string, where: string, ctx: StatementContext): Statement {
  if (typeof raw !== 'object' || raw === null) bad(file, where, 'statement must be an object');
  const record = typeof raw.entity === 'string' ? `${where} (${raw.entity} ${String(raw.property)})` : where;
  if (typeof raw.entity !== 'string' || !ctx.known(raw.entity)) {
    const detail = typeof raw.entity === 'string' && raw.entity.startsWith('country:') ? ' (unknown country code)' : '';
    bad(file, record, `"entity" ${JSON.stringify(raw.entity)} is not a declared entity${detail}`);
  }
  if (typeof raw.property !== 'string' || !PROPERTIES[raw.property])
    bad(file, record, `unknown property ${JSON.stringify(raw.property)}`);
  let value;
  try {
    value = parseValue(raw.value);
  } catch (e) {
    bad(file, record, (e as Error).message);
  }
  const spec = PROPERTIES[raw.property]!;
  if (!spec.values.includes(value.type))
    bad(file, record, `property "${raw.property}" takes ${spec.values.join(' or ')}, not ${value.type}`);
  if (value.type === 'ref' && !ctx.known(value.id)) {
    const detail = value.id.startsWith('country:') ? ' (unknown country code)' : '';
    bad(file, record, `value refers to ${value.id}, which is not declared${detail}`);
  }
  const qualifiers = parseQualifiers(raw.qualifiers, file, record, ctx.known);
  if (typeof raw.source !== 'string' || ctx.entities.get(raw.source)?.kind !== 'source')
    bad(file, record, `"source" ${JSON.stringify(raw.source)} is not a declared source`);
  const source = ctx.entities.get(raw.source)!;
  let locator: Statement['locator'] = null;
  if (raw.loc !== undefined) {
    const loc = raw.loc;
    if (!Array.isArray(loc) || loc.length !== 2 || !loc.every((n) => Number.isInteger(n)))
      bad(file, record, '"loc" must be [start, end]');
    const [start, end] = loc as [number, number];
    const hash = source.source?.sha256;
    if (!hash) bad(file, record, `source ${source.id} has no sha256, so "loc" cannot point into it; use "pinpoint"`);
    const text = ctx.texts.get(hash);
    if (start < 0 || end <= start || (text !== undefined && end > text.length)) {
      bad(
        file,
        record,
        `"loc" [${start}, ${end}] is outside the text of ${source.id}${text ? ` (length ${text.length})` : ''}`,
      );
    }
    locator = { sha256: hash, start, end };
  } else if (typeof raw.pinpoint !== 'string' || !raw.pinpoint) {
    bad(file, record, 'a statement needs "loc" (evidence span) or "pinpoint" (where in a source not held)');
  }
  const pinpoint = typeof raw.pinpoint === 'string' ? raw.pinpoint : undefined;
  const rank = raw.rank ?? 'normal';
  if (rank !== 'preferred' && rank !== 'normal' && rank !== 'deprecated')
    bad(file, record, '"rank" must be preferred, normal or deprecated');
  const sensitivity = raw.sensitivity ?? 'public';
  if (sensitivity !== 'public' && sensitivity !== 'restricted')
    bad(file, record, '"sensitivity" must be public or restricted');
  const status = raw.status ?? 'accepted';
  if (!['candidate', 'accepted', 'rejected', 'disputed'].includes(String(status)))
    bad(file, record, 'unknown "status"');
  const key = { entity: raw.entity, property: raw.property, value, qualifiers, source: raw.source, locator };
  return {
    id: statementId({ ...key, pinpoint }),
    ...key,
    ...(pinpoint ? { pinpoint } : {}),
    status: status as Statement['status'],
    rank,
    sensitivity,
    ...(typeof raw.supersedes === 'string' ? { supersedes: raw.supersedes } : {}),
    recorded_at: ctx.recordedAt,
    recorded_by: ctx.recordedBy,
  };
}
