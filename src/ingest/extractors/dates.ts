/**
 * @module Dates with precision. Explicit years, quarters, `dd.mm.yyyy` and the common day-month-year
 * forms are read by rules; chrono-node (slow) sees only short windows where something else may be a date,
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
/**
 * Month names and relative words (group 1): where chrono may find something. Taking the character before
 * the word, rather than asserting `\b` there, lets the engine skip text faster (see `findTriggers`). None is
 * missed so: a match ends with a letter, so the next word cannot start right where it ended.
 */
const TRIGGERS = new RegExp(`(?:^|\\W)(${MONTH}|yesterday|today|tomorrow|ago|last|next|earlier|later)\\b`, 'gi');
/** Every rule but chrono's relative reading needs a year; about half of all paragraphs have none. */
const YEAR_LIKE = /(?:19|20)\d{2}/;
const QUARTER =
  /\b(?:(?:in )?the (first|second|third|fourth) quarter of ((?:19|20)\d{2})|Q([1-4])\s*((?:19|20)\d{2}))\b/gi;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const YEAR = /(?<![-–.,\d])\b(?:19[5-9]\d|20[0-4]\d)\b(?![-–]\d|\.\d|,\d{3})/g;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

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
 * "October 6(,) 2022" and "October(,| of) 2022". Other spacing or punctuation is left to chrono. Sticky: it is
 * tried only where a form can start (see `absoluteDates`).
 */
const ABSOLUTE = new RegExp(
  `(?<!\\w)(?:(?:on\\s{0,3})?${DAY}(?: of)? (${MONTH_NAMES}),? ((?:19|20)\\d{2})` +
    `|(${MONTH_NAMES}) ${DAY},? ((?:19|20)\\d{2})` +
    `|(${MONTH_NAMES})(?:,? | of )((?:19|20)\\d{2}))(?!\\w)`,
  'iy',
);
/** The most an absolute form holds before its month name: "on" (and three spaces) "31st of ". */
const ABSOLUTE_LEAD = 13;
/** The most an absolute form holds after its month name before a digit: ". of ". */
const ABSOLUTE_TRAIL = 5;
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
/** Abbreviated units chrono reads after a number ("3d", "a mo"). */
const UNIT_ABBREVIATIONS = '(?:s|secs?|m|mins?|h|hrs?|d|w|mo|mon|mos|qtrs?|y|yrs?)\\b';
/**
 * What chrono can still read in a window once the absolute forms are taken out: numeric dates,
 * durations, casual days, "last/next/this" plus a unit or weekday. The forms starting with a digit come
 * first, then those starting with a letter under one `\b`: no form of one group can start where one of the
 * other does, so the order finds the same matches, and one boundary test per position is cheaper.
 */
