/**
 * @module The words the treaty, decision and program patterns need, found in one scan of each
 * sentence. Most sentences contain none of them, so the extractors skip most sentences without
 * running a pattern. V8 scans one alternation of all the words a little slower than one of the
 * treaty words alone (10 MB: 73 against 60 ms), and about half as long as a scan for each extractor.
 */
import type { DocumentContext } from './context.js';

/**
 * The bits of `keywordsIn`, one per family of patterns. A bit is set when the sentence contains a
 * word every match of those patterns contains (each extractor's tests check its patterns against
 * these): a sentence without the bit cannot match them.
 */
export const KEYWORD = {
  /** The treaty event patterns (`EVENTS` in treaties), one bit each. */
  SIGNED: 1 << 0,
  RATIFIED: 1 << 1,
  IN_FORCE: 1 << 2,
  SUSPENDED: 1 << 3,
  TERMINATED: 1 << 4,
  REJECTED: 1 << 5,
  /** An instrument noun (`HEAD` in treaties). */
  INSTRUMENT: 1 << 6,
  /** "extradit…", "surrender", "refoulement" at a word start (`EXTRADITION` in decisions). */
  EXTRADITION: 1 << 7,
  /** Joint patrols (programs). */
  PATROL: 1 << 8,
  /** Police stations (programs). */
  STATION: 1 << 9,
  /** Safe City and Smart City (programs). */
  CITY_BRAND: 1 << 10,
  /** Surveillance equipment (programs). */
  EQUIPMENT: 1 << 11,
  /** "://", "-funded" or "-financed" (programs). */
  URL_OR_FUNDED: 1 << 12,
} as const;

/**
 * Every word, at a word start but for those that may follow a letter: "crapped" (under the `u` flag
 * "scrapped" is "ſcrapped" too), "://", "-funded", "-financed". Where one word's match can hide the
 * start of another ("body camera", "denouncrapped"), both have the same bit: a global scan misses none.
 */
const WORD =
  /\b(?:sign|conclu|inked|ratif|force|effect|active|suspen|stop|terminat|denounc|withdr|voted down|rejected the|treat|agreement|convention|mou|memorand|accord|partnership|extradit|surrender|refoulement|joint|patrol|police|service|safe|smart|surveil|camera|body[- ]?cam|monitoring)|crapped|:\/\/|-funded|-financed/gi;

/** The bits of each word of `WORD`, in lower case. "ratif" is in "refused to ratify" too. */
const BITS = new Map<string, number>([
  ['sign', KEYWORD.SIGNED],
  ['conclu', KEYWORD.SIGNED],
  ['inked', KEYWORD.SIGNED],
  ['ratif', KEYWORD.RATIFIED | KEYWORD.REJECTED],
  ['force', KEYWORD.IN_FORCE],
  ['effect', KEYWORD.IN_FORCE],
  ['active', KEYWORD.IN_FORCE],
  ['suspen', KEYWORD.SUSPENDED],
  ['stop', KEYWORD.SUSPENDED],
  ['terminat', KEYWORD.TERMINATED],
  ['denounc', KEYWORD.TERMINATED],
  ['withdr', KEYWORD.TERMINATED],
  ['crapped', KEYWORD.TERMINATED],
  ['voted down', KEYWORD.REJECTED],
  ['rejected the', KEYWORD.REJECTED],
  ['treat', KEYWORD.INSTRUMENT],
  ['agreement', KEYWORD.INSTRUMENT],
  ['convention', KEYWORD.INSTRUMENT],
  ['mou', KEYWORD.INSTRUMENT],
  ['memorand', KEYWORD.INSTRUMENT],
  ['accord', KEYWORD.INSTRUMENT],
  ['partnership', KEYWORD.INSTRUMENT],
  ['extradit', KEYWORD.EXTRADITION],
  ['surrender', KEYWORD.EXTRADITION],
  ['refoulement', KEYWORD.EXTRADITION],
  ['joint', KEYWORD.PATROL],
  ['patrol', KEYWORD.PATROL],
  ['police', KEYWORD.STATION],
  ['service', KEYWORD.STATION],
  ['safe', KEYWORD.CITY_BRAND],
  ['smart', KEYWORD.CITY_BRAND],
  ['surveil', KEYWORD.EQUIPMENT],
  ['camera', KEYWORD.EQUIPMENT],
  ['body-cam', KEYWORD.EQUIPMENT],
  ['body cam', KEYWORD.EQUIPMENT],
  ['bodycam', KEYWORD.EQUIPMENT],
  ['monitoring', KEYWORD.EQUIPMENT],
  ['://', KEYWORD.URL_OR_FUNDED],
  ['-funded', KEYWORD.URL_OR_FUNDED],
  ['-financed', KEYWORD.URL_OR_FUNDED],
]);

/** The `KEYWORD` bits of a text; 0 for most sentences. */
export function keywordsIn(text: string): number {
  let bits = 0;
  WORD.lastIndex = 0;
  // Most words are written in lower case: no copy for those.
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) bits |= BITS.get(m[0]) ?? BITS.get(m[0].toLowerCase()) ?? 0;
  return bits;
}

const CACHE = new WeakMap<DocumentContext, Uint16Array>();

/** The `KEYWORD` bits of each sentence of a document (by `index`), computed once for all extractors. */
export function keywordsOf(doc: DocumentContext): Uint16Array {
  let bits = CACHE.get(doc);
  if (!bits) {
    bits = new Uint16Array(doc.sentences.length);
    for (const s of doc.sentences) bits[s.index] = keywordsIn(s.text);
    CACHE.set(doc, bits);
  }
  return bits;
}
