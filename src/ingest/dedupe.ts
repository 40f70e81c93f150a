/**
 * @module Near-duplicate detection with a 64-bit SimHash over word 3-shingles: a syndicated copy,
 * a repeated title or a republication with a new paragraph lands within a few bits of the original.
 */

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * A non-ASCII BMP unit's lower case and whether that is a letter or digit, cached: 0 not known yet,
 * else (lower << 1 | word) + 1. Lower-casing unit by unit equals lower-casing the whole text except
 * for "İ" (two units), "Σ" (final "ς" by context) and surrogate pairs, for which `hashWords` gives up.
 * Lower-casing never changes whether a BMP unit is a letter or digit, so the flag is also the unit's own.
 */
const UNIT = new Int32Array(0x10000);

function unitInfo(c: number): number {
  let info = UNIT[c] as number;
  if (info === 0) {
    const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    info = UNIT[c] = ((lower << 1) | (WORD_CHAR.test(String.fromCharCode(lower)) ? 1 : 0)) + 1;
  }
  return info - 1;
}

/** Room for the word hashes of texts up to 256 Ki units (at most one word per two units), reused. */
const WORD_HASHES = new Int32Array((1 << 18) + 6);

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** `SPREAD[b]` moves bit j of byte b to bit 6j: eight 6-bit counters summed exactly in one double. */
const SPREAD = new Float64Array(256);
for (let b = 0; b < 256; b++)
  for (let j = 0; j < 8; j++) if ((b >>> j) & 1) SPREAD[b] = (SPREAD[b] as number) + 2 ** (6 * j);

/** Adds the eight 6-bit counters of each of `lanes` (lane j: byte j of the 64 bits) to the per-bit `totals`. */
function unspread(lanes: readonly number[], totals: Float64Array): void {
  lanes.forEach((v, j) => {
    // Split the 48 lane bits into two 24-bit integers for the shifts.
    const low = v % 0x1000000;
    const high = (v - low) / 0x1000000;
    for (let k = 0; k < 4; k++) {
      totals[8 * j + k] = (totals[8 * j + k] as number) + ((low >>> (6 * k)) & 63);
      totals[8 * j + k + 4] = (totals[8 * j + k + 4] as number) + ((high >>> (6 * k)) & 63);
    }
  });
}

/**
 * 64-bit SimHash of a text (word 3-shingles) as 16 hex digits. Words are maximal runs of letters
 * and digits of the lower-cased text, each hashed with two 32-bit FNV-1a style hashes (different
 * primes, so the 64 bits are independent) over its UTF-16 units; a shingle's hash combines its
 * three word hashes, position-dependent. Texts under three words make one shingle, missing words 0.
 */
export function simhash(text: string): string {
  let hashes = roomFor(text);
  let words = hashWords(text, false, hashes);
  if (words < 0) {
    const lower = text.toLowerCase();
    hashes = roomFor(lower);
    words = hashWords(lower, true, hashes);
  }
  return finish(hashes, words);
}

/** Where the word hashes of `text` go: word k's (a, b) at 2k, 2k + 1, at most n / 2 + 1 words of n units. */
function roomFor(text: string): Int32Array {
  return text.length + 6 <= WORD_HASHES.length ? WORD_HASHES : new Int32Array(text.length + 6);
}

/**
 * One pass over the units of `text` that puts its words' hashes in `hashes` and counts them,
 * lower-casing units one by one unless `lowered`; -1 if that meets a unit whose lower case depends
 * on more than itself. Leaves `finish` to `simhash`: V8 compiled this loop mid-call, before its tail
 * had run, and left that code at the tail on every later call (0–261 deoptimizations a 50 MB run → 0–2).
 */
function hashWords(text: string, lowered: boolean, hashes: Int32Array): number {
  const n = text.length;
  let words = 0;
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let inWord = false;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    let word: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else if (c < 0xd800 || c > 0xdfff) {
      if (lowered) {
        word = (unitInfo(c) & 1) === 1;
      } else {
        if (c === 0x130 || c === 0x3a3) return -1;
        const info = unitInfo(c);
        c = info >>> 1;
        word = (info & 1) === 1;
      }
    } else {
      if (!lowered) return -1;
      // A surrogate pair is one code point: a word character if the pair is a letter or digit.
      const d = c <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(String.fromCharCode(c, d))) {
        a = Math.imul(Math.imul(a ^ c, 0x01000193) ^ d, 0x01000193);
        b = Math.imul(Math.imul(b ^ c, 0x5bd1e995) ^ d, 0x5bd1e995);
        inWord = true;
        i++;
        continue;
      }
      word = false;
    }
    if (word) {
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      inWord = true;
    } else if (inWord) {
      hashes[2 * words] = a;
      hashes[2 * words + 1] = b;
      words++;
      a = 0x811c9dc5;
      b = 0x9747b28c;
      inWord = false;
    }
  }
  return words;
}

