/**
 * @module Personal names in a sentence, by heuristics: an honorific or title followed by
 * capitalised tokens ("Mr Novak", "Judge Ana Kovač"), 2–8 capitalised tokens with initials and
 * particles ("J. R. Doe", "Ahmed bin Salem", "Piet van der Berg", "Omar al-Rashid"), or one
 * capitalised token in a person's context ("Kovač was arrested", "lawyers for Kovač",
 * "Kovač's extradition", "ordered that Kovač be surrendered"), none of them gazetteer mentions,
 * months, weekdays or organisation and place words. Tuned for recall: a false positive only
 * hides a candidate from the public, a miss can expose a person at risk. One native regex as a
 * filter, then one pass over char codes: it runs on every sentence of every document.
 */
import type { Candidate, EntityRef } from '../types.js';
import type { DocumentContext } from './context.js';

/** A detected name; offsets relative to the sentence text. */
export interface PersonName {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Honorifics and titles: they start a name ("Judge Ana Kovač"), and are not part of it. */
const LEADS = words(`
  Mr Mrs Ms Miss Mx Dr Prof Professor Judge Justice Sir Dame Lord Lady Madam Mme Mlle Monsieur Madame Herr Frau
  Sheikh Imam Rev Reverend Father Sister Brother Saint St President Minister Premier Chancellor Ambassador Consul
  Prosecutor Attorney Counsel Lawyer Commissioner Director Chief Chairman Chairwoman Chair Spokesman Spokeswoman
  Spokesperson Inspector Officer Detective Agent Secretary General Colonel Major Captain Lieutenant Sergeant
  Commander Admiral Marshal Senator Governor Mayor Deputy King Queen Prince Princess Emir Sultan Comrade Dissident
  Activist Journalist Blogger Businessman Businesswoman Citizen Defendant Applicant Complainant Suspect Fugitive
`);

/** Capitalised words that are never part of a name: they end a run. */
const STOPS = words(`
  The A An In On At To Of For From By With Without Under Over Into Onto Upon After Before Since Until During Between
  Among Against Across Through Throughout Via Per Within Toward Towards About Above Below Beyond Near Despite
  According Although Though While When Whenever Where Whereas Wherever If Unless As Also And But Or Nor So Yet Then
  However Meanwhile Moreover Furthermore Nevertheless Nonetheless Thus Therefore Hence Instead Indeed Still Even Only
  This That These Those It Its He She They We You I Me Him Us Them His Her Hers Their Theirs Our Ours My Your
  There Here Who Whom Whose Which What Why How Some Many Most More Much All Both Each Every Either Neither Several
  Such No Not None Any Other Another Few One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last
  Next New Former Late Early Yesterday Today Tomorrow Tonight Later Earlier Recently Previously Currently Now Once
  Article Articles Section Chapter Paragraph Annex Part Table Figure Page Note Notes See Source Sources Case Cases
  Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`);

/** Organisation and place words: a run that contains one is not a name ("Supreme Court", "Western Balkans"). */
const ORGS = words(`
  Court Courts Tribunal Chamber Ministry Ministries Republic Kingdom Federation Commonwealth Emirates State States
  Police Policing Gendarmerie Army Navy Force Forces Guard Guards University College School Academy Institute
  Council Committee Commission Union Party Parliament Assembly Congress Senate Cabinet Bank Fund Company Companies
  Corporation Corp Inc Ltd LLC Group Holding Holdings Agency Office Bureau Department Government Administration
  Authority Authorities Service Services Directorate Secretariat Embassy Consulate Mission Prison Prisons Jail
  Treaty Treaties Agreement Agreements Convention Conventions Protocol Memorandum Understanding Declaration Charter
  Act Law Laws Code Statute Regulation Decree Resolution Directive Notice Notices Warrant Warrants Request
  Station Stations Project Projects Program Programme Operation Campaign Initiative Belt Road Bridge Railway Highway
  Port Airport Zone Park Industrial Steel Mining Energy Power Plant Factory Works Technologies Technology Telecom
  News Times Post Daily Weekly Herald Tribune Journal Gazette Review Press Media Radio Television TV Agence
  Report Reports Index Survey Study Studies Brief Paper Papers Institute Center Centre Foundation Trust Society
  Association Network Alliance Coalition Movement Front Watch International Global Safe Defenders Rights Human
  Freedom Democracy Amnesty Transparency Initiative Forum Summit Conference Dialogue Partnership Cooperation
  City Province Region Regional County District Municipality Oblast Prefecture Territory Territories Island
  Islands Peninsula Coast Gulf Sea Ocean River Lake Valley Mountains Basin Street Avenue Square Boulevard
  North South East West Northern Southern Eastern Western Central Middle Southeast Northeast Southwest Northwest
  Asia Europe Africa America Americas Balkans Pacific Atlantic Arctic Caucasus Latin Sahel Maghreb Levant
  Communist Socialist Democratic Liberal Progressive People Peoples Public Social National Federal Supreme
  Constitutional Administrative Criminal Civil Higher High Appeal Appeals Appellate Cassation Justice Interior
  Foreign Affairs Security Defence Defense Intelligence Legal Assistance Mutual Extradition Interpol Europol
  Red Green Blue Sky Net Fox Hunt Dragon Silk Digital Smart Safety Overseas Chinese Serbian Belt
  Executive Prime Vice Strategic Comprehensive Economic Trade Investment Development Finance Financial Exchange Market Stock
  Hospital Church Mosque Temple Cathedral Museum Library Hotel Stadium Centre Tower Hall House Palace
`);

/** Lower-case particles inside names ("van der", "bin", "de la"); never first or last. */
const PARTICLES = words(
  'van von der den de del della dei di da do dos das du la le ter ten bin ibn bint ben al el y zu af av abu',
);

/** Prefixes joined to a capitalised name by a hyphen or apostrophe ("al-Rashid", "d'Arcy"). */
const PREFIXES = words('al el ad ar as ash at az an ud ul bin ibn abu d l o');

/** Longest run of capitalised tokens (particles aside) taken for a name without a title; longer is a heading. */
const MAX_RUN = 8;

/*
 * A lone capitalised token is a name only in a person's context. The lists below are lower case
 * and exact: they are matched token by token, and joined into the filter regex.
 */
/** Forms of "be": a passive verb needs one, an active verb none. */
const BE = words('was is been being be were are');
/** Auxiliaries a plural noun takes and a name does not ("Officials were detained"). */
const PLURAL = words('were are have');
/** Auxiliaries and adverbs between a name and its verb ("Kovač was later extradited"). */
const AUX = words(`
  was is been being be has had were are have will would could should may might must can later also then
  subsequently eventually reportedly allegedly finally initially first recently again already briefly
  never not since soon just
`);
/** Done to a person: only after a form of "be" ("Kovač was arrested", not "Officers arrested"). */
const PASSIVE = words(`
  arrested detained extradited sentenced convicted charged released surrendered deported handed jailed
  imprisoned acquitted kidnapped abducted tortured questioned interrogated indicted repatriated expelled
  returned transferred remanded wanted accused prosecuted tried held freed fined barred banned threatened
  harassed attacked killed murdered poisoned located identified
`);
/** Done by a person: never after a form of "be" ("Kovač denied", not "Bail was denied"). */
const ACTIVE = words(`
  fled escaped disappeared vanished faces faced said says told tells denied denies appealed appeals claimed
  claims sought seeks applied argued argues testified insisted complained alleged lodged filed challenged
  refused pleaded admitted confessed lives lived awaits awaited face flee appeal deny seek testify
`);
/** What a person has ("Kovač's lawyers", "Kovač's extradition"). */
const POSSESSED = words(`
  lawyer lawyers attorney attorneys counsel defence defense extradition surrender arrest detention
  deportation expulsion release trial conviction sentence case appeal appeals complaint application asylum
  passport wife husband family relatives son sons daughter daughters brother sister mother father parents
  children whereabouts lawsuit hearing request health identity
`);
/** What a person is named after ("lawyers for Kovač", "the extradition of Kovač"). */
const BEFORE = words(`
  lawyer lawyers attorney attorneys counsel defence defense family relatives wife husband son daughter
  brother sister mother father parents children friends supporters extradition surrender arrest detention
  deportation expulsion release trial conviction rendition abduction kidnapping disappearance prosecution
  case charges proceedings indictment warrant behalf whereabouts request requests
`);
const BEFORE_PREPOSITIONS = words('for of against');
/** Done to a person named next ("Serbia extradited Kovač to China"). */
const OBJECT_VERBS = words(`
  extradited extradite extraditing deported deport deporting arrested arrest detained detain surrendered
  abducted kidnapped jailed sentenced convicted charged indicted acquitted expelled repatriated
  interrogated tortured freed
`);
/** Determiners: "the Kremlin said" is no person. */
const DETERMINERS = words('the The a A an An its Its their Their our Our this This these These those Those');
/**
 * Capitalised words that are no name alone, though a person verb may follow: groups, roles,
 * pronouns, mass nouns that begin sentences, and companies and media that "said" things.
 */
const COMMON = words(`
  Nobody Everyone Everybody Someone Somebody Anyone Anybody Nothing Everything Something Officials Critics
  Analysts Prosecutors Activists Lawyers Witnesses Relatives Reporters Diplomats Investigators Inspectors
  Observers Experts Judges Officers Residents Protesters Protestors Campaigners Families Supporters Opponents
  Members Researchers Others Dozens Hundreds Thousands Millions Citizens Nationals Students Journalists
  Workers Migrants Refugees Detainees Prisoners Suspects Defendants Fugitives Dissidents Children Women Men
  Staff Personnel Donors Monitors Visitors Doctors Senators Editors Authors Leaders Voters Villagers Farmers
  Prosecution Defence Defense Bail Asylum Torture Access Entry Permission Funding Money Data Footage Evidence
  Trade Talks Uyghurs Uighurs Uyghur Uighur Tibetans Tibetan Kurds Kurdish Muslims Muslim Christians
  Christian Roma Hongkongers Kazakhs Huawei Hikvision Dahua Xinhua Reuters Bloomberg Twitter Facebook Google
  Telegram WeChat TikTok Weibo Covid Brexit Frontex Eurojust Kremlin
`);
/** Endings of plural common nouns, not of surnames ("Separatists", "Elections"). */
const PLURAL_ENDINGS = ['ists', 'ians', 'ions', 'ities'];

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 9 || code === 10;
}

