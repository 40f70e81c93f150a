/**
 * @module Near-duplicate detection with a 64-bit SimHash over word 3-shingles: a syndicated copy,
 * a repeated title or a republication with a new paragraph lands within a few bits of the original.
 */

function fnv64(text: string): [number, number] {
  // FNV-1a in two 32-bit lanes with different offsets: cheap, and good enough to spread features.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

/** The words SimHash reads: lower case letters and digits. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 64-bit SimHash of a text as 16 hex digits. */
export function simhash(text: string): string {
  const w = words(text);
  const v = new Int32Array(64);
  const n = Math.max(1, w.length - 2);
  for (let i = 0; i < n; i++) {
    const [hi, lo] = fnv64(w.slice(i, i + 3).join(' '));
    for (let bit = 0; bit < 32; bit++) {
      v[bit] = (v[bit] as number) + ((hi >>> bit) & 1 ? 1 : -1);
      v[bit + 32] = (v[bit + 32] as number) + ((lo >>> bit) & 1 ? 1 : -1);
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
export function findNearDuplicate(hash: string, known: Iterable<Fingerprint>, bits = NEAR_DUPLICATE_BITS): Fingerprint | undefined {
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