/**
 * The SimHash of the word hashes: a bit is set if more than half the shingles have it. Counting
 * after the pass, in locals, rather than per word in it: 78 → 68 ms a 10 MB corpus (min of 4 × 20).
 */
function finish(hashes: Int32Array, words: number): string {
  // A short text has one shingle: its words, then zeros.
  if (words < 3) hashes.fill(0, 2 * words, 6);
  const shingles = Math.max(1, words - 2);
  const totals = countBits(hashes, shingles);
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * (totals[bit] as number) > shingles) hi |= 1 << bit;
    if (2 * (totals[bit + 32] as number) > shingles) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/**
 * How many of the shingles have each bit: bit i of the high half at [i], of the low half at [32 + i].
 * Apart from `finish`'s tail for the same reason as `finish`: V8 kept entering its code compiled
 * mid-loop and leaving it at that tail (13–57 deoptimizations a 50 MB run → 0–3).
 */
function countBits(hashes: Int32Array, shingles: number): Float64Array {
  const totals = new Float64Array(64);
  for (let k = 0; k < shingles;) {
    // Bytes are added through `SPREAD` into eight lanes, in locals; 6-bit counters hold 63 shingles.
    const end = Math.min(shingles, k + 63);
    let h0 = 0;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    for (; k < end; k++) {
      const j = 2 * k;
      const hi = mix(
        (hashes[j] as number) ^ Math.imul(hashes[j + 2] as number, 31) ^ Math.imul(hashes[j + 4] as number, 961),
      );
      const lo = mix(
        (hashes[j + 1] as number) ^ Math.imul(hashes[j + 3] as number, 37) ^ Math.imul(hashes[j + 5] as number, 1369),
      );
      h0 += SPREAD[hi & 255] as number;
      h1 += SPREAD[(hi >>> 8) & 255] as number;
      h2 += SPREAD[(hi >>> 16) & 255] as number;
      h3 += SPREAD[hi >>> 24] as number;
      l0 += SPREAD[lo & 255] as number;
      l1 += SPREAD[(lo >>> 8) & 255] as number;
      l2 += SPREAD[(lo >>> 16) & 255] as number;
      l3 += SPREAD[lo >>> 24] as number;
    }
    unspread([h0, h1, h2, h3, l0, l1, l2, l3], totals);
  }
  return totals;
}

/** The two 32-bit halves of a SimHash. */
function halves(hash: string): [number, number] {
  return [parseInt(hash.slice(0, 8), 16) >>> 0, parseInt(hash.slice(8, 16), 16) >>> 0];
}

/** Set bits of a 32-bit number. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Number of differing bits between two SimHashes. */
export function hamming(a: string, b: string): number {
  const [ah, al] = halves(a);
  const [bh, bl] = halves(b);
  return popcount((ah ^ bh) >>> 0) + popcount((al ^ bl) >>> 0);
}

/** Bits within which two texts count as near-duplicates. */
export const NEAR_DUPLICATE_BITS = 10;

/**
 * Known texts' SimHashes for near-duplicate lookup, parsed once: each comparison is two XORs and
 * popcounts. (Parsing the hex per comparison made the lookup the cost of a batch: quadratic in its
 * documents at about 0.5 µs a pair.)
 */
export class Fingerprints {
  private readonly ids: (string | undefined)[] = [];
  private hi = new Uint32Array(256);
  private lo = new Uint32Array(256);

  /** Adds a text's fingerprint. */
  add(id: string, hash: string): void {
    const n = this.ids.length;
    if (n === this.hi.length) {
      const grow = (old: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
        const bigger = new Uint32Array(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.hi = grow(this.hi);
      this.lo = grow(this.lo);
    }
    [this.hi[n], this.lo[n]] = halves(hash);
    this.ids.push(id);
  }

  /** Forgets a text (it was not stored after all). */
  delete(id: string): void {
    const i = this.ids.lastIndexOf(id);
    if (i >= 0) this.ids[i] = undefined;
  }

  /** The closest known text within `bits` (the first added of equally close ones), if any. */
  nearest(hash: string, bits = NEAR_DUPLICATE_BITS): string | undefined {
    const [h, l] = halves(hash);
    let best: string | undefined;
    let bestDistance = bits + 1;
    for (let i = 0; i < this.ids.length; i++) {
      const d = popcount(((this.hi[i] as number) ^ h) >>> 0) + popcount(((this.lo[i] as number) ^ l) >>> 0);
      if (d < bestDistance && this.ids[i] !== undefined) {
        best = this.ids[i];
        bestDistance = d;
      }
    }
    return best;
  }
}
