/**
 * @module Treaty lifecycle events: an instrument noun (treaty, agreement, MoU…) with its type,
 * the states that are party to it, and events (signed, ratified, entered into force, suspended,
 * terminated, rejected) with their date, acting party and negation ("not yet ratified" → none).
 */
import { COUNTRY_NAMES } from '../../domain/index.js';
import type { LifecycleEvent, Qualifiers, Value } from '../../domain/index.js';
import type { Candidate, EntityRef } from '../types.js';
import { candidate, countriesIn, type DocumentContext, type SentenceContext } from './context.js';
import type { DateMention } from './dates.js';
import { countryRef, type Mention } from './gazetteer.js';
import { KEYWORD, keywordsOf } from './keywords.js';

const NAME = 'treaties';

/** Exported for the pre-check test, with `EVENTS`. */
export const HEAD =
  /\b(treat(?:y|ies)|agreements?|conventions?|MoUs?|memorand(?:um|a) of understanding|accords?|partnership)\b/gi;
/** `HEAD` without `g`: does a sentence name an instrument at all. */
const ANY_HEAD = new RegExp(HEAD.source, 'i');
const TYPES: readonly [RegExp, string, string][] = [
  [/extradition|surrender of fugitive/i, 'extradition', 'extradition'],
  [/mutual legal assistance|judicial assistance|legal assistance|\bMLA\b/i, 'mutual_legal_assistance', 'mla'],
  [/prisoner[- ](?:transfer|swap)|transfer of sentenced/i, 'prisoner_transfer', 'prisoner-transfer'],
  [/police|law enforcement/i, 'police_cooperation', 'police-cooperation'],
  [/security cooperation|security agreement/i, 'security_cooperation', 'security-cooperation'],
  [/strategic partnership/i, 'strategic_partnership', 'strategic-partnership'],
];
const GROUP = /(?:\b\d+|\ba (?:number|package|series|set) of|\bdozens of)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const INCLUDING = /\bincluding\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,4}?(treaty|agreement|convention)\b/u;
const LABELS: Record<string, string> = {
  extradition: 'extradition treaty',
  mutual_legal_assistance: 'mutual legal assistance treaty',
  prisoner_transfer: 'prisoner transfer treaty',
  police_cooperation: 'police cooperation agreement',
  security_cooperation: 'security cooperation agreement',
  strategic_partnership: 'strategic partnership',
  agreement_group: 'agreements',
  other: 'agreement',
};
/** Each with its `KEYWORD` bit: a sentence without it is not searched for the event. */
export const EVENTS: readonly [RegExp, LifecycleEvent, number][] = [
  [/\b(?:signed|signing|signs?|conclude[sd]?|concluding|inked)\b/gi, 'signed', KEYWORD.SIGNED],
  [/\b(?:ratif(?:y|ied|ies|ying|ication))\b/gi, 'ratified', KEYWORD.RATIFIED],
  [
    /\b(?:entered into force|enters? into force|came into force|comes? into force|in force|into effect|in effect|took effect|active|effective)\b/gi,
    'entered_into_force',
    KEYWORD.IN_FORCE,
  ],
  [/\b(?:suspend(?:ed|s|ing)?|suspension|stopped applying|stop applying)\b/gi, 'suspended', KEYWORD.SUSPENDED],
  [
    /\b(?:terminat(?:ed|es?|ion)|(?:denounc(?:ed|es?)|withdr(?:ew|awn) from|scrapped)(?=\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:treat(?:y|ies)|agreements?|conventions?)\b))/giu,
    'terminated',
    KEYWORD.TERMINATED,
  ],
  [
    /\b(?:voted down|refused to ratify|declined to ratify|rejected the (?:treaty|agreement))\b/gi,
    'rejected',
    KEYWORD.REJECTED,
  ],
];
/** The `KEYWORD` bits of `EVENTS`. */
const EVENT_WORDS = EVENTS.reduce((bits, [, , bit]) => bits | bit, 0);
const PAREN_NOT_RATIFIED_ALL = /\(\s*not (?:yet )?ratified\s*\)/gi;
const NEGATION =
  /\b(?:not|n't|never|yet to|must still|still (?:has|have|needs?|must) to|has yet|have yet|option to not|no longer|without|prepar(?:es|ing) to|plans? to|is to|will)\b[^,;]*$/i;
const PAREN_NOT_RATIFIED = /^\s*\(\s*not (?:yet )?ratified\s*\)/i;
const HYPOTHETICAL =
  /\b(?:may|might|could|would|should|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}$/i;
/** "Even if Peru ratifies …": an event under a condition did not happen. Tested on the verb's clause. */
const CONDITIONAL = /\b(?:if|unless|whether)\b/i;
/**
 * An unnamed group of states ("twelve democratic nations", "more than 60 countries"): an event of
 * theirs, or of "treaties with" them, is about no instrument we can name.
 */
const STATES = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|many|some|most|numerous|other|(?:more than|over|at least|around|about|nearly|almost) \S+)\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|nations|states|governments|jurisdictions)\b`;
/** A word every `STATE_GROUP` match contains: far cheaper to test first. */
const STATE_NOUN = /countries|nations|states|governments|jurisdictions/i;
const STATE_GROUP = new RegExp(String.raw`\b${STATES}`, 'iu');
const WITH_STATE_GROUP = new RegExp(String.raw`^\s+with\s+${STATES}`, 'iu');
/** "still keep an active treaty": in force and not suspended as of the document's date. */
const STILL = /\bstill\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** A state after one of these is an object or a place, not the one acting ("extradition to China"). */
const OBJECT_STATE = /\b(?:to|from|with|against|in|at|into|towards|on|for)\s+(?:the\s+)?$/i;
/** Between two states of a coordinated subject ("Czechia and Portugal", "Chile, Peru"). */
const COORDINATION = /^\s*(?:,|and|or|&|,\s*and)\s*$/;
/** Words between a state and the instrument noun it modifies ("Serbia–China trade agreement"). */
const MODIFIER_GAP =
  /^(?:['’]s)?(?:\s*[–—-]\s*|\s+(?!(?:a|an|the|of|with|despite|for|to|in|on|and|or|by|at|from|after|before|under|over|than|that|which|its|their)\b)[\p{L}-]+){0,3}\s*$/iu;
/** Between an instrument noun and the states that are party to it ("treaty signed between Italy and …"). */
const PARTIES_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:between|with|among)\s+(?:the\s+)?$/iu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** A span of a sentence. */
type Span = { start: number; end: number };
/** An event verb in a sentence. */
type TreatyEvent = { start: number; end: number; event: LifecycleEvent };

interface Instrument {
  readonly ref: EntityRef;
  readonly type: string;
  readonly parties: readonly string[];
}

/** A state's name in an instrument's name ("Hong Kong", not "Hong Kong SAR"), made once per state. */
const SHORT_NAMES = new Map<string, string>();
function shortName(code: string): string {
  let name = SHORT_NAMES.get(code);
  if (name === undefined) {
    name = COUNTRY_NAMES.get(code)?.replace(/ SAR$/, '') ?? code;
    SHORT_NAMES.set(code, name);
  }
  return name;
}

function instrumentFor(type: string, hub: string, other: string): Instrument {
  const slug = type === 'agreement_group' ? 'agreements' : (TYPES.find(([, t]) => t === type)?.[2] ?? 'agreement');
  const [a, b] = hub === 'CN' || hub === 'HK' ? [hub, other] : [hub, other].sort();
  const nameA = shortName(a as string);
  const nameB = shortName(b as string);
  return {
    ref: {
      id: `instrument:${(a as string).toLowerCase()}-${(b as string).toLowerCase()}-${slug}`,
      kind: 'instrument',
      name: `${nameA}–${nameB} ${LABELS[type] ?? 'agreement'}`,
      aliases: [`${nameB}–${nameA} ${LABELS[type] ?? 'agreement'}`],
    },
    type,
    parties: [a as string, b as string],
  };
}

function typeNear(text: string, head: { start: number; end: number }): string {
  const from = Math.max(0, head.start - 60);
  const after = text.slice(head.end, head.end + 40);
  const clause = text.slice(clauseStart(text, from, head.end, ';:.'), head.end);
  // Tested once, not once per type: 19 → 16 ms over 5 × 8,736 calls (10 MB).
  const onOrFor = /^\s+(?:on|for)\s/i.test(after);
  for (const [re, type] of TYPES) if (re.test(clause) || (onOrFor && re.test(after))) return type;
  return 'other';
}

/**
 * Where the clause ending at `to` starts: just after the last of `stops` in `text[from, to)`, else `from`.
 * Same as `text.slice(from, to).search(/[^…]*$/)` + `from`, without the regex's quadratic retries.
 */
function clauseStart(text: string, from: number, to: number, stops: string): number {
  let at = from;
  if (to > from) for (const stop of stops) at = Math.max(at, text.lastIndexOf(stop, to - 1) + 1);
  return at;
}

/** A headline: no closing punctuation, and at least 60% of its space-separated words start with a capital. */
function isHeadline(text: string): boolean {
  if (/[.!?:;”"]\s*$/.test(text)) return false;
  let words = 1;
  let capitals = 0;
  for (let i = 0; ; words++) {
    const c = text.charCodeAt(i);
    // Non-ASCII: the first code point (a surrogate pair is two units) against \p{Lu}.
    if (c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text.slice(i, i + 2))) capitals++;
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    i = space + 1;
  }
  return capitals >= words * 0.6;
}

/**
 * The states acting in an event: the nearest country named before the verb in its clause, with those
 * coordinated with it ("Czechia and Portugal keep …"), or the one after "by". A state after a
 * preposition ("extradition to China", "a treaty with China was …") is not the one acting. `clause`
 * is where the verb's clause starts (`clauseStart` with ";,:"), which the caller has already found.
 */
function actors(s: SentenceContext, at: number, end: number, clause: number): string[] {
  const from = Math.max(0, clause - 60);
  const by = /^\s+by\s+(?:the\s+)?/i.exec(s.text.slice(end));
  if (by) {
    const after = s.mentions.find((m) => m.country && m.start >= end && m.start <= end + by[0].length + 2);
    if (after?.country) return [after.country];
  }
  const out: string[] = [];
  let last: Mention | undefined;
  for (let i = s.mentions.length - 1; i >= 0; i--) {
    const m = s.mentions[i] as Mention;
    if (!m.country || m.end > at || m.start < from) continue;
    if (last) {
      if (!COORDINATION.test(s.text.slice(m.end, last.start))) break;
    } else if (OBJECT_STATE.test(s.text.slice(Math.max(0, m.start - 16), m.start))) continue;
    if (!out.includes(m.country)) out.push(m.country);
    last = m;
  }
  return out;
}

/**
 * The date of the event at `[at, end)`: the nearest one after the verb, else the nearest one before it,
 * within 120 characters, not across a ";" or another event verb, and not a date that names another
 * instrument ("the 2013 agreement", "the accord of 2013").
 */
function dateOf(
  s: SentenceContext,
  at: number,
  end: number,
  verbs: readonly { start: number; end: number }[],
  heads: readonly { start: number; end: number }[],
  head: { start: number; end: number } | undefined,
): DateMention | undefined {
  const text = s.text;
  let after: DateMention | undefined;
  let before: DateMention | undefined;
  for (const d of s.dates) {
    if (d.start >= end) {
      if (d.start - end > 120 || (after && after.start <= d.start)) continue;
      if (!clearBetween(text, end, d.start, verbs, at) || namesOther(text, d, heads, head)) continue;
      after = d;
    } else if (d.end <= at) {
      if (at - d.end > 120 || (before && before.end >= d.end)) continue;
      if (!clearBetween(text, d.end, at, verbs, at) || namesOther(text, d, heads, head)) continue;
      before = d;
    } else after ??= d;
  }
  return after ?? before;
}

/** No ";" and no event verb other than the one at `at` in `text[from, to)`. */
function clearBetween(
  text: string,
  from: number,
  to: number,
  verbs: readonly { start: number; end: number }[],
  at: number,
): boolean {
  const semicolon = text.indexOf(';', from);
  if (semicolon >= 0 && semicolon < to) return false;
  for (const v of verbs) if (v.start !== at && v.start >= from && v.end <= to) return false;
  return true;
}

/** Whether a date names an instrument other than `head`: "the 2013 agreement", "the accord of 2013". */
function namesOther(
  text: string,
  d: DateMention,
  heads: readonly { start: number; end: number }[],
  head: { start: number; end: number } | undefined,
): boolean {
  for (const h of heads) {
    if (h === head) continue;
    if (h.start >= d.end && h.start - d.end <= 40 && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, h.start)))
      return true;
    if (h.end <= d.start && d.start - h.end <= 8 && /^\s+(?:of|from)\s+$/i.test(text.slice(h.end, d.start)))
      return true;
  }
  return false;
}

/** The last non-hub state named earlier in the sentence's paragraph. */
function paragraphCountry(doc: DocumentContext, s: SentenceContext): string | undefined {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 6; i--) {
    const prev = doc.sentences[i];
    if (!prev || prev.paragraph !== s.paragraph) break;
    const found = countriesIn(prev).filter((c) => c.code !== 'CN' && c.code !== 'HK' && c.mention.role !== 'city');
    if (found.length) return found[found.length - 1]?.code;
  }
  return undefined;
}

/** The spans of all matches of a global, never-empty pattern (an exec loop: `matchAll` clones the regex). */
function spans(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The states a sentence names as possible parties; those other than the hubs; those listed "(not ratified)". */
function partiesIn(s: SentenceContext): {
  states: { code: string; mention: Mention }[];
  others: { code: string; mention: Mention }[];
  exceptions: Set<string>;
} {
  // A capital after "in"/"at" is where it happened, not a party.
  const states = countriesIn(
    s,
    0,
    Infinity,
    // Eight characters hold "in " or "at " and the character before it (the view has single spaces).
    (m) => !(m.role === 'capital' && /\b(?:in|at)\s+$/i.test(s.text.slice(Math.max(0, m.start - 8), m.start))),
  );
  const others = states.filter((c) => c.code !== 'CN' && c.code !== 'HK');
  // Members of a list may carry their own "(not ratified)".
  const exceptions = new Set(
    others.filter((c) => PAREN_NOT_RATIFIED.test(s.text.slice(c.mention.end, c.mention.end + 20))).map((c) => c.code),
  );
  return { states, others, exceptions };
}

/** What reading a document for events carries from event to event. @internal */
interface Reading {
  readonly doc: DocumentContext;
  readonly out: Candidate[];
  /** Instruments whose type and parties are given. */
  readonly described: Set<string>;
  readonly seenIds: Set<string>;
  /** The first typed instrument seen for each pair of parties (`parties.join()`). */
  readonly seenByParties: Map<string, Instrument>;
  /**
   * The instruments of the last event read (none yet: undefined, never an empty array, whose elements
   * kind would give a site a second array map: readEvent compiled 8–10 → 2–3 times a 50 MB run), and the
   * last sentence that named an instrument.
   */
  recent: Instrument[] | undefined;
  recentAt: number;
  /** The states of the sentence being read (`partiesIn`), found when first needed. */
  parties: ReturnType<typeof partiesIn> | undefined;
}

/** Gives an instrument's type and parties, the first time it is named. */
function describe(r: Reading, s: SentenceContext, inst: Instrument, span: [number, number]): void {
  if (r.described.has(inst.ref.id)) return;
  r.described.add(inst.ref.id);
  r.out.push(candidate(s, NAME, inst.ref, 'instrument_type', { type: 'text', text: inst.type }, span, 0.6));
  for (const p of inst.parties) {
    const ref = countryRef(p);
    r.out.push(candidate(s, NAME, inst.ref, 'party', { type: 'ref', id: ref.id }, span, 0.6, { refs: [ref] }));
  }
}

/** Proposes lifecycle events of instruments, with `instrument_type` and `party` for each new instrument. */
export function extractTreaties(doc: DocumentContext): Candidate[] {
  const r: Reading = {
    doc,
    out: [],
    described: new Set(),
    seenIds: new Set(),
    seenByParties: new Map(),
    recent: undefined,
    recentAt: -10,
    parties: undefined,
  };
  /** Sentences already read for events: a sentence repeated word for word (a pull quote, a summary) adds nothing. */
  const read = new Set<string>();
  const keywords = keywordsOf(doc);
  for (const s of doc.sentences) {
    const hint = keywords[s.index] as number;
    if (!(hint & EVENT_WORDS)) {
      if (hint & KEYWORD.INSTRUMENT && ANY_HEAD.test(s.text)) r.recentAt = s.index;
      continue;
    }
    const heads = hint & KEYWORD.INSTRUMENT ? spans(HEAD, s.text) : [];
    const events: TreatyEvent[] = [];
    // Verbs inside a URL or a "(not ratified)" are not events.
    const skip = [
      ...(s.text.includes('://') || s.text.includes('www.') ? spans(URL, s.text) : []),
      ...(s.text.includes('(') ? spans(PAREN_NOT_RATIFIED_ALL, s.text) : []),
    ];
    for (const [re, event, bit] of EVENTS) {
      if (!(hint & bit)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const at = m.index;
        if (skip.some((x) => at >= x.start && at < x.end)) continue;
        if (HYPOTHETICAL.test(s.text.slice(Math.max(0, at - 40), at))) continue;
        events.push({ start: at, end: at + m[0].length, event });
      }
    }
    if (!events.length) {
      if (heads.length) r.recentAt = s.index;
      continue;
    }
    // A headline repeats what the text says; only the text is evidence.
    if (isHeadline(s.text) || read.has(s.text)) continue;
    read.add(s.text);
    const strong = events.some((e) => e.event !== 'signed');
    // Without an instrument noun, an event is about the instrument just named, in the same paragraph.
    if (
      !heads.length &&
      !(
        s.index - r.recentAt <= 3 &&
        r.recent?.length &&
        doc.sentences[r.recentAt]?.paragraph === s.paragraph &&
        (strong || /\b(?:it|the deal|the pact|the one)\b/i.test(s.text))
      )
    )
      continue;
    events.sort((a, b) => a.start - b.start);
    r.parties = undefined;
    for (const ev of events) readEvent(r, s, ev, heads, events);
  }
  return once(r.out);
}

/**
 * The candidates of one event `ev` of sentence `s` (`heads`: its instrument nouns, `events`: all its
 * event verbs). A function of its own, not the body of a loop in `extractTreaties`: V8 optimizes a
 * small function after fewer calls, and a deoptimization (a new array or object shape) stops less code.
 */
function readEvent(
  r: Reading,
  s: SentenceContext,
  ev: TreatyEvent,
  heads: readonly Span[],
  events: readonly TreatyEvent[],
): void {
  // The instrument noun nearest to the verb; its type from the words just before it.
  let head = heads[0];
  for (const h of heads) if (Math.abs(h.start - ev.start) < Math.abs((head?.start ?? 1e9) - ev.start)) head = h;
  // An event far from any instrument noun is about something else (a judgment, a law).
  if (head && Math.min(Math.abs(head.start - ev.end), Math.abs(ev.start - head.end)) > 100) return;
  const clauseAt = clauseStart(s.text, 0, ev.start, ';,:');
  const subject = s.text.slice(clauseAt, ev.start);
  // "Even if Peru ratifies": a condition, not an event.
  if (CONDITIONAL.test(subject)) return;
  // "twelve nations suspended their treaties", "treaties with more than 60 countries": no instrument we can name.
  if (head && WITH_STATE_GROUP.test(s.text.slice(head.end, head.end + 60))) return;
  if (
    STATE_NOUN.test(subject) &&
    STATE_GROUP.test(subject) &&
    !s.mentions.some((m) => m.country && m.start >= clauseAt && m.end <= ev.start)
  )
    return;
  // Undefined, not `[]`, when none, and built by `Array.from`, not `map` (whose optimized code makes
  // holey arrays, its interpreted code packed ones): one array map at each use (see `Reading.recent`).
  let instruments: Instrument[] | undefined;
  let confidence = 0.7;
  const plural = head ? /s$|ies$|memoranda/i.test(s.text.slice(head.start, head.end)) : false;
  let type = head ? typeNear(s.text, head) : (r.recent?.[0]?.type ?? 'other');
  // "signed 12 agreements", "a package of agreements": a group of instruments.
  if (head && plural && type === 'other' && GROUP.test(s.text.slice(Math.max(0, head.start - 40), head.start)))
    type = 'agreement_group';
  // The same for every event of the sentence: computed once.
  r.parties ??= partiesIn(s);
  const { states, others, exceptions } = r.parties;
  // The hub (China or Hong Kong) named nearest to the instrument noun: "treaties with Hong Kong".
  const hubs = states.filter((c) => c.code === 'HK' || c.code === 'CN');
  const at = head?.end ?? ev.start;
  hubs.sort((a, b) => Math.abs(a.mention.start - at) - Math.abs(b.mention.start - at));
  const hub = hubs[0]?.code;
  if (hub && others.length) instruments = Array.from(others, (o) => instrumentFor(type, hub, o.code));
  else if (!hub && others.length && r.doc.hub) {
    // No hub in the sentence: the document's counterpart (usually China) is the other party.
    const docHub = r.doc.hub;
    instruments = Array.from(
      others,
      (o) =>
        r.recent?.find((i) => i.parties.includes(o.code) && i.type === type) ?? instrumentFor(type, docHub, o.code),
    );
    confidence = 0.6;
  } else if (!hub && others.length === 2 && others[0] && others[1]) {
    instruments = [instrumentFor(type, others[0].code, others[1].code)];
  } else if (!others.length && head && head.start > 0 && /\p{Lu}/u.test(s.text.charAt(head.start))) {
    // A capitalised instrument noun with no state in its sentence names an instrument of its own
    // ("the Convention on Civil Procedure"), not one the paragraph named before.
    return;
  } else if (!others.length && (hub ?? r.doc.hub) && paragraphCountry(r.doc, s)) {
    // No state but the hub in the sentence: the one the paragraph last named ("Kenya … the ratification of the treaty").
    const code = paragraphCountry(r.doc, s) as string;
    instruments = [
      r.recent?.find((i) => i.parties.includes(code) && i.type === type) ??
        instrumentFor(type, (hub ?? r.doc.hub) as string, code),
    ];
    confidence = 0.5;
  } else if (r.recent?.length && s.index - r.recentAt <= 3) {
    instruments = r.recent.filter((i) => i.type === type || !head);
    confidence = 0.5;
  }
  if (!instruments?.length) return;
  if (type === 'other' && !plural) {
    // "the agreement" after "the extradition treaty": the typed instrument already named with the same parties.
    instruments = Array.from(instruments, (i) => r.seenByParties.get(i.parties.join()) ?? i);
  }
  const doers = actors(s, ev.start, ev.end, clauseAt);
  // An untyped "agreement" is one we can name only when its phrase names a party ("the Serbia–China
  // agreement", "an agreement between Italy and China") or a party is the subject of the verb before it.
  if (head && instruments.some((i) => i.type === 'other') && !partiesNamed(s, head, ev, doers)) {
    instruments = instruments.filter((i) => i.type !== 'other');
    if (!instruments.length) return;
  }
  if (instruments.every((i) => i.type === 'other')) confidence -= 0.2;
  // "signed 12 agreements, including a prisoner transfer treaty": the event applies to the member too.
  const including = head ? INCLUDING.exec(s.text.slice(head.end)) : null;
  let includingEnd = 0;
  if (including && head) {
    const h = {
      start: head.end + including.index + including[0].length - (including[1] as string).length,
      end: head.end + including.index + including[0].length,
    };
    const memberType = typeNear(s.text, h);
    if (memberType !== 'other') {
      instruments = [
        ...instruments,
        ...instruments.map((i) => instrumentFor(memberType, i.parties[0] as string, i.parties[1] as string)),
      ];
      includingEnd = h.end;
    }
  }
  for (const i of instruments) {
    if (i.type === 'other' || r.seenIds.has(i.ref.id)) continue;
    r.seenIds.add(i.ref.id);
    const key = i.parties.join();
    if (!r.seenByParties.has(key)) r.seenByParties.set(key, i);
  }
  r.recent = instruments;
  r.recentAt = s.index;
  const clause = s.text.slice(Math.max(0, ev.start - 60), ev.start);
  const negated = NEGATION.test(clause.slice(clauseStart(clause, 0, clause.length, ';.')));
  const date = dateOf(s, ev.start, ev.end, events, heads, head);
  const dated = date && !negated;
  const spanStart = Math.min(ev.start, head?.start ?? ev.start, dated ? date.start : Infinity);
  const spanEnd = Math.max(ev.end, head?.end ?? ev.end, includingEnd, dated ? date.end : -Infinity);
  // "…, following the example of Peru and Chile": those states did (or did not do) the same.
  const example = /\b(?:the\s+)?examples?\s+of\s+/i.exec(s.text.slice(ev.end));
  const followers = new Set(
    example
      ? states.filter((c) => c.mention.start >= ev.end + example.index && !doers.includes(c.code)).map((c) => c.code)
      : [],
  );
  if (doers.length && instruments.length > 1 && instruments.some((i) => actsIn(i, doers))) {
    instruments = instruments.filter((i) => actsIn(i, doers) || i.parties.some((p) => followers.has(p)));
  }
  // "still keep an active treaty": not suspended as of the document's date (entry into force is implied).
  const still = ev.event === 'entered_into_force' && !negated && STILL.test(subject);
  for (const inst of instruments) {
    const follower = inst.parties.find((p) => followers.has(p));
    const span: [number, number] = follower
      ? [spanStart, Math.max(spanEnd, ...states.filter((c) => c.code === follower).map((c) => c.mention.end))]
      : [spanStart, spanEnd];
    describe(r, s, inst, span);
    const actingParty = follower ?? inst.parties.find((p) => doers.includes(p)) ?? doers[0];
    const party = ev.event === 'signed' || (ev.event === 'entered_into_force' && !still) ? undefined : actingParty;
    if (follower && negated && ev.event === 'ratified') {
      // A state that did not ratify had signed.
      r.out.push(candidate(s, NAME, inst.ref, 'signed', { type: 'unknown' }, span, confidence - 0.2));
    }
    const qualifiers: Qualifiers = {
      ...(party && inst.parties.includes(party) ? { party: `country:${party}` } : {}),
      ...((negated || still) && r.doc.published ? { as_of: r.doc.published } : {}),
    };
    let value: Value =
      negated || still ? { type: 'none' } : date?.date ? { type: 'date', date: date.date } : { type: 'unknown' };
    let property: LifecycleEvent = still ? 'suspended' : ev.event;
    const member = states.find((c) => c.code === inst.parties[1]);
    if (member && exceptions.has(member.code)) {
      // "[Peru (not ratified)]" in a list of active treaties: not ratified by that state.
      property = 'ratified';
      value = { type: 'none' };
      const q: Qualifiers = { party: `country:${member.code}`, ...(r.doc.published ? { as_of: r.doc.published } : {}) };
      r.out.push(
        candidate(s, NAME, inst.ref, property, value, [member.mention.start, member.mention.end + 18], confidence, {
          qualifiers: q,
        }),
      );
      // Listed as "not ratified": it was signed (date unknown).
      r.out.push(
        candidate(
          s,
          NAME,
          inst.ref,
          'signed',
          { type: 'unknown' },
          [member.mention.start, member.mention.end + 18],
          confidence - 0.2,
        ),
      );
      continue;
    }
    r.out.push(candidate(s, NAME, inst.ref, property, value, span, confidence, { qualifiers }));
    // "signed accords … in 2001, 2005 and 2011": one event per date of the list.
    if (!negated && !still && date) {
      for (const more of dateList(s, date)) {
        if (!more.date) continue;
        const moreSpan: [number, number] = [Math.min(spanStart, more.start), Math.max(spanEnd, more.end)];
        r.out.push(
          candidate(s, NAME, inst.ref, property, { type: 'date', date: more.date }, moreSpan, confidence - 0.1, {
            qualifiers,
          }),
        );
      }
    }
  }
}

/** Whether one of the acting states is a party of the instrument. */
function actsIn(i: Instrument, doers: readonly string[]): boolean {
  return i.parties.some((p) => doers.includes(p));
}

/**
 * Whether the phrase of the instrument noun names a party: a state just before it ("the Serbia–China
 * agreement"), after "between"/"with" just after it, or acting in a verb that comes before it.
 */
function partiesNamed(
  s: SentenceContext,
  head: { start: number; end: number },
  ev: { start: number; end: number },
  doers: readonly string[],
): boolean {
  if (ev.end <= head.start && doers.length) return true;
  for (const m of s.mentions) {
    if (!m.country) continue;
    if (m.end <= head.start && head.start - m.end <= 40 && MODIFIER_GAP.test(s.text.slice(m.end, head.start)))
      return true;
    if (m.start >= head.end && m.start - head.end <= 40 && PARTIES_AFTER.test(s.text.slice(head.end, m.start)))
      return true;
  }
  return false;
}

/**
 * Each event of an instrument once per document (and party): an undated one only when no dated one
 * exists, and a dated one only when no earlier one has the same or a compatible date ("2009" and
 * "2009-08-21"). Instrument types, parties and "none" values are kept as they are.
 */
function once(candidates: Candidate[]): Candidate[] {
  const dated = new Set<string>();
  for (const c of candidates) if (c.value.type === 'date') dated.add(eventKey(c));
  if (!dated.size) return candidates;
  const kept = new Map<string, string[]>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.value.type === 'unknown' && dated.has(eventKey(c))) continue;
    if (c.value.type === 'date') {
      const key = eventKey(c);
      const date = c.value.date;
      const seen = kept.get(key);
      if (seen?.some((d) => d.startsWith(date) || date.startsWith(d))) continue;
      if (seen) seen.push(date);
      else kept.set(key, [date]);
    }
    out.push(c);
  }
  return out;
}

/** An event's instrument, property and acting party. */
function eventKey(c: Candidate): string {
  return `${c.entity.id} ${c.property} ${c.qualifiers?.party ?? ''}`;
}

/** The other dates of an enumeration the given date is part of ("in 2001, 2005 and 2011"). */
function dateList(s: SentenceContext, date: DateMention): DateMention[] {
  const sorted = [...s.dates].sort((a, b) => a.start - b.start);
  const i = sorted.indexOf(date);
  if (i < 0) return [];
  const joined = (a: DateMention, b: DateMention): boolean =>
    /^\s*(?:,|,?\s+and|,?\s+or)\s*$/.test(s.text.slice(a.end, b.start));
  const out: DateMention[] = [];
  for (let j = i; j > 0 && joined(sorted[j - 1] as DateMention, sorted[j] as DateMention); j--)
    out.push(sorted[j - 1] as DateMention);
  for (let j = i; j < sorted.length - 1 && joined(sorted[j] as DateMention, sorted[j + 1] as DateMention); j++)
    out.push(sorted[j + 1] as DateMention);
  return out;
}
