/**
 * @module Redaction of source texts for roles that may not see restricted records: the spans of
 * restricted statements and every mention of a restricted entity's name or alias are masked with
 * a same-length run of `█`, so offsets (and so locators of public statements) still line up.
 */

/** The mask character: one UTF-16 unit, so a masked text has the original length. */
export const MASK = '█';

/** What to mask in one text. */
export interface Redactions {
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly names: readonly string[];
  /** Public names that contain a restricted one ("Liu v. Poland"): their mentions stay readable. */
  readonly keep?: readonly string[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new Map<string, RegExp | null>();

/** Names as one case-insensitive, word-bounded pattern, compiled once per list (the list changes rarely). */
function namePattern(names: readonly string[]): RegExp | null {
  const key = names.join('\u0000');
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    pattern = compileNames(names);
    if (compiled.size > 8) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}

/** Names shorter than 2 letters are too ambiguous to mask. */
function compileNames(names: readonly string[]): RegExp | null {
  const usable = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!usable.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The text with every redaction masked; the same string when there is nothing to mask. */
export function redact(text: string, redactions: Redactions): string {
  const masked = new Uint8Array(text.length);
  let any = false;
  for (const { start, end } of redactions.spans) {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) masked[i] = 1;
    any ||= end > start && start < text.length;
  }
  const pattern = namePattern(redactions.names);
  if (pattern) {
    const kept = new Uint8Array(text.length);
    const keep = namePattern(redactions.keep ?? []);
    if (keep) for (const m of text.matchAll(keep)) kept.fill(1, m.index, m.index + m[0].length);
    for (const m of text.matchAll(pattern)) {
      if (kept[m.index] === 1) continue;
      masked.fill(1, m.index, m.index + m[0].length);
      any = true;
    }
  }
  if (!any) return text;
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    const state = masked[i];
    while (j < text.length && masked[j] === state) j++;
    parts.push(state === 1 ? MASK.repeat(j - i) : text.slice(i, j));
    i = j;
  }
  return parts.join('');
}

/**
 * The restricted names to mask, and the public names that contain one of them (the curators
 * published those, like a court's case name): from every entity's name, aliases and sensitivity.
 */
export function nameRedactions(
  entities: readonly { readonly names: readonly string[]; readonly restricted: boolean }[],
): Pick<Redactions, 'names' | 'keep'> {
  const names = entities.filter((e) => e.restricted).flatMap((e) => e.names);
  const pattern = namePattern(names);
  if (!pattern) return { names: [], keep: [] };
  const keep = entities
    .filter((e) => !e.restricted)
    .flatMap((e) => e.names)
    .filter((n) => {
      pattern.lastIndex = 0;
      return pattern.test(n);
    });
  return { names, keep };
}
