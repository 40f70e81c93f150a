/**
 * A reproducible corpus generator for the ingestion benchmark: news-like and report-like documents
 * built from our own templates (no source text), mixing treaty events, court decisions, programs,
 * money, percentages, dates in several styles, footnotes and filler, with a seeded PRNG.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MONTHS } from '../../src/domain/dates.js';

/** Mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'Serbia',
  'Hungary',
  'Greece',
  'Italy',
  'France',
  'Portugal',
  'Cyprus',
  'Bulgaria',
  'Romania',
  'Spain',
  'Belgium',
  'Lithuania',
  'Poland',
  'Czech Republic',
  'Croatia',
  'Albania',
  'Montenegro',
  'Bosnia and Herzegovina',
  'North Macedonia',
  'Morocco',
  'Turkey',
  'Kenya',
  'Thailand',
  'Cambodia',
];
const DEMONYMS = [
  'Serbian',
  'Hungarian',
  'Greek',
  'Italian',
  'French',
  'Polish',
  'Czech',
  'Croatian',
  'Albanian',
  'Moroccan',
  'Turkish',
];
const HUBS = ['China', 'Beijing', 'the People’s Republic of China', 'Hong Kong'];
const TYPES = [
  'extradition treaty',
  'mutual legal assistance treaty',
  'agreement on police cooperation',
  'prisoner transfer treaty',
  'security cooperation agreement',
  'memorandum of understanding',
];
const COURTS = ['Supreme Court', 'Court of Appeal', 'Constitutional Court', 'District Court', 'Municipal Court'];
const CITIES = [
  'Belgrade',
  'Novi Sad',
  'Budapest',
  'Athens',
  'Rome',
  'Zagreb',
  'Tirana',
  'Sarajevo',
  'Prague',
  'Warsaw',
];
const VENDORS = ['Huawei', 'Hikvision', 'Dahua', 'ZTE'];
const WORDS =
  'the of and to in a is that for on with as by was at from this be are it an which or has have were not but their its also more been other than into after over such these under while where both between would there could they during through about against when only some new most may what those them within among'.split(
    ' ',
  );
const NOUNS =
  'government ministry parliament report investment cooperation policy security police court agreement project infrastructure company loan railway highway bridge station camera surveillance community region delegation statement analysis research network opposition media election market trade energy plant mine factory official spokesperson observer citizen diaspora'.split(
    ' ',
  );

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function date(r: () => number): string {
  const y = 2005 + Math.floor(r() * 20);
  const m = Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  switch (Math.floor(r() * 7)) {
    case 0:
      return `on ${d} ${MONTHS[m]} ${y}`;
    case 1:
      return `in ${MONTHS[m]} ${y}`;
    case 2:
      return `on ${MONTHS[m]} ${d}, ${y}`;
    case 3:
      return `in ${y}`;
    case 4:
      return `in the ${pick(r, ['first', 'second', 'third', 'fourth'])} quarter of ${y}`;
    case 5:
      return `on ${String(d).padStart(2, '0')}.${String(m + 1).padStart(2, '0')}.${y}`;
    default:
      return pick(r, ['last month', 'two years ago', 'earlier this year', 'last Tuesday']);
  }
}

function money(r: () => number): string {
  const n = (1 + Math.floor(r() * 900)) / (r() < 0.5 ? 1 : 10);
  return pick(r, [`€${n} million`, `$${n} billion`, `${n} million euros`, `USD ${n}bn`, `EUR ${n} million`]);
}

function filler(r: () => number): string {
  const n = 12 + Math.floor(r() * 20);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.35 ? pick(r, NOUNS) : pick(r, WORDS));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function sentence(r: () => number): string {
  // Most sentences of real reports carry no extractable fact; about one in four does here.
  if (r() < 0.75) return filler(r);
  const c = pick(r, COUNTRIES);
  const h = pick(r, HUBS);
  switch (Math.floor(r() * 12)) {
    case 0:
      return `${c} and ${h} signed an ${pick(r, TYPES)} ${date(r)}, according to the ${pick(r, NOUNS)}.`;
    case 1:
      return `The parliament of ${c} ratified the ${pick(r, TYPES)} with ${h} ${date(r)}.`;
    case 2:
      return `The ${pick(r, TYPES)} between ${c} and ${h} is not yet in force, as ${c} has yet to ratify it.`;
    case 3:
      return `In ${2010 + Math.floor(r() * 15)}, the ${pick(r, DEMONYMS)} ${pick(r, COURTS)} ${pick(r, ['refused', 'approved', 'blocked', 'halted'])} the extradition of a businessman to China, citing the risk of ${pick(r, ['torture', 'ill-treatment', 'an unfair trial', 'political persecution'])}.`;
    case 4:
      return `${c} suspended its ${pick(r, TYPES)} with ${h} ${date(r)} after criticism from the ${pick(r, ['European Parliament', 'United Nations', 'Council of Europe'])}.`;
    case 5:
      return `Joint police patrols with Chinese officers took place in ${pick(r, CITIES)}, ${c}, ${date(r)}, with ${2 + Math.floor(r() * 10)} police officers taking part.`;
    case 6:
      return `Some ${100 + Math.floor(r() * 9000)} cameras supplied by ${pick(r, VENDORS)} were installed in ${pick(r, CITIES)} under the Safe City project.`;
    case 7:
      return `The ${pick(r, CITIES)} Bypass Railway, worth ${money(r)}, was financed by a loan from China Exim Bank and built by CRBC.`;
    case 8:
      return `Trade grew by ${Math.floor(r() * 60)}% while ${2 + Math.floor(r() * 40)} agreements were signed ${date(r)}.`;
    case 9:
      return `Reports of a Chinese overseas police service station in ${pick(r, CITIES)} surfaced ${date(r)}.`;
    default:
      return filler(r);
  }
}

/** One document of roughly `bytes` characters. */
export function makeDocument(r: () => number, bytes: number, n: number): string {
  const parts: string[] = [`Report ${n}: ${pick(r, NOUNS)} and ${pick(r, NOUNS)} in ${pick(r, COUNTRIES)}`, ''];
  let size = 0;
  let footnote = 1;
  const notes: string[] = [];
  while (size < bytes) {
    const k = 2 + Math.floor(r() * 6);
    const para: string[] = [];
    for (let i = 0; i < k; i++) para.push(sentence(r) + (r() < 0.1 ? `[${footnote++}]` : ''));
    const text = para.join(' ');
    parts.push(r() < 0.1 ? `• ${text}` : text, '');
    size += text.length + 2;
  }
  for (let i = 1; i < footnote; i++)
    notes.push(
      `[${i}] Author ${i}, “A study of ${pick(r, NOUNS)} in ${pick(r, COUNTRIES)},” Journal, ${date(r).replace(/^(on|in) /, '')}, https://example.org/${n}/${i}`,
    );
  return [...parts, ...notes].join('\n');
}

/** Writes a corpus of at least `totalBytes` to `dir`: documents of 2–200 KB. Returns the file paths. */
export async function writeCorpus(dir: string, totalBytes: number, seed = 42): Promise<string[]> {
  const r = prng(seed);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  for (let n = 0; total < totalBytes; n++) {
    const size = Math.floor(2_000 * Math.pow(100, r()));
    const text = makeDocument(r, size, n);
    const file = join(dir, `doc-${String(n).padStart(5, '0')}.txt`);
    await writeFile(file, text);
    files.push(file);
    total += Buffer.byteLength(text);
  }
  return files;
}
