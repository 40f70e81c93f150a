/**
 * @module Money (amount, ISO 4217 currency, scale words), percentages and counts with their unit.
 */

/** A money amount, a percentage or a count found in a text. */
export type Quantity =
  | {
      readonly kind: 'money';
      readonly start: number;
      readonly end: number;
      readonly amount: number;
      readonly currency: string;
    }
  | { readonly kind: 'percent'; readonly start: number; readonly end: number; readonly amount: number }
  | {
      readonly kind: 'count';
      readonly start: number;
      readonly end: number;
      readonly amount: number;
      readonly unit: string;
    };

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', US$: 'USD', '£': 'GBP', '¥': 'CNY', RMB: 'CNY' };
const WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  'us dollars': 'USD',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  dinar: 'RSD',
  dinars: 'RSD',
  rsd: 'RSD',
  pounds: 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
  'swiss francs': 'CHF',
  huf: 'HUF',
  forints: 'HUF',
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const SCALE_RE = String.raw`(?:\s?(thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b)?`;
const MONEY_PREFIX = new RegExp(String.raw`(US\$|€|\$|£|¥|RMB|EUR|USD|CNY|RSD|GBP)\s?` + NUMBER + SCALE_RE, 'g');
/** The most MONEY_PREFIX holds before its number's first digit: "US$" and a space. */
const MONEY_PREFIX_LEAD = 4;
const MONEY_SUFFIX = new RegExp(
  NUMBER +
    SCALE_RE +
    String.raw`\s(euros?|EUR|dollars|US dollars|USD|yuan|renminbi|RMB|CNY|dinars?|RSD|pounds|GBP|CHF|Swiss francs|HUF|forints)\b`,
  'gi',
);
const PERCENT = new RegExp(NUMBER + String.raw`\s?(?:%|percent\b|per cent\b)`, 'g');
const DIGIT = /\d/;
const WORD_CHAR = /\w/;
const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
};
/**
 * A count. Taking the character before the number, rather than asserting `\b` there, lets the engine skip
 * text faster; a match then starts a character early (see `findQuantities`). None is missed so: a match
 * ends with a letter, so the next one cannot start right where it ended, out of reach of that character.
 */
const COUNT = new RegExp(
  String.raw`(?:^|\W)(?:(\d{1,3}(?:,\d{3})+|\d+)|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred))(?:\s(thousand|million))?\s((?:[a-z]+[- ]){0,2}?(agreements|treaties|cameras|officers|police officers|policemen|stations|police stations|people|persons|workers|citizens|projects|companies|countries|states|members|cases|requests|extraditions|individuals|fugitives|suspects|patrols|memoranda|MoUs|deals|documents|loans|students|journalists|activists|Uyghurs))\b`,
  'gi',
);

function parseNumber(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

function scaled(amount: number, scale: string | undefined): number {
  if (!scale) return amount;
  const factor = SCALE[scale.toLowerCase()] ?? 1;
  return Math.round(amount * factor * 100) / 100;
}

/**
 * Every match of one of the global patterns above, from `from` in `text`: an exec loop, as `matchAll`
 * clones the regex on every call, which costs more than the scan on a short text. None matches empty.
 */
function* execAll(re: RegExp, text: string, from = 0): Generator<RegExpExecArray, void, undefined> {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** Finds money amounts, percentages and counts in a text, without overlaps. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const free = (s: number, e: number): boolean => !out.some((q) => q.start < e && s < q.end);
  // Money and percentages hold a number, so none starts before the first digit (a currency code may, by
  // MONEY_PREFIX_LEAD): their searches skip the text before it, about half of all paragraph text.
  const digit = text.search(DIGIT);
  const from = digit < 0 ? text.length : digit;
  for (const m of execAll(MONEY_PREFIX, text, Math.max(0, from - MONEY_PREFIX_LEAD))) {
    const currency = SYMBOLS[m[1] as string] ?? (m[1] as string).toUpperCase();
    const end = m.index + m[0].length;
    // "$5 m" is a scale, "$5 more" is not: the single-letter scales need a boundary, checked by the regex.
    out.push({ kind: 'money', start: m.index, end, amount: scaled(parseNumber(m[2] as string), m[3]), currency });
  }
  for (const m of execAll(MONEY_SUFFIX, text, from)) {
    const currency = WORDS[(m[3] as string).toLowerCase()] ?? (m[3] as string).toUpperCase();
    if (free(m.index, m.index + m[0].length))
      out.push({
        kind: 'money',
        start: m.index,
        end: m.index + m[0].length,
        amount: scaled(parseNumber(m[1] as string), m[2]),
        currency,
      });
  }
  for (const m of execAll(PERCENT, text, from)) {
    if (free(m.index, m.index + m[0].length))
      out.push({ kind: 'percent', start: m.index, end: m.index + m[0].length, amount: parseNumber(m[1] as string) });
  }
  for (const m of execAll(COUNT, text)) {
    const start = WORD_CHAR.test(m[0].charAt(0)) ? m.index : m.index + 1;
    const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const base = m[1] ? parseNumber(m[1]) : (WORD_NUMBERS[(m[2] as string).toLowerCase()] ?? NaN);
    const amount = scaled(base, m[3]);
    if (!Number.isFinite(amount)) continue;
    // A four-digit number right before a noun is usually a year ("2019 agreements"); leave it.
    if (m[1] && /^(19|20)\d{2}$/.test(m[1])) continue;
    out.push({
      kind: 'count',
      start,
      end,
      amount,
      unit: (m[5] as string).toLowerCase(),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