/** Letters of any cased script, plus combining marks; not punctuation, symbols, digits or surrogates. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const ch = text[i] as string;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isUpper(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 65 && code <= 90;
  if (code < 0xc0) return false;
  const ch = text[i] as string;
  return ch.toLowerCase() !== ch;
}

function isJoint(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/** Where a short lower-case prefix joins a capitalised name in `text[start, end)` ("al-Rashid"), or -1. */
function jointAt(text: string, start: number, end: number): number {
  for (let j = start + 1; j <= start + 3 && j < end - 1; j++) {
    if (!isJoint(text.charCodeAt(j))) continue;
    return isUpper(text, j + 1) ? j - start : -1;
  }
  return -1;
}

function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (ch.toUpperCase() !== ch) return true;
  }
  return false;
}

/** Letters that may be capitals: ASCII, Latin-1, Latin Extended, Greek, Cyrillic (a superset is fine for a filter). */
const CAP = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0370-\\u03FF\\u0400-\\u042F\\u0460-\\u04FF';
/**
 * A regex alternation of `list`, as a trie ("b(?:e(?:en|ing)?|riefly)"): V8 then tests one
 * branch per letter instead of every word in turn, and its code stays small. With `cased`, a
 * word may also begin with a capital ("Lawyers for …" begins a sentence). Callers add `END`
 * where a word must end.
 * @internal
 */
