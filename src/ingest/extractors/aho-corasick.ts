/**
 * @module An Aho–Corasick automaton: all occurrences of many patterns in one pass over the text,
 * reduced to leftmost-longest, word-bounded, non-overlapping matches.
 */

/** A match of pattern number `pattern` at `[start, end)`. */
export interface AcMatch {
  readonly start: number;
  readonly end: number;
  readonly pattern: number;
}

interface Node {
  readonly next: Map<string, number>;
  fail: number;
  /** Patterns ending here (including those inherited through fail links), as [pattern, length]. */
  out: [number, number][];
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

/** An automaton over case-folded patterns. */
export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  /** Builds the automaton; pattern `i` is reported as `pattern: i`. */
  constructor(patterns: readonly string[]) {
    patterns.forEach((p, index) => {
      const folded = foldCase(p);
      let state = 0;
      for (const c of folded) {
        const node = this.nodes[state] as Node;
        let to = node.next.get(c);
        if (to === undefined) {
          to = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
          node.next.set(c, to);
        }
        state = to;
      }
      (this.nodes[state] as Node).out.push([index, folded.length]);
    });
    const queue: number[] = [];
    for (const to of (this.nodes[0] as Node).next.values()) queue.push(to);
    while (queue.length) {
      const r = queue.shift() as number;
      const node = this.nodes[r] as Node;
      for (const [c, u] of node.next) {
        queue.push(u);
        let f = node.fail;
        while (f !== 0 && !(this.nodes[f] as Node).next.has(c)) f = (this.nodes[f] as Node).fail;
        const target = (this.nodes[f] as Node).next.get(c);
        const un = this.nodes[u] as Node;
        un.fail = target !== undefined && target !== u ? target : 0;
        un.out = [...un.out, ...(this.nodes[un.fail] as Node).out];
      }
    }
  }

  /** Every occurrence (overlapping) in `text`, already case-folded with `foldCase`. */
  findAll(folded: string): AcMatch[] {
    const matches: AcMatch[] = [];
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i] as string;
      while (state !== 0 && !(this.nodes[state] as Node).next.has(c)) state = (this.nodes[state] as Node).fail;
      state = (this.nodes[state] as Node).next.get(c) ?? 0;
      for (const [pattern, length] of (this.nodes[state] as Node).out) {
        matches.push({ start: i + 1 - length, end: i + 1, pattern });
      }
    }
    return matches;
  }

  /** Leftmost-longest non-overlapping matches that start and end at word boundaries. */
  find(text: string, accept: (m: AcMatch) => boolean = () => true): AcMatch[] {
    const folded = foldCase(text);
    const all = this.findAll(folded).filter(
      (m) => isBoundary(folded, m.start - 1) && isBoundary(folded, m.end) && accept(m),
    );
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90));
  return !WORD_CHAR.test(text[i] as string);
}
