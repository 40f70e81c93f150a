/**
 * @module Court and government decisions on extradition: the court (known body or a court name
 * with its country), its level, the outcome (approved, refused, overruled, interim measures),
 * the grounds, and the date.
 */
import { slugify } from '../../domain/index.js';
import { MAX_SENTENCE } from '../segment.js';
import type { Candidate, EntityRef } from '../types.js';
import { candidate, nearestDate, type DocumentContext, type SentenceContext } from './context.js';
import type { Mention } from './gazetteer.js';
import { KEYWORD, keywordsOf } from './keywords.js';

const NAME = 'decisions';

/** Exported for the pre-check test, with `EXTRADITION`. */
export const COURT =
  /\b(?:[Tt]he\s+)?((?:[A-Z][\p{L}-]+\s+){0,2}(?:Municipal|District|Regional|High|Higher|Supreme|Constitutional|Appeals?|Appellate|Administrative|Federal|Criminal|Cassation)?\s*[Cc]ourt(?:\s+of\s+(?:Appeals?|Cassation|Justice|First Instance))?|Cour de cassation)\b/gu;
const OUTCOMES: readonly [RegExp, string][] = [
  [/\binterim measures?\b/i, 'interim measures: extradition not to be carried out'],
  [
    /\b(?:overrul(?:ed|es?)|overturn(?:ed|s)?|quash(?:ed|es)?|annull?(?:ed|s)?|revers(?:ed|es))\b/i,
    'approval overruled',
  ],
  [
    /\b(?:denie[ds]|deny|refus(?:ed|es?)|reject(?:ed|s)?|block(?:ed|s)?|halt(?:ed|s)?|prevent(?:ed|ing|s)?|stopp?(?:ed|s)?|bar(?:red|s)?|barring|violation|breach)\b/i,
    'extradition refused',
  ],
  [
    /\b(?:approv(?:ed|es?)|ruled in favou?r|upheld|uphold|grant(?:ed|s)?|authori[sz](?:ed|es?)|allowed|extradited)\b/i,
    'extradition approved',
  ],
];
const GROUNDS: readonly [RegExp, string][] = [
  [/\btorture\b/i, 'risk of torture'],
  [/\b(?:ill-?treatment|mistreatment|inhuman|degrading)\b/i, 'risk of ill-treatment'],
  [
    /\bpersecut(?:ed|ion)\b[^.]{0,40}\bpolitical|\bpolitical(?:ly)? (?:persecution|reasons|motivated)/i,
    'risk of political persecution',
  ],
  [/\bdeath penalty\b|\bcapital punishment\b/i, 'risk of the death penalty'],
  [/\b(?:fair trial|judicial safeguards|independent judiciary|due process)\b/i, 'no fair trial or judicial safeguards'],
  [/\bgeneral situation of violence\b/i, 'general situation of violence'],
  [/\bhuman rights (?:grounds|conventions|law)\b/i, 'human rights grounds'],
  [/\bnon-refoulement\b/i, 'non-refoulement'],
  [/\b(?:assurances?)\b/i, 'diplomatic assurances'],
];
const LEVELS: readonly [RegExp, string][] = [
  [/Supreme/i, 'supreme court'],
  [/Constitutional/i, 'constitutional court'],
  [/Cassation|cassation/i, 'cassation'],
  [/Appeal|Appellate/i, 'appeal'],
  [/Municipal|District|Regional|First Instance/i, 'first instance'],
];
/** A country word that opens a court's name ("Italian Court of Appeal"), dropped from its id unless it holds "Court". */
const DEMONYM = /^(?:\p{Lu}\p{L}+(?:an|ish|ese|ch|ian|ic|i))\s+/u;
/** Exported for the pre-check test, with `COURT`. */
export const EXTRADITION = /\bextradit|\bsurrender|\brefoulement/i;
const INTERNATIONAL = new Set(['court:echr', 'court:cjeu']);

interface Court {
  readonly ref: EntityRef;
  readonly start: number;
  readonly end: number;
  readonly level?: string;
  /** False for "a Czech court", "an Italian Court of Appeal": the court is not identified. */
  readonly named: boolean;
}

function countryOf(s: SentenceContext, start: number, end: number, host: () => string | undefined): string | undefined {
  const inside = s.mentions.find((m) => m.start >= start && m.end <= end && m.country);
  return inside?.country ?? host();
}

