/**
 * @module Citations: footnotes and bibliography entries (`[n] …`, `n. …`) become new source
 * entities (title, URL, date as written) cited by the document's source with a `cites` statement.
 * Citations written in prose, as NGO and think-tank pages write them ("see our reports, A and B",
 * "in its study “C”", "read more in D.", "click on the link E in …", "For an overview of F, see the
 * PDF", "the Council findings of 3 May 2019"), become the same statements with a lower
 * confidence: the title as written is the name and the evidence, and nothing the sentence does not say.
 */
import { slugify } from '../../domain/index.js';
import type { Candidate } from '../types.js';
import { candidate, type DocumentContext, type SentenceContext } from './context.js';
import { findWrittenDates } from './dates.js';

const NAME = 'citations';
const ENTRY = /(?:^|\s)(?:\[(\d{1,3})\]|(\d{1,3})\.)\s+(?=\S)/g;
/** `ENTRY` tried at the start of a paragraph only. */
const FIRST_ENTRY = new RegExp(ENTRY.source, 'y');
const TITLE = /[“"]\s*([^”"]{8,200}?)[,.]?\s*[”"]/;
const URL = /\bhttps?:\/\/[^\s,;)\]]+/;

/** Proposes `cites` statements for the footnotes, bibliography entries and prose citations of a document. */
export function extractCitations(doc: DocumentContext): Candidate[] {
  const out = extractEntries(doc);
  extractProse(doc, out);
  return out;
}

