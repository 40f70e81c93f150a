/**
 * @module Tests of near-duplicate detection, on the seeds read at run time (never copied here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../domain/index.js';
import { hamming, NEAR_DUPLICATE_BITS, simhash } from './dedupe.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const seeds = readdirSync(SEEDS)
  .sort()
  .map((f) => normalizeText(readFileSync(resolve(SEEDS, f), 'utf8')));

describe('simhash', () => {
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