function wordTrie(list: Iterable<string>, cased = false): string {
  const build = (items: readonly string[], top: boolean): string => {
    const groups = new Map<string, string[]>();
    for (const w of items) if (w) groups.set(w.charAt(0), [...(groups.get(w.charAt(0)) ?? []), w.slice(1)]);
    const parts = [...groups].map(([c, rest]) => (top && cased ? `[${c}${c.toUpperCase()}]` : c) + build(rest, false));
    if (parts.length === 0) return '';
    const body = parts.length === 1 && !items.includes('') ? (parts[0] as string) : `(?:${parts.join('|')})`;
    return items.includes('') ? `${body}?` : body;
  };
  return build([...new Set(list)].sort(), true);
}
/** A word's end: not `\b`, which makes V8's code for the tries three times larger. */
const END = '(?![a-z])';
/**
 * Longest rest of a word the filter reads after its capital: no name is longer, and an unbounded
 * `\S*` made a long run without spaces cost quadratic time (100,000 characters: 10 s).
 */
const WORD = 48;
/**
 * The filter, anchored on a capital so that other positions cost one class test: a capitalised
 * word, then a person cue (a verb, a possessive noun, ", who"); a capital after a cue (a noun
 * and "for"/"of", "said", a verb done to a person, "that"), looked behind; or a pair: a
 * capitalised word, then (after up to two short lower-case words: "bin", "van der") another, or
 * "al-Rashid". The name is the match's first character, or the pair's last. Cues come first: at
 * one position the first alternative that matches wins, and a cue's name may be a mention
 * where the pair's is not. The word before a cue or a pair is taken whole, as an atomic group
 * would (`(?=(…))\1`): it stops only where what follows may start, so backtracking into it never
 * matches (mayNameAPerson 47 → 40 ms on 14 MB, min of 11).
 */