/** Footnotes and bibliography entries. @internal */
function extractEntries(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    const view = p.view;
    // The first marker must open the paragraph (see below): most paragraphs need no search.
    FIRST_ENTRY.lastIndex = 0;
    const first = FIRST_ENTRY.exec(view);
    if (!first || first[0].startsWith(' ')) continue;
    const starts: { at: number; n: number }[] = [];
    // An exec loop: `matchAll` clones the pattern for each paragraph (7,284 entries of 10 MB: 2.3 → 1.1 ms).
    ENTRY.lastIndex = 0;
    for (let m = ENTRY.exec(view); m; m = ENTRY.exec(view)) {
      const n = Number(m[1] ?? m[2]);
      const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
      // Entries are numbered in order: a number that does not follow the previous one is not a marker.
      const prev = starts[starts.length - 1];
      if (at === 0 || (prev && n === prev.n + 1)) starts.push({ at, n });
    }
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]?.at as number;
      const to = starts[i + 1]?.at ?? view.length;
      const entry = view.slice(from, to).trim();
      const url = URL.exec(entry)?.[0]?.replace(/[.]$/, '');
      const quoted = TITLE.exec(entry)?.[1]?.trim();
      if (!url && !quoted) continue;
      const dates = findWrittenDates(entry);
      const title = quoted ?? entry.replace(/^\[?\d+[\].]\s*/, '').slice(0, 160);
      const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
      if (!slug) continue;
      const published = dates[dates.length - 1]?.date;
      const id = `source:${slug}`;
      const key = `${id}@${from}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Field by field: spreading optional fields in costs a runtime copy per entry.
      const source: { title: string; url?: string; published?: string } = { title };
      if (url) source.url = url;
      if (published) source.published = published;
      const end = from + entry.length;
      out.push({
        extractor: NAME,
        entity: doc.source,
        property: 'cites',
        value: { type: 'ref', id },
        refs: [{ id, kind: 'source', name: title, source }],
        start: p.map[from] as number,
        end: (p.map[end - 1] as number) + 1,
        confidence: quoted ? 0.8 : 0.6,
      });
    }
  }
  return out;
}

/** Confidence of a citation read in prose: below a footnote's (0.6–0.8). */
const PROSE_CONFIDENCE = 0.5;
/**
 * Cheap filter, run over every paragraph: a capital or a quotation mark right after a cue ("see X",
 * "report, X", "link X", "study “X”"). V8 scans for the capital first and looks behind only there,
 * which costs about what one pass over the characters costs; the other forms have their own checks
 * ("For " at the start, a body's mention, a title that ends the sentence).
 */
const TITLE_CUE =
  /[A-Z“"](?<=(?:[Ss]ee|also|more in|more at|more about|ed in|set out in|link|link to|[Rr]eports?|[Ss]tud(?:y|ies)|[Bb]riefings?|[Ii]nvestigations?|[Ff]act ?sheets?|[Oo]verviews?|[Pp]apers?|[Pp]ublications?|[Rr]esolutions?|[Cc]onclusions|[Ff]indings|entitled|titled|called)[,:]? \(?.)/g;
/**
 * The cues, in the sentences that pass `TITLE_CUE`: 1 "see", "read more in", "documented in";
 * 2 "click on the link"; 3 a report word.
 */
const CUE =
  /\b(?:([Ss]ee(?: also)?|[Rr]ead more (?:in|at|about)|(?:(?:document|describ|detail|outlin|explain)ed|set out) in)|([Cc]lick(?:ing)?(?: on)?(?: the)? link(?: to)?)|([Rr]eports?|[Ss]tud(?:y|ies)|[Bb]riefings?|[Ii]nvestigations?|[Ff]act ?sheets?|[Oo]verviews?|[Pp]apers?|[Pp]ublications?|[Rr]esolutions?|[Cc]onclusions|[Ff]indings))\b/g;
/** Words that point to a title ending the sentence ("See an overview … in Previous Rulings."). */
const POINTER = /^See |[Oo]verview|[Ss]ummary|[Dd]etails/;
/** Report words after which an unquoted Title Case phrase is a title. */
const TITLED =
  /^(?:[Rr]eports?|[Ss]tud(?:y|ies)|[Bb]riefings?|[Ii]nvestigations?|[Ff]act ?sheets?|[Oo]verviews?|[Pp]apers?|[Pp]ublications?)$/;
/** What links a report word to its title: "," / ":" / "entitled" / "(". */
const TITLE_LEAD = /(?:\s*[,:]\s*|\s+(?:entitled|titled|called)\s+|\s+)(?:\(\s*)?/y;
/** Before a report word: "our", "its 2021", "the new", … (with the year it gives). */
const DETERMINER =
  /(?:^|\s)(?:our|its|their|his|her|the|this|a|an|new|latest|Our|Its|Their|The|This|A|An)\s+(?:(\d{4})\s+)?(?:(?:new|latest|recent|previous|earlier|annual|joint|special|own)\s+)?$/;
/** A body's document: " conclusions of 24 July 2020", "'s findings on … of 27 July 2022". */
const BODY_DOC =
  /(?:'s|’s)? (?:conclusions|findings|resolution|report|recommendations)\b(?:\s+(?:on|about|regarding|concerning)\s+[^.;:]{3,160}?)?\s+of\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})/y;
/** The end of a title in sentence case after "the link": a place on the page, or punctuation. */
const LINK_END = /\s+(?:in|on|at|above|below|here|from)\s+(?:the|this|our)\b|\s*[(,;:.!?]|\s*$/;
const FOR_MORE =
  /^For (?:(an overview) of|more (?:information )?(?:on|about)|(?:further )?details (?:on|of|about)|further information (?:on|about))\s+([^,;:()]{3,160}),\s*(?:please\s+)?(?:see|click|read|download|consult|visit|refer to|go to)\s+(?!below|above|here\b|article|section|chapter|page)/i;
const QUOTED = /^[“"]\s*([^”"]{4,200}?)[,.]?\s*[”"]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’‐-]*/uy;
const FUNCTION_WORDS = new Set(
  'a an and at by for from in into of on or the to with without against under over between versus vs de la du des der die das von van'.split(
    ' ',
  ),
);
const MONTHS = new Set(
  'January February March April May June July August September October November December'.split(' '),
);
/** Words that start a cross-reference, not a title ("see Article 3"). */
const REFERENCE_WORDS = new Set(
  'Article Articles Section Sections Chapter Chapters Annex Table Figure Paragraph Part Appendix Page Pages Footnote Note Box Below Above Here'.split(
    ' ',
  ),
);
/** Last words of an organisation's name: "see Amnesty International" names no document. */
const ORGANISATION_ENDS = new Set(
  'International Watch Council Commission Committee Ministry Agency Organisation Organization Institute Foundation Defenders Court Parliament Government Office Union Nations Bank Police Association Centre Center Network Fund Group Service Services University Party Department Federation Alliance Times Post News Press'.split(
    ' ',
  ),
);

/** A title found in a sentence: sentence-relative span, name as written. @internal */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly published?: string;
}

/** Whether a word counts as capitalised in a title: it begins with a capital or a digit. @internal */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || w[0] !== w[0]?.toLowerCase();
}

/** Title Case words from `at`: one or more titles (split at " and " / ", " between two titles). @internal */
function titlesAt(t: string, at: number, list: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = at;
  for (;;) {
    const words: { start: number; end: number; cap: boolean; and: boolean }[] = [];
    let j = i;
    while (words.length <= 12) {
      WORD.lastIndex = j;
      const m = WORD.exec(t);
      if (!m) break;
      const w = m[0];
      const cap = capitalised(w);
      if (!cap && !FUNCTION_WORDS.has(w)) break;
      if (!cap && words.length === 0) break;
      words.push({ start: j, end: j + w.length, cap, and: w === 'and' });
      j += w.length;
      if (t[j] !== ' ' && t[j] !== '\u00a0') break;
      j++;
    }
    while (words.length && !words[words.length - 1]?.cap) words.pop();
    if (words.length > 12) return [];
    // Split at "and" between two titles of two capitalized words or more each ("Hide and Seek and X Y").
    let from = 0;
    let caps = 0;
    const total = words.filter((w) => w.cap).length;
    let before = 0;
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as (typeof words)[number];
      if (w.cap) {
        caps++;
        before++;
      } else if (list && w.and && caps >= 2 && total - before >= 2 && words[k + 1]?.cap) {
        out.push({
          start: (words[from] as (typeof words)[number]).start,
          end: (words[k - 1] as (typeof words)[number]).end,
        });
        from = k + 1;
        caps = 0;
      }
    }
    const last = words[words.length - 1];
    // Fewer than two capitalized words: no title ("see Serbia", "the report European officials …").
    if (!last || caps < 2) break;
    out.push({ start: (words[from] as (typeof words)[number]).start, end: last.end });
    if (!list) break;
    const rest = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u.exec(t.slice(last.end, last.end + 8));
    if (!rest) break;
    i = last.end + rest[0].length;
  }
  return out;
}

/**
 * Whether a Title Case phrase names a country, body, person, month or cross-reference, not a document.
 * After a bare "see" or "in" (`weak`), a short run of capitalized words that the persons finder took
 * for a name is a person ("see Ana Kovač"); after a report word it is a title. @internal
 */
function isNotTitle(s: SentenceContext, doc: DocumentContext, start: number, end: number, weak: boolean): boolean {
  const text = s.text.slice(start, end);
  const words = text.split(/[ \u00a0]/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (REFERENCE_WORDS.has(first) || ORGANISATION_ENDS.has(last)) return true;
  const nameLike = weak && words.length <= 3 && !words.some((w) => FUNCTION_WORDS.has(w));
  if (nameLike && doc.persons.includes(text)) return true;
  // Every capitalized word inside a gazetteer mention, a person's name or a month: no title.
  let at = start;
  for (const w of words) {
    const wEnd = at + w.length;
    if (capitalised(w) && !MONTHS.has(w)) {
      const covered =
        s.mentions.some((m) => m.start <= at && m.end >= wEnd) ||
        (nameLike && s.persons.some((p) => p.start <= at && p.end >= wEnd));
      if (!covered) return false;
    }
    at = wEnd + 1;
  }
  return true;
}

/** A heading: no closing punctuation, and no lower-case word but function words. @internal */
function isHeading(t: string): boolean {
  if (/[.!?:;)”"’]\s*$/u.test(t)) return false;
  for (const w of t.split(/\s+/))
    if (w && w[0] === w[0]?.toLowerCase() && /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w)) return false;
  return true;
}

/** Whether `t[i]` opens a title: an upper-case letter or a quotation mark. @internal */
function opensTitle(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c === 0x201c || c === 0x22) return true;
  if (c >= 65 && c <= 90) return true;
  // Also false past the end (NaN).
  if (!(c >= 0xc0)) return false;
  const ch = t[i] as string;
  return ch !== ch.toLowerCase();
}

/** Adds a title unless it overlaps one found before. @internal */
function addFound(found: Found[], t: string, start: number, end: number, name?: string, published?: string): void {
  if (end - start < 4 || found.some((f) => f.start < end && start < f.end)) return;
  found.push({ start, end, name: name ?? t.slice(start, end), ...(published ? { published } : {}) });
}

/** Adds the quoted title that starts at `at`, if one does. @internal */
function addQuoted(found: Found[], t: string, at: number): boolean {
  const q = QUOTED.exec(t.slice(at, at + 210));
  if (!q?.[1]) return false;
  const inner = t.indexOf(q[1], at);
  addFound(found, t, inner, inner + q[1].length);
  return true;
}

/**
 * Adds the Title Case titles from `at`: `closed` ones must end at punctuation (after "in"), `weak`
 * ones at a bare cue are checked for a person's name. @internal
 */
function addTitles(
  found: Found[],
  s: SentenceContext,
  doc: DocumentContext,
  at: number,
  options: { list: boolean; closed: boolean; weak: boolean; published?: string },
): void {
  const t = s.text;
  for (const r of titlesAt(t, at, options.list)) {
    if (options.closed && !/^(?:\s*[.,;:()!?]|\s*$|\s+and\s)/.test(t.slice(r.end, r.end + 5))) continue;
    if (!isNotTitle(s, doc, r.start, r.end, options.weak))
      addFound(found, t, r.start, r.end, undefined, options.published);
  }
}

/** Where `TITLE_CUE` matches in a paragraph's view (usually nowhere). @internal */
function cuesIn(view: string): readonly number[] {
  TITLE_CUE.lastIndex = 0;
  let m = TITLE_CUE.exec(view);
  if (!m) return NO_CUES;
  const out: number[] = [];
  for (; m; m = TITLE_CUE.exec(view)) out.push(m.index);
  return out;
}
const NO_CUES: readonly number[] = [];

/** The prose citations of one sentence (`cued`: `TITLE_CUE` matches in it), in order of appearance. @internal */
function proseTitles(s: SentenceContext, doc: DocumentContext, cued: boolean): Found[] {
  const t = s.text;
  const found: Found[] = [];
  if (cued) {
    CUE.lastIndex = 0;
    for (let m = CUE.exec(t); m; m = CUE.exec(t)) {
      const i = m.index;
      let at = i + m[0].length;
      if (m[1]) {
        // "see", "see also:", "read more in", "as documented in", then the title. "See" is a
        // pointer at the start of a sentence or clause ("…, see X", "(see: X)"), a verb elsewhere
        // ("investors see Belt and Road Projects as …").
        const see = m[1].startsWith('ee', 1);
        if (see && i > 0 && !/(?:[(,;:.–—-]|please) $|\($/.test(t.slice(Math.max(0, i - 7), i))) continue;
        if (t[at] === ':') at++;
        if (t[at] !== ' ' || !opensTitle(t, at + 1) || addQuoted(found, t, at + 1)) continue;
        addTitles(found, s, doc, at + 1, { list: true, closed: !see, weak: true });
      } else if (m[2]) {
        // "click on the link Title in the sidebar": the title may be in sentence case.
        if (t[at] !== ' ' || !opensTitle(t, at + 1) || addQuoted(found, t, at + 1)) continue;
        const rest = t.slice(at + 1, at + 161);
        const stop = LINK_END.exec(rest);
        const end = at + 1 + (stop ? stop.index : rest.length);
        const n = t.slice(at + 1, end).split(' ').length;
        if (n >= 2 && n <= 12) addFound(found, t, at + 1, end);
      } else if (m[3]) {
        TITLE_LEAD.lastIndex = at;
        if (!TITLE_LEAD.exec(t)) continue;
        at = TITLE_LEAD.lastIndex;
        if (!opensTitle(t, at) || addQuoted(found, t, at)) continue;
        // An unquoted title needs a determiner: "our report X", "the factsheet X", "its 2021 study X".
        const det = TITLED.test(m[3]) ? DETERMINER.exec(t.slice(Math.max(0, i - 40), i)) : null;
        if (det)
          addTitles(found, s, doc, at, { list: m[3].endsWith('s'), closed: false, weak: false, published: det[1] });
      }
    }
  }
  if (t.startsWith('For ')) {
    const forMore = FOR_MORE.exec(t);
    const topic = forMore?.[2]?.trim();
    const n = topic ? topic.split(' ').length : 0;
    if (forMore && topic && n >= 2 && n <= 12) {
      const at = t.indexOf(topic);
      if (forMore[1])
        addFound(found, t, t.toLowerCase().indexOf('overview'), at + topic.length, `Overview of ${topic}`);
      else addFound(found, t, at, at + topic.length, (topic[0] as string).toUpperCase() + topic.slice(1));
    }
  }
  // "… see an overview of the decisions in Previous Court Rulings." (a title ends the sentence).
  // Its last word is capitalized: checked first, as searching every sentence for " in " costs.
  const lastSpace = t.lastIndexOf(' ');
  const lastIn = lastSpace > 0 && opensTitle(t, lastSpace + 1) ? t.lastIndexOf(' in ', lastSpace) : -1;
  if (lastIn > 0 && opensTitle(t, lastIn + 4) && POINTER.test(t)) {
    const [r] = titlesAt(t, lastIn + 4, false);
    if (r && /^[.!]?\s*$/.test(t.slice(r.end)) && !isNotTitle(s, doc, r.start, r.end, true))
      addFound(found, t, r.start, r.end);
  }
  for (const m of s.mentions) {
    if (m.role !== 'body') continue;
    BODY_DOC.lastIndex = m.end;
    if (!BODY_DOC.test(t)) continue;
    const dateAt = BODY_DOC.lastIndex;
    const date = s.dates.find((d) => d.start === dateAt);
    if (date) addFound(found, t, m.start, date.end, undefined, date.date ?? undefined);
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** Adds the prose citations of a document to `out` (footnote citations), once per cited title. @internal */
function extractProse(doc: DocumentContext, out: Candidate[]): void {
  const seen = new Set<string>();
  for (const c of out) if (c.value.type === 'ref') seen.add(c.value.id);
  const entries = out.map((c) => [c.start, c.end] as const);
  let paragraph: unknown;
  let cues = NO_CUES;
  let k = 0;
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      cues = cuesIn(s.paragraph.view);
      k = 0;
    }
    // Sentences come in order: skip the cues before this one.
    while (k < cues.length && (cues[k] as number) < s.sentence.viewStart) k++;
    const found = proseTitles(s, doc, k < cues.length && (cues[k] as number) < s.sentence.viewEnd);
    if (found.length === 0 || isHeading(s.text)) continue;
    for (const f of found) {
      const slug = slugify(f.name).slice(0, 60).replace(/-+$/, '');
      if (!slug) continue;
      const id = `source:${slug}`;
      if (seen.has(id)) continue;
      const c = candidate(s, NAME, doc.source, 'cites', { type: 'ref', id }, [f.start, f.end], PROSE_CONFIDENCE, {
        refs: [
          {
            id,
            kind: 'source',
            name: f.name,
            source: { title: f.name, ...(f.published ? { published: f.published } : {}) },
          },
        ],
      });
      // A footnote already cites what its own sentences name.
      if (entries.some(([a, b]) => a < c.end && c.start < b)) continue;
      seen.add(id);
      out.push(c);
    }
  }
}