/** `host` is called only for a court name the sentence gives no country for. */
function courtsIn(s: SentenceContext, host: () => string | undefined): Court[] {
  const courts: Court[] = [];
  for (const m of s.mentions) {
    // Courts, and the treaty bodies that order interim measures (UN Committee Against Torture…).
    // startsWith first: the regex would otherwise run for every mention of the sentence.
    const body = m.ref.id.startsWith('organization:un-') && /^organization:un-.*committee/.test(m.ref.id);
    if (m.ref.kind !== 'court' && !body) continue;
    const level =
      m.ref.kind === 'court' && !INTERNATIONAL.has(m.ref.id)
        ? LEVELS.find(([re]) => re.test(m.ref.name))?.[1]
        : undefined;
    courts.push({ ref: m.ref, start: m.start, end: m.end, named: true, ...(level ? { level } : {}) });
  }
  // Every court name contains "our" ("Court", "court", "Cour de cassation").
  if (!s.text.includes('our')) return courts.sort((a, b) => a.start - b.start);
  // An exec loop: `matchAll` clones the pattern for each sentence.
  COURT.lastIndex = 0;
  for (let m = COURT.exec(s.text); m; m = COURT.exec(s.text)) {
    const start = m.index + m[0].indexOf(m[1] as string);
    const end = start + (m[1] as string).length;
    if (courts.some((c) => c.start < end && start < c.end)) continue;
    const name = (m[1] as string).trim();
    if (
      /^[Cc]ourt$/.test(name) &&
      !/\b(?:a|the)\s+\p{Lu}\p{L}+\s+court\b/iu.test(s.text.slice(Math.max(0, start - 20), end))
    )
      continue;
    const country = countryOf(s, start - 12, end, host);
    if (!country) continue;
    // The country word in the name is kept in the id as its code: "Italian Court of Appeal" → court:it-court-of-appeal.
    const demonym = DEMONYM.exec(name)?.[0];
    const bare = demonym && !demonym.includes('Court') ? name.slice(demonym.length) : name;
    const level = LEVELS.find(([re]) => re.test(name))?.[1];
    const named =
      !/\b(?:a|an)\s+$/i.test(s.text.slice(Math.max(0, start - 4), start)) &&
      /\p{Lu}/u.test(bare.replace(/^(?:the\s+)?/i, '').charAt(0));
    courts.push({
      named,
      ref: {
        id: `court:${country.toLowerCase()}-${slugify(bare)}`,
        kind: 'court',
        name: /\(/.test(name) ? name : `${name} (${country})`,
        aliases: [name],
      },
      start,
      end,
      ...(level ? { level } : {}),
    });
  }
  return courts.sort((a, b) => a.start - b.start);
}

function outcomeFor(
  s: SentenceContext,
  court: Court,
  courts: readonly Court[],
): { value: string; start: number; end: number } | undefined {
  const next = courts.find((c) => c.start >= court.end)?.start ?? s.text.length;
  const prev = [...courts].reverse().find((c) => c.end <= court.start)?.end ?? 0;
  // Interim measures are named as such near the body that ordered them.
  const interim = /\binterim measures?\b/i.exec(s.text);
  if (interim && Math.abs(interim.index - court.start) < 150)
    return { value: OUTCOMES[0]?.[1] as string, start: interim.index, end: interim.index + interim[0].length };
  // Active voice: "X ruled…", "…it blocked…" after the court, before any other court, not itself passive ("overruled by").
  let best: { value: string; start: number; end: number } | undefined;
  const after = s.text.slice(court.end, Math.min(next, court.end + 160));
  for (const [re, value] of OUTCOMES) {
    const a = re.exec(after);
    if (!a || /^\s+by\b/.test(after.slice(a.index + a[0].length))) continue;
    if (!best || court.end + a.index < best.start)
      best = { value, start: court.end + a.index, end: court.end + a.index + a[0].length };
  }
  if (best) return best;
  // Passive voice: "approved by X", "approved by Y and X": the nearest verb before, after the previous court's verb.
  const before = s.text.slice(Math.max(0, Math.min(prev, court.start - 1) - 80), court.start);
  const offset = court.start - before.length;
  for (const [re, value] of OUTCOMES) {
    for (const m of before.matchAll(new RegExp(re.source, 'gi'))) {
      const start = offset + m.index;
      if (!best || start > best.start) best = { value, start, end: start + m[0].length };
    }
  }
  return best;
}

function hostOf(s: SentenceContext): string | undefined {
  const from = /\bfrom\s+(?:the\s+)?$/i;
  const candidates = s.mentions.filter((m: Mention) => m.country && m.country !== 'CN' && m.country !== 'HK');
  const explicit = candidates.find((m) => from.test(s.text.slice(0, m.start)));
  return (explicit ?? candidates[0])?.country;
}

function grounds(s: SentenceContext, decision: EntityRef, confidence: number, out: Candidate[]): void {
  for (const [re, ground] of GROUNDS) {
    const g = re.exec(s.text);
    if (g)
      out.push(
        candidate(
          s,
          NAME,
          decision,
          'ground',
          { type: 'text', text: ground },
          [g.index, g.index + g[0].length],
          confidence,
        ),
      );
  }
}

/**
 * Whether the paragraph that `first` opens may match `EXTRADITION`, from its sentences' `KEYWORD` bits.
 * Its sentences and the whitespace between them make up its view, so a match lies inside one sentence;
 * but a view longer than `MAX_SENTENCE` may hold a sentence cut where there was no space.
 */
function mayNameExtradition(doc: DocumentContext, first: SentenceContext, bits: Uint16Array): boolean {
  for (let i = first.index; i < doc.sentences.length; i++) {
    if ((doc.sentences[i] as SentenceContext).paragraph !== first.paragraph) break;
    if ((bits[i] as number) & KEYWORD.EXTRADITION) return true;
  }
  return first.paragraph.view.length > MAX_SENTENCE;
}

/** Proposes decisions on extradition requests. */
export function extractDecisions(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  let last: { decision: EntityRef; at: number; paragraph: unknown } | undefined;
  // Sentences come paragraph by paragraph: test each paragraph once, not once per sentence.
  let paragraph: unknown;
  let paragraphAboutExtradition = false;
  const bits = keywordsOf(doc);
  for (const s of doc.sentences) {
    let found = false;
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphAboutExtradition = mayNameExtradition(doc, s, bits) && EXTRADITION.test(s.paragraph.view);
    }
    if (!paragraphAboutExtradition) continue;
    const previous = doc.sentences[s.index - 1];
    let host: { code: string | undefined } | undefined;
    const hostFor = (): string | undefined =>
      (host ??= {
        code: hostOf(s) ?? (previous && previous.paragraph === s.paragraph ? hostOf(previous) : undefined),
      }).code;
    const courts = courtsIn(s, hostFor).filter((c, i, all) => all.findIndex((d) => d.ref.id === c.ref.id) === i);
    for (const court of courts) {
      const outcome = outcomeFor(s, court, courts);
      if (!outcome) continue;
      const byOutcome = nearestDate(s, outcome.start, 80);
      const byCourt = nearestDate(s, court.start, 40);
      const date =
        byCourt && (!byOutcome || Math.abs(byCourt.start - court.start) < Math.abs(byOutcome.start - outcome.start))
          ? byCourt
          : byOutcome;
      const year = date?.date?.slice(0, 4);
      const slug = court.ref.id.slice(court.ref.id.indexOf(':') + 1);
      const decision: EntityRef = {
        id: `decision:${slug}-${year ?? 'undated'}-extradition`,
        kind: 'decision',
        name: `${court.ref.name}: ${outcome.value}${year ? ` (${year})` : ''}`,
      };
      const confidence = EXTRADITION.test(s.text) ? 0.7 : 0.5;
      const span: [number, number] = [Math.min(court.start, outcome.start), Math.max(court.end, outcome.end)];
      if (court.named)
        out.push(
          candidate(
            s,
            NAME,
            decision,
            'decided_by',
            { type: 'ref', id: court.ref.id },
            [court.start, court.end],
            confidence,
            { refs: [court.ref] },
          ),
        );
      out.push(candidate(s, NAME, decision, 'outcome', { type: 'text', text: outcome.value }, span, confidence));
      if (court.level)
        out.push(
          candidate(
            s,
            NAME,
            decision,
            'court_level',
            { type: 'text', text: court.level },
            [court.start, court.end],
            confidence,
          ),
        );
      out.push(
        candidate(
          s,
          NAME,
          decision,
          'decided_on',
          date?.date ? { type: 'date', date: date.date } : { type: 'unknown' },
          date?.date ? [Math.min(date.start, outcome.start), Math.max(date.end, outcome.end)] : span,
          confidence - 0.1,
        ),
      );
      grounds(s, decision, confidence - 0.1, out);
      last = { decision, at: s.index, paragraph: s.paragraph };
      found = true;
    }
    // The sentences after a decision often give its reasons: "…he would face a real risk of torture".
    if (!found && last && last.paragraph === s.paragraph && s.index - last.at <= 3) grounds(s, last.decision, 0.4, out);
  }
  return out;
}
