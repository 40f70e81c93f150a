/**
 * @module Dates with precision. Explicit years, quarters, `dd.mm.yyyy`, the common day-month-year forms and
 * the common relative forms ("two years ago", "last month") are read by rules; chrono-node (slow) sees only
 * short windows where something else may be a date, and relative dates resolve against the document date
 * only — without one they stay unresolved.
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
const QUARTER =
  /\b(?:(?:in )?the (first|second|third|fourth) quarter of ((?:19|20)\d{2})|Q([1-4])\s*((?:19|20)\d{2}))\b/gi;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const YEAR = /(?<![-–.,\d])\b(?:19[5-9]\d|20[0-4]\d)\b(?![-–]\d|\.\d|,\d{3})/g;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const TRIGGERS = new RegExp(`\\b${MONTH}\\b|\\b(?:yesterday|today|tomorrow|ago|last|next|earlier|later)\\b`, 'gi');
/** Every form read by rules here, and every date chrono reads outside the windows, has a year like this. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
const NEXT_YEAR_DIGITS = new RegExp(YEAR_DIGITS.source, 'g');
/** How far before its year an absolute form can start: "on   31st of september, " is 24 characters. */
const ABSOLUTE_LEAD = 32;
const RELATIVE_WORD = /^(?:ago|last|next|earlier|later)$/i;
const DEFAULT_REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Chrono's month spellings, longest first, so "Oct." keeps its dot as chrono's does. */
const MONTH_NAMES =
  'september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|oct\\.|nov\\.|dec\\.|sept|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
const MONTH_NUMBER: Record<string, number> = {};
for (const [i, names] of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].entries())
  MONTH_NUMBER[names] = i + 1;
const DAY = '(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
/**
 * The absolute forms chrono reads most, spelled as its parsers spell them: "(on) 6(th)( of) October(,) 2022",
 * "October 6(,) 2022" and "October(,| of) 2022". Other spacing or punctuation is left to chrono.
 */
const ABSOLUTE = new RegExp(
  `(?<!\\w)(?:(?:on\\s{0,3})?${DAY}(?: of)? (${MONTH_NAMES}),? ((?:19|20)\\d{2})` +
    `|(${MONTH_NAMES}) ${DAY},? ((?:19|20)\\d{2})` +
    `|(${MONTH_NAMES})(?:,? | of )((?:19|20)\\d{2}))(?!\\w)`,
  'gi',
);
const ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth|twenty|thirty';
const WEEKDAYS = 'sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|(?:sun|mon|tues|wednes|thurs|fri|satur)day';
const TIME_WORDS =
  'now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|noon|midnight|midday|morning|afternoon|evening|am|pm|o\\s*clock';
const UNITS =
  's|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|fortnights?|mo|mon|mos|months?|qtrs?|quarters?|y|yrs?|years?|decades?';
/**
 * Before an absolute form, words chrono would merge into it (a weekday, a time, a range, "end of", a day
 * spelled out before "of"), or anything numeric: there chrono decides.
 */
const BEFORE_MERGES = new RegExp(
  `\\d|(?:^|\\W)(?:${WEEKDAYS}|${MONTH_NAMES}|${TIME_WORDS}|${UNITS}|to|until|through|till|this|last|past|next|ago|later|earlier|of|${ORDINALS})\\W*$|[-–/+]\\s*$`,
  'i',
);
/** After an absolute form: a time, a range, an era, a signed duration or more digits make chrono read further. */
const AFTER_MERGES = new RegExp(
  `^(?:[-–/+:∙]|\\s*(?:T|at|after|before|on|of|,|\\.)?\\s*(?:\\d|(?:${WEEKDAYS}|${TIME_WORDS}|to|until|through|till|be|ad|bc|bce|ce|last\\s*night|this\\s{0,3}(?:${TIME_WORDS}))(?!\\w)))`,
  'i',
);
/**
 * What chrono can still read in a window once the absolute forms are taken out: numeric dates,
 * durations, casual days, "last/next/this" plus a unit or weekday.
 */
