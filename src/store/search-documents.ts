/**
 * @module What gets indexed for search, shared by every backend: per entity, a title (name and
 * aliases) and a body (statement values and their evidence spans). An entity with restricted
 * content gets a second, restricted row, so a public reader's search never touches it.
 * @internal
 */
import type { Entity, Sensitivity, Statement } from '../domain/index.js';
import { formatValue, PROPERTIES } from '../domain/index.js';
import type { SnippetPart } from './types.js';

export interface SearchDocument {
  readonly title: string;
  readonly body: string;
  readonly sensitivity: Sensitivity;
}

export interface SearchContext {
  nameOf(id: string): string;
  /** True when the entity is restricted: a statement pointing at it, or citing it, is indexed as restricted too. */
  isRestricted(id: string): boolean;
  textOf(sha256: string): string | null;
  /** The entity's own text, for sources whose text is held. */
  sourceText: string | null;
}

/** Private-use characters mark hits inside snippets; they never occur in normalized source text we index. */
export const HIT_OPEN = '\uE000';
export const HIT_CLOSE = '\uE001';

const MAX_EVIDENCE = 400;

function describe(statement: Statement, context: SearchContext): string {
  const label = PROPERTIES[statement.property]?.label ?? statement.property;
  const value = statement.value.type === 'ref' ? context.nameOf(statement.value.id) : formatValue(statement.value);
  let line = `${label}: ${value}`;
  if (statement.qualifiers.note) line += ` (${statement.qualifiers.note})`;
  if (statement.locator) {
    const text = context.textOf(statement.locator.sha256);
    if (text)
      line += ` — ${text.slice(statement.locator.start, Math.min(statement.locator.end, statement.locator.start + MAX_EVIDENCE))}`;
  }
  return line.replaceAll(HIT_OPEN, '').replaceAll(HIT_CLOSE, '');
}

/** The rows to index for one entity. */
export function buildSearchDocuments(
  entity: Entity,
  statements: readonly Statement[],
  context: SearchContext,
): SearchDocument[] {
  const title = [entity.name, ...entity.aliases].join('\n');
  const lines = (visible: readonly Statement[]): string => {
    const parts = visible.map((s) => describe(s, context));
    if (context.sourceText) parts.push(context.sourceText);
    return parts.join('\n');
  };
  const publicStatements = statements.filter(
    (s) =>
      s.sensitivity === 'public' &&
      !context.isRestricted(s.source) &&
      !(s.value.type === 'ref' && context.isRestricted(s.value.id)),
  );
  const docs: SearchDocument[] = [];
  if (entity.sensitivity === 'public') docs.push({ title, body: lines(publicStatements), sensitivity: 'public' });
  if (entity.sensitivity === 'restricted' || publicStatements.length !== statements.length) {
    docs.push({ title, body: lines(statements), sensitivity: 'restricted' });
  }
  return docs;
}

/**
 * Turns what a person types into a safe FTS query: words are ANDed, "quoted phrases" kept,
 * `OR` honoured, a trailing `*` allowed for prefixes. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const tokens: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.normalize('NFC').matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) tokens.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2] ?? '';
    if (raw === 'OR' && tokens.length > 0) {
      tokens.push('OR');
      continue;
    }
    const prefix = raw.endsWith('*');
    for (const w of raw.match(/[\p{L}\p{N}]+/gu) ?? []) tokens.push(`"${w}"${prefix ? '*' : ''}`);
  }
  while (tokens[tokens.length - 1] === 'OR') tokens.pop();
  return tokens.length ? tokens.join(' ') : null;
}

/** Splits a marked snippet into parts. */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = marked;
  while (rest.length) {
    const open = rest.indexOf(HIT_OPEN);
    if (open < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), hit: false });
    const close = rest.indexOf(HIT_CLOSE, open);
    const end = close < 0 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end), hit: true });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return parts;
}
