/**
 * @module Tests of near-duplicate detection, on the seeds read at run time (never copied here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../domain/index.js';
import { Fingerprints, hamming, NEAR_DUPLICATE_BITS, simhash } from './dedupe.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const seeds = readdirSync(SEEDS)
  .sort()
  .map((f) => normalizeText(readFileSync(resolve(SEEDS, f), 'utf8')));

/** The straightforward SimHash that `simhash` must equal bit for bit. */
function referenceSimhash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = words.map((w) => {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < w.length; i++) {
      a = Math.imul(a ^ w.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ w.charCodeAt(i), 0x5bd1e995);
    }
    return [a >>> 0, b >>> 0] as const;
  });
  const mix = (x: number): number => {
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
  };
  const word = (i: number, half: 0 | 1): number => hashes[i]?.[half] ?? 0;
  const v = new Array<number>(64).fill(0);
  for (let i = 0; i < Math.max(1, words.length - 2); i++) {
    const hi = mix(word(i, 0) ^ Math.imul(word(i + 1, 0), 31) ^ Math.imul(word(i + 2, 0), 961));
    const lo = mix(word(i, 1) ^ Math.imul(word(i + 1, 1), 37) ^ Math.imul(word(i + 2, 1), 1369));
    for (let bit = 0; bit < 32; bit++) {
      v[bit] = (v[bit] as number) + ((hi >>> bit) & 1 ? 1 : -1);
      v[bit + 32] = (v[bit + 32] as number) + ((lo >>> bit) & 1 ? 1 : -1);
    }
  }
  let hex = '';
  for (const half of [0, 32]) {
    let bits = 0;
    for (let bit = 0; bit < 32; bit++) if ((v[half + bit] as number) > 0) bits |= 1 << bit;
    hex += (bits >>> 0).toString(16).padStart(8, '0');
  }
  return hex;
}

/** Words and separators that stress lower-casing and word splitting: "İ", "Σ", astral letters, marks. */
const PIECES = [
  'the',
  'The',
  'SERBIA',
  'a',
  '42',
  'ćevap',
  'ČAČAK',
  'Србија',
  'İstanbul',
  'ΟΔΟΣ',
  'σς',
  'Straße',
  '𐐀𐐁',
  '𝒜b',
  '😀',
  'e\u0301',
  '\ud800',
  '\udc00',
  ' ',
  '\u00a0',
  ', ',
  '.\n\n',
  '—',
  '’s',
  '_',
  '½',
  'Ⅻ',
];

describe('simhash', () => {
  it('equals the straightforward SimHash on random texts', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 400 })
      .map((t) => t.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(simhash(t)).toBe(referenceSimhash(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the straightforward SimHash on the seeds and on texts of 0 to 3, 100,000 and 150,000 words', () => {
    // 150,000 words are 300,000 units: more than the word hashes' reused buffer holds.
    for (const t of [...seeds, '', 'one', 'one two', 'one two three', 'x y '.repeat(50_000), 'x y z '.repeat(50_000)])
      expect(simhash(t)).toBe(referenceSimhash(t));
  });

  it('keeps different documents apart', () => {
    for (let i = 0; i < seeds.length; i++) {
      for (let j = i + 1; j < seeds.length; j++) {
        expect(hamming(simhash(seeds[i] as string), simhash(seeds[j] as string))).toBeGreaterThan(NEAR_DUPLICATE_BITS);
      }
    }
  });

  it('finds a syndicated copy, a repeated title and a republication with a new paragraph', () => {
    for (const seed of seeds.slice(0, 4)) {
      const h = simhash(seed);
      const title = seed.split('\n')[0] ?? '';
      const syndicated = `Republished by Example Wire. All rights reserved.\n\n${seed}\n\nRead more at example.org`;
      const retitled = `${title}\n\n${seed}`;
      const paragraphs = seed.split('\n\n');
      const middle = Math.floor(paragraphs.length / 2);
      const updated = [
        ...paragraphs.slice(0, middle),
        'Update: officials declined to comment on the report when contacted on Monday by our newsroom.',
        ...paragraphs.slice(middle),
      ].join('\n\n');
      for (const copy of [syndicated, retitled, updated])
        expect(hamming(h, simhash(copy))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    }
  });
});

describe('Fingerprints', () => {
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  const random =
    (seed: number): (() => number) =>
    () =>
      (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);

  it('finds the nearest known text within the bits, as comparing every pair would', () => {
    const next = random(7);
    const known = Array.from({ length: 300 }, (_, i) => ({ id: `source:${i}`, hash: hex(next()) + hex(next()) }));
    const index = new Fingerprints();
    for (const k of known) index.add(k.id, k.hash);
    for (let q = 0; q < 200; q++) {
      // Queries near a known hash (a few bits flipped) and far from all.
      const base = known[q % known.length] as { id: string; hash: string };
      const flipped =
        q % 2
          ? hex(parseInt(base.hash.slice(0, 8), 16) ^ (next() & 0x00010101)) + base.hash.slice(8)
          : hex(next()) + hex(next());
      let best: string | undefined;
      let bestDistance = NEAR_DUPLICATE_BITS + 1;
      for (const k of known) {
        const d = hamming(flipped, k.hash);
        if (d < bestDistance) [best, bestDistance] = [k.id, d];
      }
      expect(index.nearest(flipped)).toBe(best);
    }
  });

  it('forgets a deleted text and prefers the first added of equally near ones', () => {
    const index = new Fingerprints();
    index.add('source:a', '00000000000000ff');
    index.add('source:b', '00000000000000ff');
    expect(index.nearest('00000000000000fe')).toBe('source:a');
    index.delete('source:a');
    expect(index.nearest('00000000000000fe')).toBe('source:b');
    expect(index.nearest('ffffffffffffff00')).toBeUndefined();
    expect(hamming('0000000000000000', 'ffffffffffffffff')).toBe(64);
  });
});
