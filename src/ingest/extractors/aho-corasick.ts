/**
 * @module An Aho–Corasick automaton: all occurrences of many patterns in one pass over the text,
 * reduced to leftmost-longest, word-bounded, non-overlapping matches.
 *
 * The automaton is a dense DFA: each UTF-16 unit maps to a character class (0 for units no pattern
 * contains), and a flat table holds the goto function already resolved through the fail links, so
 * a text unit costs two array reads.
 */

/** A match of pattern number `pattern` at `[start, end)`. */
export interface AcMatch {
  readonly start: number;
  readonly end: number;
  readonly pattern: number;
}

/** Folds case one UTF-16 unit at a time, so offsets are unchanged. */
export function foldCase(text: string): string {
  let out = text.toLowerCase();
  if (out.length !== text.length) {
    // Rare: a character whose lower case is longer ("İ"); fold one unit at a time to keep offsets.
    out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      const l = c.toLowerCase();
      out += l.length === 1 ? l : c;
    }
  }
  return out.replace(/[’ʼ`]/g, "'").replace(/[‐‑–—]/g, '-');
}

/**
 * `foldCase` of a single UTF-16 unit, cached (-1: not folded yet). Folding a whole text gives the
 * same units ("İ" makes `foldCase` go unit by unit anyway) except for Σ (final ς by context) and
 * surrogate pairs, which `foldsWhole` covers.
 */
const UNIT_FOLD = new Int32Array(0x10000).fill(-1);

function foldUnit(u: number): number {
  let f = UNIT_FOLD[u] as number;
  if (f < 0) f = UNIT_FOLD[u] = foldCase(String.fromCharCode(u)).charCodeAt(0);
  return f;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the folded unit is a letter or digit, cached for non-ASCII units (0: not known yet, 1: yes, 2: no). */
const WORD_UNIT = new Uint8Array(0x10000);

function isWordUnit(u: number): boolean {
  if (u < 128) return (u >= 48 && u <= 57) || (u >= 97 && u <= 122) || (u >= 65 && u <= 90);
  let w = WORD_UNIT[u] as number;
  if (w === 0) w = WORD_UNIT[u] = WORD_CHAR.test(String.fromCharCode(foldUnit(u))) ? 1 : 2;
  return w === 1;
}

/** Pattern units whose unit-by-unit fold can differ from the whole text's: σ/ς and surrogates. */
function foldsWhole(u: number): boolean {
  return u === 0x3c2 || u === 0x3c3 || (u >= 0xd800 && u <= 0xdfff);
}

/** An automaton over case-folded patterns. */
export class AhoCorasick {
  /** Character class of each UTF-16 unit, filled lazily (-1: not classified yet). */
  private readonly classes = new Int32Array(0x10000).fill(-1);
  private readonly alphabet = new Map<number, number>();
  /** Number of classes: the row width of `delta`. */
  private readonly width: number;
  /** `delta[s + c]`: the state after class `c` from state `s`; states are row offsets (id × width). */
  private readonly delta: Int32Array;
  /** States at or past this offset have outputs; they are numbered last so one comparison tells. */
  private readonly outFrom: number;
  /** Outputs of output state q (offset `outFrom + q × width`) are `outStart[q]` to `outStart[q + 1]`. */
  private readonly outStart: Int32Array;
  private readonly outPattern: Int32Array;
  private readonly outLength: Int32Array;
  /** Whether texts must be folded before the scan, instead of folding unit by unit through `classes`. */
  private readonly foldFirst: boolean;

  /** Builds the automaton; pattern `i` is reported as `pattern: i`. An empty pattern never matches. */
  constructor(patterns: readonly string[]) {
    const folded = patterns.map(foldCase);
    for (const p of folded) {
      for (let i = 0; i < p.length; i++) {
        const u = p.charCodeAt(i);
        if (!this.alphabet.has(u)) this.alphabet.set(u, this.alphabet.size + 1);
      }
    }
    this.foldFirst = [...this.alphabet.keys()].some(foldsWhole);
    const width = (this.width = this.alphabet.size + 1);

    // The trie: children by class, and the patterns ending at each node.
    const children = [new Map<number, number>()];
    const own: number[][] = [[]];
    folded.forEach((p, index) => {
      if (!p) return;
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const c = this.alphabet.get(p.charCodeAt(i)) as number;
        const node = children[state] as Map<number, number>;
        let to = node.get(c);
        if (to === undefined) {
          to = children.push(new Map()) - 1;
          own.push([]);
          node.set(c, to);
        }
        state = to;
      }
      (own[state] as number[]).push(index);
    });
    const states = children.length;

    // Fail links and outputs (own patterns, then the fail state's), breadth first.
    const fail = new Int32Array(states);
    const out: number[][] = own.map(() => []);
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const r = order[head] as number;
      for (const [c, u] of children[r] as Map<number, number>) {
        let f = fail[r] as number;
        while (f !== 0 && !(children[f] as Map<number, number>).has(c)) f = fail[f] as number;
        fail[u] = r === 0 ? 0 : ((children[f] as Map<number, number>).get(c) ?? 0);
        out[u] = [...(own[u] as number[]), ...(out[fail[u]] as number[])];
        order.push(u);
      }
    }

    // Output states are numbered last, so `state >= outFrom` tells a state has outputs.
    const plain = order.filter((s) => !(out[s] as number[]).length);
    const outputs = order.filter((s) => (out[s] as number[]).length);
    const id = new Int32Array(states);
    [...plain, ...outputs].forEach((s, i) => (id[s] = i));
    this.outFrom = plain.length * width;

    // A state's row is its fail state's row (built earlier, being shallower) with its own children.
    const delta = (this.delta = new Int32Array(states * width));
    for (const s of order) {
      const row = (id[s] as number) * width;
      if (s !== 0) {
        const from = (id[fail[s] as number] as number) * width;
        delta.copyWithin(row, from, from + width);
      }
      for (const [c, u] of children[s] as Map<number, number>) delta[row + c] = (id[u] as number) * width;
    }

    const lists = outputs.map((s) => out[s] as number[]);
    this.outPattern = Int32Array.from(lists.flat());
    this.outLength = this.outPattern.map((p) => (folded[p] as string).length);
    this.outStart = new Int32Array(lists.length + 1);
    lists.forEach((list, q) => (this.outStart[q + 1] = (this.outStart[q] as number) + list.length));
  }

  private classify(u: number): number {
    return (this.classes[u] = this.alphabet.get(foldUnit(u)) ?? 0);
  }

  /** Every occurrence (overlapping) in `text`, already case-folded with `foldCase`. */
  findAll(folded: string): AcMatch[] {
    const { classes, delta, outFrom, outStart, outPattern, outLength, width } = this;
    const matches: AcMatch[] = [];
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const u = folded.charCodeAt(i);
      let c = classes[u] as number;
      if (c < 0) c = this.classify(u);
      state = delta[state + c] as number;
      if (state < outFrom) continue;
      const q = ((state - outFrom) / width) | 0;
      for (let o = outStart[q] as number; o < (outStart[q + 1] as number); o++) {
        matches.push({ start: i + 1 - (outLength[o] as number), end: i + 1, pattern: outPattern[o] as number });
      }
    }
    return matches;
  }

  /**
   * Leftmost-longest non-overlapping matches that start and end at word boundaries. `accept` sees
   * each word-bounded occurrence before it competes for its span.
   */
  find(text: string, accept?: (pattern: number, start: number, end: number) => boolean): AcMatch[] {
    const { classes, delta, outFrom, outStart, outPattern, outLength, width } = this;
    // Folding unit by unit through `classes` gives the folded text's units without building it.
    const scan = this.foldFirst ? foldCase(text) : text;
    const n = scan.length;
    const all: AcMatch[] = [];
    let state = 0;
    for (let i = 0; i < n; i++) {
      const u = scan.charCodeAt(i);
      let c = classes[u] as number;
      if (c < 0) c = this.classify(u);
      state = delta[state + c] as number;
      if (state < outFrom) continue;
      const end = i + 1;
      if (end < n && isWordUnit(scan.charCodeAt(end))) continue;
      const q = ((state - outFrom) / width) | 0;
      for (let o = outStart[q] as number; o < (outStart[q + 1] as number); o++) {
        const start = end - (outLength[o] as number);
        if (start > 0 && isWordUnit(scan.charCodeAt(start - 1))) continue;
        const pattern = outPattern[o] as number;
        if (!accept || accept(pattern, start, end)) all.push({ start, end, pattern });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: AcMatch[] = [];
    let reach = 0;
    for (const m of all) {
      if (m.start >= reach) {
        out.push(m);
        reach = m.end;
      }
    }
    return out;
  }
}
