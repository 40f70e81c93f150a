/**
 * @module Dates with precision. A cheap pre-filter decides which sentences chrono-node sees
 * (it is slow on long inputs), explicit years, quarters and `dd.mm.yyyy` are read by rules,
 * and relative dates resolve against the document date only — without one they stay unresolved.
 */
import * as chrono from 'chrono-node';
import { isValidDate } from '../../domain/index.js';

/** A date expression found in a text. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** Partial date, or null when it cannot be resolved (relative, and no document date). */
  readonly date: string | null;
  /** The text depends on a reference date ("two months ago", "last May"). */
  readonly relative: boolean;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const CHRONO_WORTHY = new RegExp(`\\b${MONTH}\\b|\\b(?:yesterday|today|tomorrow|ago|last|next|earlier|later)\\b`, 'i');
const QUARTER =
  /\b(?:(?:in )?the (first|second|third|fourth) quarter of ((?:19|20)\d{2})|Q([1-4])\s*((?:19|20)\d{2}))\b/gi;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const YEAR = /(?<![-–.,\d])\b(?:19[5-9]\d|20[0-4]\d)\b(?![-–]\d|\.\d|,\d{3})/g;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const TRIGGERS = new RegExp(CHRONO_WORTHY.source, 'gi');

/** Windows of the text around date trigger words, widened to word boundaries and merged. */
function chronoWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(TRIGGERS)) {
    let a = Math.max(0, m.index - 32);
    let b = Math.min(text.length, m.index + m[0].length + 32);
    while (a > 0 && text[a - 1] !== ' ') a--;
    while (b < text.length && text[b] !== ' ') b++;
    const last = windows[windows.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  return windows;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function overlaps(list: readonly DateMention[], start: number, end: number): boolean {
  return list.some((d) => d.start < end && start < d.end);
}

function fromChrono(result: chrono.ParsedResult, reference: string | undefined): string | null {
  const c = result.start;
  // chrono marks "two months ago" as certain relative to its reference; only a written year is ours.
  const hasYear = /\b(?:19|20)\d{2}\b/.test(result.text);
  if (!hasYear && !reference) return null;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || y < 1000) return null;
  let date: string;
  if (c.isCertain('day') && m !== null && d !== null) date = `${y}-${pad(m)}-${pad(d)}`;
  else if ((c.isCertain('month') || /ago|last|next|earlier|later/i.test(result.text)) && m !== null)
    date = `${y}-${pad(m)}`;
  else date = String(y);
  return isValidDate(date) ? date : null;
}

/**
 * Finds dates in one paragraph or sentence.
 * @param reference the document's own date (partial), used for relative dates.
 */
export function findDates(text: string, reference?: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(ISO)) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (isValidDate(date)) found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
  }
  for (const m of text.matchAll(DOTTED)) {
    const date = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    if (isValidDate(date) && !overlaps(found, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = m[1] ? ORDINAL[m[1].toLowerCase()] : Number(m[3]);
    const date = `${m[2] ?? m[4]}-Q${q}`;
    if (!overlaps(found, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
  }
  if (CHRONO_WORTHY.test(text)) {
    const ref = reference
      ? new Date(
          `${reference.length === 4 ? reference + '-07-01' : reference.length === 7 ? reference + '-15' : reference}T12:00:00Z`,
        )
      : new Date(Date.UTC(2000, 0, 1));
    // chrono only sees short windows around month names and relative words: it is slow on long text.
    const results: chrono.ParsedResult[] = [];
    for (const [a, b] of chronoWindows(text)) {
      for (const r of chrono.parse(text.slice(a, b), ref)) {
        (r as { index: number }).index = r.index + a;
        results.push(r);
      }
    }
    for (const r of results) {
      const start = r.index;
      const end = r.index + r.text.length;
      if (overlaps(found, start, end)) continue;
      // Bare times and weekdays without a date say nothing we keep.
      if (
        !r.start.isCertain('month') &&
        !r.start.isCertain('year') &&
        !/ago|last|next|yesterday|today|tomorrow|earlier|later/i.test(r.text)
      )
        continue;
      const relative = !/\b(?:19|20)\d{2}\b/.test(r.text);
      found.push({ start, end, date: fromChrono(r, reference), relative });
    }
  }
  for (const m of text.matchAll(YEAR)) {
    if (!overlaps(found, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, date: m[0], relative: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