const RESIDUE = new RegExp(
  `(?<!\\d\\/?)(?:[0-2]?\\d|3[01])[-/.](?:[0-2]?\\d|3[01])(?!\\d)|\\d\\/\\d{4}|\\d{4}[-./\\s]\\d{1,2}[-./\\s]\\d|\\b(?:now|tonight|tmrw?|overmorrow|yesterday|today|tomorrow)\\b` +
    `|\\b(?:minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|seconds?)\\b` +
    `|(?:\\d\\s{0,3}|\\b(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|half|couple)\\s{1,3})(?:s|secs?|m|mins?|h|hrs?|d|w|mo|mon|mos|qtrs?|y|yrs?)\\b` +
    `|\\b(?:this|last|past|next)\\s*(?:${UNITS}|${WEEKDAYS}|night)(?!\\w)`,
  'gi',
);
/**
 * What lets chrono keep a "may" (it drops a bare one unless "in" precedes) or reads "march" as a month:
 * a number, ordinal, time, weekday or range word beside it, "in" before it or "of" after it.
 */
const MONTH_WORD_BEFORE = new RegExp(
  `\\d(?:st|nd|rd|th)?\\W*(?:(?:at|after|before|on|of)\\W*)?$|\\b(?:${TIME_WORDS}|${WEEKDAYS})\\b|(?:\\b(?:in|to|until|till|through|this|last|past|next|${ORDINALS})|[-–/])\\W*$|\\b(?:${ORDINALS})\\s*of\\s*$`,
  'i',
);
const MONTH_WORD_AFTER = new RegExp(
  `^\\s*(?:[-–,/]|\\d|(?:of|at|after|before|on|to|until|through|till|T|${TIME_WORDS}|${WEEKDAYS}|${ORDINALS})(?!\\w))`,
  'i',
);

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const FULL_WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/**
 * The relative forms chrono reads most, spelled with single spaces: "last/next/this month", "two years
 * ago", "last Tuesday(,)" (chrono's weekday parser keeps a comma or bracket after the weekday).
 */
const RELATIVE = new RegExp(
  `(?<!\\w)(?:(?:last|next|this) (?:week|month|year)|(?:\\d{1,2}|${NUMBER_WORDS}) (?:days?|weeks?|months?|years?) ago` +
    `|last (?:${FULL_WEEKDAYS})(?:\\s*[,)）])?)(?!\\w)`,
  'gi',
);
/** Words that may join a date or duration beside them ("end of", "about", "and", "in", a count...). */
const JOINING_WORDS = `and|about|around|roughly|approximately|just|few|several|couple|half|an?|the|in|for|within|from|since|after|before|by|on|at|end|day|${NUMBER_WORDS}`;
/**
 * Before a relative form: anything that chrono could merge into it or read together with it, and any time
 * or weekday (chrono joins them across a time zone or "T").
 */
const BEFORE_RELATIVE = new RegExp(
  `${BEFORE_MERGES.source}|(?:^|\\W)(?:${JOINING_WORDS})\\W*$|(?:^|\\W)[,(（~]\\s*$|\\b(?:${TIME_WORDS}|${WEEKDAYS})\\b`,
  'i',
);
/** "earlier this year": chrono reads "this year"; what comes before "earlier" must still be inert. */
const EARLIER_LATER = /(?:^|\W)(?:earlier|later) $/i;
/**
 * After a relative form: a date word, a count (even glued, "at08"), a time, a connector or a sign; "after"
 * and "before" only when one of those follows.
 */
