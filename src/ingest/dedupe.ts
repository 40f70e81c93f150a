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

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** `SPREAD[b]` moves bit j of byte b to bit 6j: eight 6-bit counters summed exactly in one double. */
const SPREAD = new Float64Array(256);
for (let b = 0; b < 256; b++)
  for (let j = 0; j < 8; j++) if ((b >>> j) & 1) SPREAD[b] = (SPREAD[b] as number) + 2 ** (6 * j);

/** Per-bit counts of set bits over many 64-bit values, added a byte at a time through `SPREAD`. */
class BitCounter {
  /** `lanes[j]` holds the eight counters of byte j (0–3 of `hi`, 4–7 of `lo`); 6 bits each, so flushed every 63 adds. */
  private readonly lanes = new Float64Array(8);
  /** Count of bit i of `hi` at [i], of `lo` at [32 + i]. */
  private readonly totals = new Float64Array(64);
  private pending = 0;

  add(hi: number, lo: number): void {
    const lanes = this.lanes;
    for (let j = 0; j < 4; j++) {
      lanes[j] = (lanes[j] as number) + (SPREAD[(hi >>> (8 * j)) & 255] as number);
      lanes[j + 4] = (lanes[j + 4] as number) + (SPREAD[(lo >>> (8 * j)) & 255] as number);
    }
    if (++this.pending === 63) this.flush();
  }

  /** The bits set in more than half of `n` values, as [hi, lo]. */
  majority(n: number): [number, number] {
    this.flush();
    let hi = 0;
    let lo = 0;
    for (let bit = 0; bit < 32; bit++) {
      if (2 * (this.totals[bit] as number) > n) hi |= 1 << bit;
      if (2 * (this.totals[bit + 32] as number) > n) lo |= 1 << bit;
    }
    return [hi, lo];
  }

  private flush(): void {
    for (let j = 0; j < 8; j++) {
      // Split the 48 lane bits into two 24-bit integers for the shifts.
      const v = this.lanes[j] as number;
      const low = v % 0x1000000;
      const high = (v - low) / 0x1000000;
      for (let k = 0; k < 4; k++) {
        this.totals[8 * j + k] = (this.totals[8 * j + k] as number) + ((low >>> (6 * k)) & 63);
        this.totals[8 * j + k + 4] = (this.totals[8 * j + k + 4] as number) + ((high >>> (6 * k)) & 63);
      }
    }
    this.lanes.fill(0);
    this.pending = 0;
  }
}

/**
 * 64-bit SimHash of a text (word 3-shingles) as 16 hex digits. Words are maximal runs of letters
 * and digits of the lower-cased text, each hashed with two 32-bit FNV-1a style hashes (different
 * primes, so the 64 bits are independent) over its UTF-16 units; a shingle's hash combines its
 * three word hashes, position-dependent. Texts under three words make one shingle, missing words 0.
 */
export function simhash(text: string): string {
  return hashWords(text, false) ?? (hashWords(text.toLowerCase(), true) as string);
}

/**
 * `simhash` in one pass over the units of `text`, lower-casing them one by one unless `lowered`;
 * undefined if that meets a unit whose lower case depends on more than itself.
 */
function hashWords(text: string, lowered: boolean): string | undefined {
  const counts = new BitCounter();
  // Hashes of the two words before the current one, and how many words are done.
  let a0 = 0;
  let b0 = 0;
  let a1 = 0;
  let b1 = 0;
  let words = 0;
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let inWord = false;
  const n = text.length;
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
        if (c === 0x130 || c === 0x3a3) return undefined;
        const info = unitInfo(c);
        c = info >>> 1;
        word = (info & 1) === 1;
      }
    } else {
      if (!lowered) return undefined;
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
      if (++words >= 3) {
        counts.add(mix(a0 ^ Math.imul(a1, 31) ^ Math.imul(a, 961)), mix(b0 ^ Math.imul(b1, 37) ^ Math.imul(b, 1369)));
      }
      a0 = a1;
      b0 = b1;
      a1 = a;
      b1 = b;
      a = 0x811c9dc5;
      b = 0x9747b28c;
      inWord = false;
    }
  }
  return finish(counts, words, a0, a1, b0, b1);
}

/**
 * The hash once every unit is counted. A function of its own: in `hashWords`, V8 compiled this tail
 * mid-loop, before it had ever run, and threw that code away on every call (2× slower per unit).
 */
function finish(counts: BitCounter, words: number, a0: number, a1: number, b0: number, b1: number): string {
  if (words < 3) {
    // The one shingle of a short text: its words (the last two seen, a1 alone if one), then zeros.
    if (words === 2) counts.add(mix(a0 ^ Math.imul(a1, 31)), mix(b0 ^ Math.imul(b1, 37)));
    else counts.add(mix(a1), mix(b1));
  }
  const [hi, lo] = counts.majority(Math.max(1, words - 2));
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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
