/**
 * The repository keeps facts, ids and locators — never a source's sentences. This test reads the
 * seeds at run time and fails if any tracked file shares a run of 8 consecutive words with one.
 * Titles and URLs of cited works are metadata and may match; in data files only the fields
 * written in our own words (text values, notes, reliability reasons) are checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/domain/index.js';
import { ROOT, SEEDS } from './helpers.js';

const RUN = 8;

function words(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const OWN_WORDS = new Set(['text', 'note', 'reliability_reason', 'summary', 'description']);

/** The strings of a data file that must be in our own words. */
function ownWords(json: unknown, key = ''): string[] {
  if (typeof json === 'string') return OWN_WORDS.has(key) ? [json] : [];
  if (Array.isArray(json)) return json.flatMap((v) => ownWords(v, key));
  if (json && typeof json === 'object') return Object.entries(json).flatMap(([k, v]) => ownWords(v, k));
  return [];
}

function scannable(file: string, content: string): string {
  if (/^data\/.*\.json$/.test(file)) return ownWords(JSON.parse(content)).join('\n\n');
  return content.replace(/https?:\/\/\S+/g, ' ');
}

function shingles(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(' '));
  return out;
}

describe('no source text in the repository', () => {
  it('no tracked file shares 8 consecutive words with a seed document', () => {
    expect(existsSync(SEEDS)).toBe(true);
    const seedShingles = new Set<string>();
    for (const name of readdirSync(SEEDS))
      for (const s of shingles(words(readFileSync(join(SEEDS, name), 'utf8')))) seedShingles.add(s);
    expect(seedShingles.size).toBeGreaterThan(10_000);

    const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !/\.(png|jpe?g|gif|ico|woff2?|pdf|docx|db)$/i.test(f) && f !== 'package-lock.json');
    const offenders: string[] = [];
    for (const file of tracked) {
      const path = join(ROOT, file);
      if (!existsSync(path) || statSync(path).size > 5_000_000) continue;
      const list = words(scannable(file, readFileSync(path, 'utf8')));
      for (let i = 0; i + RUN <= list.length; i++) {
        const run = list.slice(i, i + RUN).join(' ');
        if (seedShingles.has(run)) {
          offenders.push(`${file}: "${run}"`);
          break;
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
