/**
 * @module The analysed document every extractor reads: sentences with their gazetteer mentions,
 * dates and quantities (offsets relative to the sentence), and a helper to make candidates whose
 * spans map back into the normalized text.
 */
import type { Qualifiers, Value } from '../../domain/index.js';
import { segment, type Paragraph, type Sentence } from '../segment.js';
import type { Candidate, EntityRef } from '../types.js';
import { findDates, type DateMention } from './dates.js';
import { findMentions, type Mention } from './gazetteer.js';
import { findPersons, type PersonName } from './persons.js';
import { findQuantities, type Quantity } from './quantities.js';

/** One sentence, analysed. Offsets in `mentions`, `dates`, `quantities` are relative to `text`. */
export interface SentenceContext {
  readonly index: number;
  readonly sentence: Sentence;
  readonly paragraph: Paragraph;
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
  /** Personal names (see `findPersons`): the sentence's candidates are restricted. */
  readonly persons: readonly PersonName[];
}

/** A document, analysed. */
export interface DocumentContext {
  readonly source: EntityRef;
  /** The document's own date, when it states one. */
  readonly published?: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly SentenceContext[];
  /** Country most often named (the usual counterpart of bilateral instruments). */
  readonly hub: string | undefined;
  /** Every personal name and surname found in the document, unique. */
  readonly persons: readonly string[];
}

/** Stage timings in ms, filled by `analyse`. */
export interface AnalyseTimings {
  segment: number;
  gazetteer: number;
  dates: number;
  quantities: number;
  persons: number;
}

/**
 * Hands out, sentence by sentence, the items inside each sentence, each copied by `shift` with
 * offsets relative to its start. `items` are sorted by start (as the finders return them) and the
 * sentences come in order, so one cursor walks each list once instead of filtering the
 * paragraph's whole list for every sentence.
 */
function sentenceItems<T extends { start: number; end: number }>(
  items: readonly T[],
  shift: (item: T, by: number) => T,
): (start: number, end: number) => T[] {
  let first = 0;
  return (start, end) => {
    while (first < items.length && (items[first] as T).start < start) first++;
    const out: T[] = [];
    for (let k = first; k < items.length; k++) {
      const x = items[k] as T;
      if (x.start >= end) break;
      if (x.end <= end) out.push(shift(x, start));
    }
    return out;
  };
}

/*
 * One spread per item type, not one shared by all: V8's copy of an object is fast only at a spread
 * that has seen few object shapes (profiled self time over the 50 MB corpus: 230 → 50 ms).
 */
const shiftMention = (x: Mention, by: number): Mention => ({ ...x, start: x.start - by, end: x.end - by });
const shiftDate = (x: DateMention, by: number): DateMention => ({ ...x, start: x.start - by, end: x.end - by });
const shiftQuantity = (x: Quantity, by: number): Quantity => ({ ...x, start: x.start - by, end: x.end - by });