const RESIDUE = new RegExp(
  `(?<!\\d\\/?)(?:[0-2]?\\d|3[01])[-/.](?:[0-2]?\\d|3[01])(?!\\d)|\\d\\/\\d{4}|\\d{4}[-./\\s]\\d{1,2}[-./\\s]\\d|\\d\\s{0,3}${UNIT_ABBREVIATIONS}` +
    `|\\b(?:(?:now|tonight|tmrw?|overmorrow|yesterday|today|tomorrow)\\b` +
    `|(?:minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|seconds?)\\b` +
    `|(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|half|couple)\\s{1,3}${UNIT_ABBREVIATIONS}` +
    `|(?:this|last|past|next)\\s*(?:${UNITS}|${WEEKDAYS}|night)(?!\\w))`,
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

/** A date read without chrono, with the span chrono would give it. */
interface Absolute extends DateMention {
  readonly date: string;
  readonly relative: false;
}

/**
 * The absolute forms whose neighbours chrono would not merge into them, so they read as chrono reads them.
 * Each form holds one month name (a trigger) with a digit at most ABSOLUTE_TRAIL characters after it, and
 * starts with "on" or a digit at most ABSOLUTE_LEAD characters before it, or at the month name itself. Trying
 * those starts in order, from the end of the last form found, finds what a scan of the whole text would.
 */
function absoluteDates(text: string, triggers: readonly Trigger[]): Absolute[] {
  const out: Absolute[] = [];
  let from = 0;
  for (const t of triggers) {
    if (t.start < from || !hasDigit(text, t.end, ABSOLUTE_TRAIL + 1)) continue;
    for (let at = Math.max(from, t.start - ABSOLUTE_LEAD); at <= t.start; at++) {
      const c = text.charCodeAt(at) | 0x20;
      if (at < t.start && c !== 0x6f && !(c >= 0x30 && c <= 0x39)) continue; // "o" of "on", or a digit
      ABSOLUTE.lastIndex = at;
      const m = ABSOLUTE.exec(text);
      if (!m) continue;
      from = ABSOLUTE.lastIndex;
      const date = readAbsolute(text, m);
      if (date) out.push(date);
      break;
    }
  }
  return out;
}

/** The date of an absolute form, unless chrono would merge its neighbours into it or it does not exist. */
function readAbsolute(text: string, m: RegExpExecArray): Absolute | undefined {
  const start = m.index;
  const end = start + m[0].length;
  if (BEFORE_MERGES.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  if (AFTER_MERGES.test(text.slice(end, end + 24))) return undefined;
  const day = m[1] ?? m[5];
  const name = (m[2] ?? m[4] ?? m[7]) as string;
  const month = MONTH_NUMBER[name.slice(0, 3).toLowerCase()] as number;
  const year = (m[3] ?? m[6] ?? m[8]) as string;
  const date = day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`;
  return isValidDate(date) ? { start, end, date, relative: false } : undefined;
}

/** Whether `text[from, from + length)` holds an ASCII digit. */
function hasDigit(text: string, from: number, length: number): boolean {
  const to = Math.min(text.length, from + length);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Whether a month-name trigger can be a date: "may" (any case) and lower-case "march" need a date beside them. */
function isMonthWord(text: string, { start, end, word }: Trigger): boolean {
  if (word !== 'march' && word.toLowerCase() !== 'may') return true;
  return (
    MONTH_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    MONTH_WORD_AFTER.test(text.slice(end, end + 24))
  );
}

/** Whether chrono must read a trigger: a month name (see `isMonthWord`) or casual day the rules did not read. */
function needsChrono(text: string, trigger: Trigger, absolute: readonly Absolute[]): boolean {
  const { start, end } = trigger;
  // Relative words yield a date only beside a unit, weekday or "night", which RESIDUE finds.
  return !RELATIVE_WORD.test(trigger.word) && !covers(absolute, start, end) && isMonthWord(text, trigger);
}

function covers(absolute: readonly Absolute[], start: number, end: number): boolean {
  return absolute.some((d) => d.start <= start && end <= d.end);
}

/**
 * Windows of the text around date trigger words, widened to word boundaries and merged, each marked with
 * whether chrono must read it: it still holds a date trigger, casual day or duration that `absolute` (the
 * forms read by rules) does not cover. With `written` (only mentions with a written year are wanted), not
 * where chrono could only find undated ones: a window with no year, or a casual day or duration in an
 * `undatedTail`.
 */
function chronoWindows(
  text: string,
  triggers: readonly Trigger[],
  absolute: readonly Absolute[],
  written: boolean,
): { start: number; end: number; chrono: boolean }[] {
  const windows: { start: number; end: number; chrono: boolean }[] = [];
  for (const m of triggers) {
    let a = Math.max(0, m.start - 32);
    let b = Math.min(text.length, m.end + 32);
    while (a > 0 && text[a - 1] !== ' ') a--;
    while (b < text.length && text[b] !== ' ') b++;
    const last = windows[windows.length - 1];
    // A window chrono reads anyway needs no more checks (`||=` skips them).
    if (last && a <= last.end) {
      last.end = Math.max(last.end, b);
      last.chrono ||= needsChrono(text, m, absolute);
    } else windows.push({ start: a, end: b, chrono: needsChrono(text, m, absolute) });
  }
  for (const w of windows) {
    if (w.chrono && !written) continue;
    const window = text.slice(w.start, w.end);
    // Without a document date chrono dates only what holds a written year (see `fromChrono`).
    if (written && !YEAR_LIKE.test(window)) w.chrono = false;
    else w.chrono ||= hasResidue(window, w.start, written ? undatedTail(window) : window.length, absolute);
  }
  return windows;
}

/** Whether `window` (at `offset` in the text) holds before `stop` a casual day or duration `absolute` does not cover. */
function hasResidue(window: string, offset: number, stop: number, absolute: readonly Absolute[]): boolean {
  RESIDUE.lastIndex = 0;
  for (let r = RESIDUE.exec(window); r && r.index < stop; r = RESIDUE.exec(window))
    if (!covers(absolute, offset + r.index, offset + r.index + r[0].length)) return true;
  return false;
}

/**
 * Where a window's last URL starts ("://") if no year-like number follows, else the window's end. chrono
 * reads nothing across "://" (a reading, or a range or date and time it joins, never spans it), so what it
 * reads past there holds no written year: a URL's "/12/1" stays undated.
 */
function undatedTail(window: string): number {
  const at = window.lastIndexOf('://');
  return at >= 0 && !YEAR_LIKE.test(window.slice(at)) ? at : window.length;
}

/** A trigger word (see TRIGGERS) and its span. */
interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/** The trigger words of a text, in order: the words `\b(?:month|relative word)\b` matches. @internal */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  TRIGGERS.lastIndex = 0;
  for (let m = TRIGGERS.exec(text); m; m = TRIGGERS.exec(text)) {
    const word = m[1] as string;
    const end = m.index + m[0].length;
    out.push({ start: end - word.length, end, word });
  }
  return out;
}

/**
 * The matches of a global pattern that never matches empty text, as `text.matchAll(re)` gives them, without
 * the copy of `re` that `matchAll` makes on each call (dearer than the search itself on short texts).
 */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function overlaps(list: readonly DateMention[], start: number, end: number): boolean {
  return list.some((d) => d.start < end && start < d.end);
}

/**
 * chrono's parsers whose own patterns cannot match a text without the given one (checked against chrono-node
 * 2.10.3, which the tests pin): an ASCII digit, the start of a month or weekday name (every spelling chrono
 * knows starts so), or a word the relative form needs. chrono runs every parser on every text it is given;
 * these are most of them (see `chronoFor`).
 */
const PARSER_NEEDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [
    /[0-9]/,
    [
      'ISOFormatParser',
      'ENYearMonthDayParser',
      'SlashDateFormatParser',
      'ENSlashMonthFormatParser',
      'ENTimeExpressionParser',
      'ENYearMonthNameParser',
    ],
  ],
  [
    /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    ['ENMonthNameParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser'],
  ],
  [/sun|mon|tue|wed|thu|fri|sat|week/i, ['ENWeekdayParser']],
  [/ago|before|earlier/i, ['ENTimeUnitAgoFormatParser']],
  [/later|after|from now|henceforth|forward|out/i, ['ENTimeUnitLaterFormatParser']],
  [/this|last|past|next|after/i, ['ENRelativeDateFormatParser']],
];
/** chrono without the parsers of a set of unmet needs (a bit per PARSER_NEEDS entry), made on first use. */
const CHRONO_WITHOUT = new Map<number, chrono.Chrono>([[0, chrono.casual]]);

/**
 * chrono's casual configuration without the parsers that cannot match `text` (see PARSER_NEEDS). A parser
 * that cannot match finds nothing, so this reads `text` exactly as `chrono.parse` does, with less work.
 * @internal
 */
export function chronoFor(text: string): chrono.Chrono {
  let unmet = 0;
  PARSER_NEEDS.forEach(([pattern], i) => {
    if (!pattern.test(text)) unmet |= 1 << i;
  });
  let parser = CHRONO_WITHOUT.get(unmet);
  if (!parser) {
    const left = new Set(PARSER_NEEDS.filter((_, i) => unmet & (1 << i)).flatMap(([, names]) => names));
    parser = new chrono.Chrono({
      parsers: chrono.casual.parsers.filter((p) => !left.has(p.constructor.name)),
      refiners: chrono.casual.refiners,
    });
    CHRONO_WITHOUT.set(unmet, parser);
  }
  return parser;
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
  for (const r of chronoFor(text).parse(text, ref)) {
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
  return scanDates(text, reference, false);
}

/** A date mention whose date is known. */
export interface DatedMention extends DateMention {
  readonly date: string;
}

/**
 * The mentions `findDates(text)` dates without a document date, found faster: each holds a written year,
 * so chrono skips the windows it could only find undated mentions in ("last month", a URL's "/12/1").
 * @example findWrittenDates('Journal, last month; 3 May 2021, https://example.org/12/1') // [{ date: '2021-05-03', … }]
 */
export function findWrittenDates(text: string): DatedMention[] {
  // Every form the rules date holds a year, and chrono's need one here (see `fromChrono`).
  if (!YEAR_LIKE.test(text)) return [];
  return scanDates(text, undefined, true).filter((d): d is DatedMention => d.date !== null);
}

/**
 * `findDates`; with `written` (no reference), chrono skips the windows it could only find undated mentions
 * in, so those may be missing. @internal
 */
function scanDates(text: string, reference: string | undefined, written: boolean): DateMention[] {
  const found: DateMention[] = [];
  const hasYear = YEAR_LIKE.test(text);
  if (hasYear) {
    for (const m of matchesOf(ISO, text)) {
      const date = `${m[1]}-${m[2]}-${m[3]}`;
      if (isValidDate(date)) found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
    }
    for (const m of matchesOf(DOTTED, text)) {
      const date = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
      if (isValidDate(date) && !overlaps(found, m.index, m.index + m[0].length))
        found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
    }
    // Both quarter forms hold a "q"; searching for it is far cheaper than the pattern.
    if (text.includes('q') || text.includes('Q'))
      for (const m of matchesOf(QUARTER, text)) {
        const q = m[1] ? ORDINAL[m[1].toLowerCase()] : Number(m[3]);
        const date = `${m[2] ?? m[4]}-Q${q}`;
        if (!overlaps(found, m.index, m.index + m[0].length))
          found.push({ start: m.index, end: m.index + m[0].length, date, relative: false });
      }
  }
  const triggers = findTriggers(text);
  if (triggers.length) {
    const absolute = hasYear ? absoluteDates(text, triggers) : [];
    // chrono only sees short windows around month names and relative words (it is slow on long text),
    // and only those where something is left that the rules above did not read.
    for (const w of chronoWindows(text, triggers, absolute, written)) {
      if (w.chrono) {
        for (const d of chronoDates(text.slice(w.start, w.end), reference)) {
          const start = d.start + w.start;
          const end = d.end + w.start;
          if (!overlaps(found, start, end)) found.push({ ...d, start, end });
        }
      } else {
        for (const d of absolute)
          if (d.start >= w.start && d.end <= w.end && !overlaps(found, d.start, d.end)) found.push(d);
      }
    }
  }
  if (hasYear)
    for (const m of matchesOf(YEAR, text)) {
      if (!overlaps(found, m.index, m.index + m[0].length))
        found.push({ start: m.index, end: m.index + m[0].length, date: m[0], relative: false });
    }
  return found.sort((a, b) => a.start - b.start);
}