const AFTER_RELATIVE = new RegExp(
  `^(?:\\s*[-–/+:∙~]|\\W*[a-z]*\\d|\\s*[,.;(]?\\s*(?:(?:after|before)(?!\\s+\\w)|(?:(?:after|before)\\s+)?(?:\\d|(?:${WEEKDAYS}|${MONTH_NAMES}|${TIME_WORDS}|${UNITS}|${ORDINALS}|${JOINING_WORDS.replace('after|before|', '')}|to|until|through|till|of|this|last|past|next|ago|later|earlier|be|ad|bc|bce|ce|gmt|utc|week|t)(?!\\w))))`,
  'i',
);
/** chrono takes an upper-case word of 2–4 letters or a signed offset after a date as a time zone. */
const AFTER_ZONE = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?!\w)/;
const AFTER_OFFSET = /^\s*(?:\(?(?:gmt|utc)\s?)?[+-]/i;
/** "may" before a preposition and a word: chrono reads a bare month that nothing joins, then drops it. */
const INERT_MAY = /^ (?:at|on|to|through|after|before|until|till) /;
/** Inside a word after "may", what chrono could still read as a date (it reads "fourthmay" as a day). */
const DATE_INSIDE = new RegExp(
  `\\d|${MONTH_NAMES}|${WEEKDAYS}|${ORDINALS}|${NUMBER_WORDS}|${TIME_WORDS}|day|week|month|year|hour|min|sec|quarter|decade|fortnight|ago|last|next|this|past|later|earlier|night`,
  'i',
);
const JOINING = new RegExp(`^(?:${JOINING_WORDS}|to|until|through|till|of|be|ad|bc|bce|ce|t)$`, 'i');
/** The first word of a text, when only a space or sentence punctuation follows it. */
const NEXT_WORD = /^\W*?(\w+)(?=[\s.,;:!?]|$)/;
/**
 * A month name glued to a number, an ordinal, "in" or "of" ("1950may", "inmay", "may2022", "mayfourth"):
 * chrono reads it though no trigger marks it.
 */
const GLUED_MONTH = new RegExp(
  `(?:\\d|st|nd|rd|th|ty|in|of)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<!\\w)(?:${MONTH_NAMES})(?:of|\\d|${ORDINALS})`,
  'i',
);
/** A count glued to its unit or a unit to "ago"/"later" ("twelvemonth", "weeklater"): chrono reads those too. */
const GLUED_UNIT = new RegExp(
  `(?:${NUMBER_WORDS}|an?|few|several|half|couple|the)(?:secs?|mins?|hours?|hrs?|days?|weeks?|fortnights?|mon|mos|months?|qtrs?|quarters?|yrs?|years?|decades?)` +
    `|(?:secs?|mins?|hours?|hrs?|days?|weeks?|fortnights?|mon|mos|months?|qtrs?|quarters?|yrs?|years?|decades?)(?:ago|before|earlier|later|after|from|henceforth|forward|out)`,
  'i',
);
const GLUED = new RegExp(`${GLUED_MONTH.source}|${GLUED_UNIT.source}`, 'i');
const MAY_PREFIX = /^(?:this|to|through|until|till)$/i;

/** A date read without chrono, with the span and date chrono would give it. */
interface Ruled {
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
  readonly relative: boolean;
  /** chrono reads the same span and date even where it is called (no time zone after it). */
  readonly exact: boolean;
}

/** The absolute forms whose neighbours chrono would not merge into them, so they read as chrono reads them. */
function absoluteDates(text: string, out: Ruled[]): void {
  // Every form ends in a year: start the search just before the next one instead of scanning all the text.
  let from = 0;
  for (;;) {
    NEXT_YEAR_DIGITS.lastIndex = from;
    const y = NEXT_YEAR_DIGITS.exec(text);
    if (!y) return;
    ABSOLUTE.lastIndex = Math.max(from, y.index - ABSOLUTE_LEAD);
    const m = ABSOLUTE.exec(text);
    if (!m) return;
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    if (BEFORE_MERGES.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (AFTER_MERGES.test(text.slice(end, end + 24))) continue;
    const day = m[1] ?? m[5];
    const name = (m[2] ?? m[4] ?? m[7]) as string;
    const month = MONTH_NUMBER[name.slice(0, 3).toLowerCase()] as number;
    const year = (m[3] ?? m[6] ?? m[8]) as string;
    const date = day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`;
    const after = text.slice(end, end + 24);
    const exact = !AFTER_ZONE.test(after) && !AFTER_OFFSET.test(after);
    if (isValidDate(date)) out.push({ start, end, date, relative: false, exact });
  }
}

/** chrono's reading of a relative form alone, by reference date: it does not depend on the text around it. */
const relativeCache = new Map<string, DateMention | null>();

function readRelative(phrase: string, reference: string | undefined): DateMention | null {
  const key = `${reference ?? ''}|${phrase}`;
  let hit = relativeCache.get(key);
  if (hit === undefined) {
    const read = chronoDates(phrase, reference);
    const only = read[0];
    // Only a form chrono reads whole, as one date, stands for chrono.
    hit = read.length === 1 && only && only.start === 0 && only.end === phrase.length ? only : null;
    if (relativeCache.size >= 4096) relativeCache.clear();
    relativeCache.set(key, hit);
  }
  return hit;
}

/** The relative forms whose neighbours chrono would not read with them. */
function relativeDates(text: string, reference: string | undefined, out: Ruled[]): void {
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    let before = text.slice(Math.max(0, start - 24), start);
    const earlier = EARLIER_LATER.exec(before);
    if (earlier && /^this/i.test(m[0])) {
      const at = start - before.length + earlier.index + (earlier[0].length - earlier[0].trimStart().length);
      before = text.slice(Math.max(0, at - 24), at);
    }
    if (BEFORE_RELATIVE.test(before)) continue;
    const after = text.slice(end, end + 24);
    if (AFTER_RELATIVE.test(after) || AFTER_ZONE.test(after) || AFTER_OFFSET.test(after)) continue;
    const read = readRelative(m[0], reference);
    if (read) out.push({ start, end, date: read.date, relative: read.relative, exact: true });
  }
}

/**
 * Whether a month-name trigger can be a date: "may" (any case) and lower-case "march" need a date beside
 * them. With `inert`, the answer is whether chrono, once called, would read anything there: it keeps
 * "march" always and drops a bare "may" that nothing joins.
 */
function isMonthWord(text: string, start: number, end: number, inert: boolean): boolean {
  const word = text.slice(start, end);
  if (word !== 'march' && word.toLowerCase() !== 'may') return true;
  if (inert && word === 'march') return true;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const joinsBefore = MONTH_WORD_BEFORE.test(before);
  const joinsAfter = MONTH_WORD_AFTER.test(after);
  if (!inert) return joinsBefore || joinsAfter;
  // Nothing dated may follow an inert "may": a plain word, or a preposition and a plain word.
  const prep = joinsAfter ? INERT_MAY.exec(after) : null;
  if (joinsAfter ? !prep : AFTER_RELATIVE.test(after)) return true;
  const next = NEXT_WORD.exec(prep ? after.slice(prep[0].length) : after);
  if ((prep && !next) || (next && (DATE_INSIDE.test(next[1] as string) || JOINING.test(next[1] as string))))
    return true;
  if (AFTER_ZONE.test(after) || AFTER_OFFSET.test(after)) return true;
  if (!joinsBefore) return BEFORE_MERGES.test(before);
  // chrono drops a bare "may" unless "in" precedes it; after "this" or a range word with nothing dated
  // before them, nothing joins it either.
  if (text[start - 1] !== ' ') return true;
  const k = text.lastIndexOf(' ', start - 2) + 1;
  return !MAY_PREFIX.test(text.slice(k, start - 1)) || BEFORE_MERGES.test(text.slice(Math.max(0, k - 24), k));
}

interface ChronoWindow {
  start: number;
  end: number;
  chrono: boolean;
}

/**
 * Windows of the text around date trigger words, widened to word boundaries and merged, each marked with
 * whether chrono must read it: it still holds a date trigger, casual day or duration that `ruled` (the
 * forms read by rules) does not cover. Relative forms count only inside the window, as chrono would see them.
 */
function chronoWindows(text: string, triggers: readonly RegExpExecArray[], ruled: readonly Ruled[]): ChronoWindow[] {
  const windows: ChronoWindow[] = [];
  const needed: RegExpExecArray[][] = [];
  for (const m of triggers) {
    let a = Math.max(0, m.index - 32);
    let b = Math.min(text.length, m.index + m[0].length + 32);
    while (a > 0 && text[a - 1] !== ' ') a--;
    while (b < text.length && text[b] !== ' ') b++;
    const last = windows[windows.length - 1];
    if (last && a <= last.end) last.end = Math.max(last.end, b);
    else {
      windows.push({ start: a, end: b, chrono: false });
      needed.push([]);
    }
    // Relative words yield a date only beside a unit, weekday or "night", which RESIDUE finds.
    if (!RELATIVE_WORD.test(m[0])) (needed[needed.length - 1] as RegExpExecArray[]).push(m);
  }
  // First as before the relative forms were read by rules; where that calls chrono, whether chrono would
  // read only what the rules read (`inert`): relative forms inside the window, no "may" it keeps, no
  // month name glued to a number ("1950may") that no trigger marks.
  const needs = (w: ChronoWindow, m: readonly RegExpExecArray[], inert: boolean): boolean => {
    const covered = (s: number, e: number): boolean =>
      ruled.some(
        (d) =>
          d.start <= s &&
          e <= d.end &&
          (inert ? d.exact && (!d.relative || (w.start <= d.start && d.end <= w.end)) : !d.relative),
      );
    for (const t of m) {
      const end = t.index + t[0].length;
      if (!covered(t.index, end) && isMonthWord(text, t.index, end, inert)) return true;
    }
    for (const r of text.slice(w.start, w.end).matchAll(RESIDUE))
      if (!covered(w.start + r.index, w.start + r.index + r[0].length)) return true;
    return false;
  };
  windows.forEach((w, i) => {
    const m = needed[i] as RegExpExecArray[];
    w.chrono = needs(w, m, false) && (GLUED.test(text.slice(w.start, w.end)) || needs(w, m, true));
  });
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
 * Dates chrono reads in a span of text, as mentions (offsets relative to the text).
 * @param reference the document's own date (partial), used for relative dates.
 */
export function chronoDates(text: string, reference?: string): DateMention[] {
  const ref = reference
    ? new Date(
        `${reference.length === 4 ? reference + '-07-01' : reference.length === 7 ? reference + '-15' : reference}T12:00:00Z`,
      )
    : DEFAULT_REFERENCE;
  const out: DateMention[] = [];
  for (const r of chrono.parse(text, ref)) {
    // Bare times and weekdays without a date say nothing we keep.
    if (
      !r.start.isCertain('month') &&
      !r.start.isCertain('year') &&
      !/ago|last|next|yesterday|today|tomorrow|earlier|later/i.test(r.text)
    )
      continue;
    const relative = !/\b(?:19|20)\d{2}\b/.test(r.text);
    out.push({ start: r.index, end: r.index + r.text.length, date: fromChrono(r, reference), relative });
  }
  return out;
}

/**
 * Finds dates in one paragraph or sentence.
 * @param reference the document's own date (partial), used for relative dates.
 */
export function findDates(text: string, reference?: string): DateMention[] {
  const found: DateMention[] = [];
  // Without a year-like number only chrono's windows can hold a date.
  const hasYear = YEAR_DIGITS.test(text);
  if (hasYear) {
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
  }
  const triggers = [...text.matchAll(TRIGGERS)];
  if (triggers.length > 0) {
    const ruled: Ruled[] = [];
    if (hasYear) absoluteDates(text, ruled);
    if (triggers.some((m) => RELATIVE_WORD.test(m[0]))) relativeDates(text, reference, ruled);
    // chrono only sees short windows around month names and relative words (it is slow on long text),
    // and only those where something is left that the rules above did not read.
    for (const w of chronoWindows(text, triggers, ruled)) {
      const mentions = w.chrono
        ? chronoDates(text.slice(w.start, w.end), reference).map((d) => ({
            ...d,
            start: d.start + w.start,
            end: d.end + w.start,
          }))
        : ruled
            .filter((d) => d.start >= w.start && d.end <= w.end)
            .sort((a, b) => a.start - b.start)
            .map((d) => ({ start: d.start, end: d.end, date: d.date, relative: d.relative }));
      for (const d of mentions) if (!overlaps(found, d.start, d.end)) found.push(d);
    }
  }
  if (hasYear) {
    for (const m of text.matchAll(YEAR)) {
      if (!overlaps(found, m.index, m.index + m[0].length))
        found.push({ start: m.index, end: m.index + m[0].length, date: m[0], relative: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