/** Segments and annotates a normalized text. */
export function analyse(
  text: string,
  source: EntityRef,
  published?: string,
  timings: AnalyseTimings = { segment: 0, gazetteer: 0, dates: 0, quantities: 0, persons: 0 },
): DocumentContext {
  let t = performance.now();
  const seg = segment(text);
  timings.segment += performance.now() - t;
  const sentences: SentenceContext[] = [];
  const counts = new Map<string, number>();
  // Surnames named so far: a later sentence may give the surname alone.
  const surnames = new Set<string>();
  const names = new Set<string>();
  // Sentences come paragraph by paragraph: those of paragraph `p` start at `next`.
  let next = 0;
  seg.paragraphs.forEach((paragraph, p) => {
    const first = next;
    while (next < seg.sentences.length && (seg.sentences[next] as Sentence).paragraph === p) next++;
    const list = seg.sentences.slice(first, next);
    t = performance.now();
    const mentions = findMentions(paragraph.view);
    let now = performance.now();
    timings.gazetteer += now - t;
    t = now;
    const dates = findDates(paragraph.view, published);
    now = performance.now();
    timings.dates += now - t;
    t = now;
    const quantities = findQuantities(paragraph.view);
    timings.quantities += performance.now() - t;
    for (const m of mentions) {
      if (m.country && (m.role === 'country' || m.role === 'demonym' || m.role === 'capital'))
        counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    }
    const mentionsIn = sentenceItems(mentions, shiftMention);
    // `Array.from`, not `map`: V8's optimized `map` makes holey arrays, its interpreted one packed
    // ones, and this callback deoptimized on each (compiled 3 → 1–2 times an isolate, 50 MB).
    const inSentence = Array.from(list, (sentence) => mentionsIn(sentence.viewStart, sentence.viewEnd));
    t = performance.now();
    const persons = Array.from(list, (sentence, i) => findPersons(sentence.text, inSentence[i] as Mention[], surnames));
    timings.persons += performance.now() - t;
    const datesIn = sentenceItems(dates, shiftDate);
    const quantitiesIn = sentenceItems(quantities, shiftQuantity);
    list.forEach((sentence, i) => {
      const named = persons[i] as PersonName[];
      for (const n of named) names.add(n.name);
      sentences.push({
        index: sentences.length,
        sentence,
        paragraph,
        text: sentence.text,
        mentions: inSentence[i] as Mention[],
        dates: datesIn(sentence.viewStart, sentence.viewEnd),
        quantities: quantitiesIn(sentence.viewStart, sentence.viewEnd),
        persons: named,
      });
    });
  });
  const hubs = ['CN', 'HK'].filter((c) => counts.has(c)).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return {
    source,
    ...(published ? { published } : {}),
    paragraphs: seg.paragraphs,
    sentences,
    hub: hubs[0],
    persons: [...names, ...surnames],
  };
}

/** Maps a span relative to a sentence to `[start, end)` in the normalized text. */
export function sourceSpan(s: SentenceContext, start: number, end: number): [number, number] {
  const a = s.sentence.viewStart + Math.max(0, start);
  const b = s.sentence.viewStart + Math.min(s.text.length, Math.max(end, start + 1));
  return [s.paragraph.map[a] as number, (s.paragraph.map[b - 1] as number) + 1];
}

/** Builds a candidate from a sentence-relative span. */
export function candidate(
  s: SentenceContext,
  extractor: string,
  entity: EntityRef,
  property: string,
  value: Value,
  span: [number, number],
  confidence: number,
  extra: { qualifiers?: Qualifiers; refs?: readonly EntityRef[] } = {},
): Candidate {
  const [start, end] = sourceSpan(s, span[0], span[1]);
  // Built in place, not with spreads (this runs for every candidate); keys keep the same order.
  const c: { -readonly [K in keyof Candidate]: Candidate[K] } = {
    extractor,
    entity,
    property,
    value,
    start,
    end,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  };
  if (extra.qualifiers && Object.keys(extra.qualifiers).length) c.qualifiers = extra.qualifiers;
  if (extra.refs?.length) c.refs = extra.refs;
  return c;
}

/** Country codes a sentence names (countries, demonyms, capitals, national bodies), in order, unique. */
export function countriesIn(
  s: SentenceContext,
  from = 0,
  to = Infinity,
  keep: (m: Mention) => boolean = () => true,
): { code: string; mention: Mention }[] {
  const seen = new Set<string>();
  const out: { code: string; mention: Mention }[] = [];
  for (const m of s.mentions) {
    // `keep` filters before the first mention of a country is taken: "in Brussels … Belgium" keeps Belgium.
    if (m.start < from || m.end > to || !m.country || m.role === 'city' || !keep(m)) continue;
    if (seen.has(m.country)) continue;
    seen.add(m.country);
    out.push({ code: m.country, mention: m });
  }
  return out;
}

/** The date mention nearest to `at` in a sentence. */
export function nearestDate(s: SentenceContext, at: number, maxDistance = 120): DateMention | undefined {
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of s.dates) {
    const distance = d.end <= at ? at - d.end : d.start >= at ? d.start - at : 0;
    if (distance < bestDistance && distance <= maxDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}
