/**
 * @module Near-duplicate detection with a 64-bit SimHash over word 3-shingles: a syndicated copy,
 * a repeated title or a republication with a new paragraph lands within a few bits of the original.
 */

/** Two 32-bit FNV-1a style hashes of a word, with different primes so the 64 bits are independent. */
function wordHashes(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return [a >>> 0, b >>> 0];
}

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** 64-bit SimHash of a text (word 3-shingles) as 16 hex digits. */
export function simhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const ha = new Uint32Array(words.length);
  const hb = new Uint32Array(words.length);
  words.forEach((w, i) => {
    const [a, b] = wordHashes(w);
    ha[i] = a;
    hb[i] = b;
  });
  const v = new Int32Array(64);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    // A shingle's hash combines its three word hashes, position-dependent.
    const hi = mix(((ha[i] ?? 0) ^ Math.imul(ha[i + 1] ?? 0, 31) ^ Math.imul(ha[i + 2] ?? 0, 961)) >>> 0);
    const lo = mix(((hb[i] ?? 0) ^ Math.imul(hb[i + 1] ?? 0, 37) ^ Math.imul(hb[i + 2] ?? 0, 1369)) >>> 0);
    for (let bit = 0; bit < 32; bit++) {
      v[bit] = (v[bit] as number) + (((hi >>> bit) & 1) << 1) - 1;
      v[bit + 32] = (v[bit + 32] as number) + (((lo >>> bit) & 1) << 1) - 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((v[bit] as number) > 0) hi |= 1 << bit;
    if ((v[bit + 32] as number) > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** Number of differing bits between two SimHashes. */
export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** Bits within which two texts count as near-duplicates. */
export const NEAR_DUPLICATE_BITS = 10;

/** A known text, for near-duplicate lookup. */
export interface Fingerprint {
  readonly id: string;
  readonly simhash: string;
}

/** The closest known text within `NEAR_DUPLICATE_BITS`, if any. */
export function findNearDuplicate(
  hash: string,
  known: Iterable<Fingerprint>,
  bits = NEAR_DUPLICATE_BITS,
): Fingerprint | undefined {
  let best: Fingerprint | undefined;
  let bestDistance = bits + 1;
  for (const k of known) {
    const d = hamming(hash, k.simhash);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