const PAIR = new RegExp(
  `[${CAP}](?:${[
    `(?=([^\\s,'’]{0,${WORD}}))\\1(?:['’]s\\s+${wordTrie(POSSESSED)}${END}|,\\s+(?:who|aged|\\d\\d,)|\\s+(?:${wordTrie(AUX)}\\s+)*${wordTrie([...PASSIVE, ...ACTIVE])}${END})`,
    `(?<=(?:${wordTrie(BEFORE, true)}\\s+(?:for|of|against)|[Ss]aid|[Ss]ays|[Aa]ccording\\s+to|${wordTrie(OBJECT_VERBS)}|that)\\s+.)`,
    `(?=(\\S{0,${WORD}}))\\2\\s+(?:[a-z]{1,4}\\s+){0,2}(?:[${CAP}]|[a-z]{1,3}['’-][${CAP}])`,
  ].join('|')})`,
  'g',
);

type Span = { readonly start: number; readonly end: number };

/**
 * True when `text` may name a person: two capitalised words next to each other, the second not
 * a gazetteer mention ("The Athens", "Hong Kong" are skipped), a capitalised word that is not a
 * mention in a person's context ("Kovač was arrested", "lawyers for Kovač"), or a surname of
 * `known`. A native regex and a few substring searches: it runs on every sentence.
 */
export function mayNameAPerson(text: string, mentions: readonly Span[] = [], known?: ReadonlySet<string>): boolean {
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const last = m.index + m[0].length - 1;
    // A pair ends with the name's capital; a cue after the name, in lower case.
    const name = isUpper(text, last) ? last : m.index;
    if (!mentions.some((x) => x.start <= name && name < x.end)) return true;
    // Another alternative may match at the next position.
    PAIR.lastIndex = m.index + 1;
  }
  if (known) for (const k of known) if (text.includes(k)) return true;
  return false;
}

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word without a trailing '.' or possessive 's. */
  readonly word: string;
}

/** Words with internal hyphens and apostrophes; initials and honorifics keep their dot. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(text, i)) i++;
      else if (isJoint(c) && i + 1 < n && isLetter(text, i + 1)) i++;
      else break;
    }
    // Most words are lower case and never part of a name: not sliced ("" classifies as a stop).
    const lower = !isUpper(text, start) && i - start > 5 && jointAt(text, start, i) < 0;
    let word = lower ? '' : text.slice(start, i);
    if (word.length > 2 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    // "J." and "Dr.": the dot belongs to the token, so "J. Doe" stays one run.
    const end = text.charCodeAt(i) === 46 && i - start <= 4 ? ++i : i;
    out.push({ start, end, word });
  }
  return out;
}

type Class = 'name' | 'initial' | 'particle' | 'lead' | 'org' | 'stop';

/** The token as written: capitalised and short words are sliced already, long lower-case ones are not. */
function wordOf(text: string, t: Token | undefined): string {
  if (!t) return '';
  return t.word || text.slice(t.start, t.end);
}

/** True when only spaces lie between `a` and `b` (so no comma or full stop). */
function spaced(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** True for ", 52, " between a name and the next word: an age. */
function isAge(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 5 || gap > 7 || text.charCodeAt(a.end) !== 44) return false;
  let digits = 0;
  for (let i = a.end + 1; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 44 && !isSpace(c)) return false;
  }
  return digits === 2;
}

/**
 * True when the lone capitalised token `tokens[k]` stands where a person does: before a person
 * verb (up to four auxiliaries and adverbs between), a possessive noun, ", who" or an age; after
 * a person noun and "for"/"of"/"against", "said", "according to" or a verb done to a person
 * ("extradited Kovač"); or in "that X be". Called only for runs of one capitalised token.
 * @internal
 */
function inPersonContext(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const w = t.word;
  if (COMMON.has(w)) return false;
  for (const end of PLURAL_ENDINGS) if (w.endsWith(end)) return false;
  const prev = tokens[k - 1];
  const before = prev && spaced(text, prev, t) ? wordOf(text, prev) : '';
  let j = k + 1;
  let next = tokens[j];
  if (before === 'that' && next && wordOf(text, next) === 'be' && spaced(text, t, next)) return true;
  if (BEFORE_PREPOSITIONS.has(before)) {
    const noun = tokens[k - 2];
    if (noun && prev && spaced(text, noun, prev) && BEFORE.has(wordOf(text, noun).toLowerCase())) return true;
  }
  if (before === 'said' || before === 'says' || before === 'Said' || before === 'Says') return true;
  if (before === 'to' && wordOf(text, tokens[k - 2]).toLowerCase() === 'according') return true;
  if (OBJECT_VERBS.has(before)) return true;
  if (!next || DETERMINERS.has(before)) return false;
  const possessive = isJoint(text.charCodeAt(t.start + w.length)) && text.charCodeAt(t.start + w.length + 1) === 115;
  if (possessive) return spaced(text, t, next) && POSSESSED.has(wordOf(text, next));
  if (!spaced(text, t, next)) {
    if (text.charCodeAt(t.end) !== 44) return false;
    const after = wordOf(text, next);
    return after === 'who' || after === 'whose' || after === 'aged' || isAge(text, t, next);
  }
  // "Kovač and Petrović were arrested": the verb of both.
  let coordinated = false;
  const after = tokens[j + 1];
  if (wordOf(text, next) === 'and' && after && isUpper(text, after.start) && spaced(text, next, after)) {
    coordinated = true;
    j += 2;
    next = tokens[j];
  }
  let be = false;
  for (let skipped = 0; next && skipped <= 3; next = tokens[++j], skipped++) {
    const word = wordOf(text, next);
    const prior = tokens[j - 1] as Token;
    if (!spaced(text, prior, next)) return false;
    if (!AUX.has(word)) {
      if (PASSIVE.has(word)) return be;
      if (ACTIVE.has(word)) return !be;
      return false;
    }
    // "Officials were detained": a plural noun, unless two names share the verb.
    if (PLURAL.has(word) && !coordinated && w.endsWith('s')) return false;
    if (BE.has(word)) be = true;
  }
  return false;
}

function classify(t: Token, inMention: boolean): Class {
  const w = t.word;
  if (inMention || w === '') return 'stop';
  if (!isUpper(w, 0)) {
    if (PARTICLES.has(w)) return 'particle';
    const joint = jointAt(w, 0, w.length);
    if (joint > 0 && PREFIXES.has(w.slice(0, joint))) return 'name';
    return 'stop';
  }
  if (w.length === 1) return w === 'I' || w === 'A' ? 'stop' : 'initial';
  if (LEADS.has(w)) return 'lead';
  if (STOPS.has(w)) return 'stop';
  if (ORGS.has(w)) return 'org';
  // All capitals: an acronym (EU, OSCE, BIRN), not a name.
  if (!hasLower(w)) return 'stop';
  return 'name';
}

/**
 * Personal names in a sentence. `mentions` are the sentence's gazetteer hits (their words are
 * never names). `known` collects the surnames found so far in the document: a later sentence
 * that names someone by surname alone ("Novak was detained") is caught too.
 */
export function findPersons(text: string, mentions: readonly Span[], known?: Set<string>): PersonName[] {
  if (!mayNameAPerson(text, mentions, known)) return [];
  const tokens = tokenize(text);
  const out: PersonName[] = [];
  let run: { token: Token; k: number; cls: Class }[] = [];
  let lead = false;
  let org = false;
  const close = (): void => {
    if (run.length === 0 && !lead) return;
    while (run.length && run[run.length - 1]?.cls === 'particle') run.pop();
    const names = run.filter((r) => r.cls === 'name').length;
    const count = run.length - run.filter((r) => r.cls === 'particle').length;
    const first = run[0];
    const last = run[run.length - 1];
    const surname =
      first !== undefined &&
      names === 1 &&
      count === 1 &&
      !lead &&
      (known?.has(first.token.word) || inPersonContext(text, tokens, first.k));
    if (first && last && !org && names >= 1 && (lead ? count <= 6 : (count >= 2 && count <= MAX_RUN) || surname)) {
      const start = first.token.start;
      const end = last.cls === 'initial' ? last.token.end : last.token.start + last.token.word.length;
      out.push({ start, end, name: text.slice(start, end) });
      if (last.cls === 'name') known?.add(last.token.word);
    }
    run = [];
    lead = false;
    org = false;
  };
  let m = 0;
  let prevEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    while (m < mentions.length && (mentions[m]?.end as number) <= t.start) m++;
    const mention = mentions[m];
    const cls = classify(t, mention !== undefined && mention.start < t.end);
    // A run goes on only across plain spaces: a comma or a full stop ends it.
    let adjacent = prevEnd >= 0;
    for (let i = prevEnd; adjacent && i < t.start; i++) adjacent = isSpace(text.charCodeAt(i));
    prevEnd = t.end;
    if (!adjacent || cls === 'stop' || cls === 'lead') close();
    if (cls === 'stop') continue;
    if (cls === 'lead') {
      lead = true;
      continue;
    }
    if (cls === 'particle' && run.length === 0) continue;
    if (cls === 'org') org = true;
    run.push({ token: t, k, cls });
  }
  close();
  return out;
}

/**
 * Marks the candidates whose span overlaps a sentence that names a person, and every entity
 * they propose whose name or an alias contains a name found in the document. Only the marked
 * candidates are copied; every reference to a marked entity id is marked alike, so resolution
 * sees the same flag whichever reference comes first.
 */
export function restrictPersons(doc: DocumentContext, candidates: Candidate[]): void {
  if (doc.persons.length === 0) return;
  // Source spans of the sentences that name someone, in document order.
  const spans: number[] = [];
  for (const s of doc.sentences) if (s.persons.length) spans.push(s.sentence.start, s.sentence.end);
  const names = doc.persons;
  const named = (ref: EntityRef): boolean =>
    names.some((n) => holdsWord(ref.name, n) || (ref.aliases ?? []).some((a) => holdsWord(a, n)));
  const ids = new Set<string>();
  for (const c of candidates) {
    if (named(c.entity)) ids.add(c.entity.id);
    for (const r of c.refs ?? []) if (named(r)) ids.add(r.id);
  }
  const marked = new Map<EntityRef, EntityRef>();
  const mark = (ref: EntityRef): EntityRef => {
    if (!ids.has(ref.id)) return ref;
    let m = marked.get(ref);
    if (!m) marked.set(ref, (m = { ...ref, restricted: true }));
    return m;
  };
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as Candidate;
    const restricted = overlaps(spans, c.start, c.end);
    const entity = mark(c.entity);
    const refs = c.refs?.map(mark);
    if (!restricted && entity === c.entity && (refs ?? []).every((r, k) => r === c.refs?.[k])) continue;
    candidates[i] = { ...c, entity, ...(refs ? { refs } : {}), ...(restricted ? { restricted } : {}) };
  }
}

/** True when `[start, end)` overlaps a span of `spans` (flat, sorted start/end pairs). */
/** Whether `name` occurs in `text` as whole words: "Lin" in "the extradition of Lin", not in "Linz". */
function holdsWord(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((i === 0 || !isLetter(text, i - 1)) && (end === text.length || !isLetter(text, end))) return true;
  }
  return false;
}

function overlaps(spans: readonly number[], start: number, end: number): boolean {
  // The last span starting before `end`.
  let lo = 0;
  let hi = spans.length / 2 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid * 2] as number) < end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && (spans[found * 2 + 1] as number) > start;
}
