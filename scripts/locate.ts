/**
 * Authoring aid for the curated data set: prints the `loc` offsets of a phrase in a source text
 * (normalized exactly as the store normalizes it), so facts can be pinned without copying text.
 *
 *   npx tsx scripts/locate.ts ../shared/seeds/000_a941441f449ab26a.txt "Belgrade" [occurrence]
 *   npx tsx scripts/locate.ts FILE --hash            prints the sha256 of the normalized text
 *   npx tsx scripts/locate.ts FILE --span START END  prints the span (for checking)
 */
import { readFileSync } from 'node:fs';
import { normalizeText, sha256 } from '../src/domain/text.js';

const [file, phrase, extra, extra2] = process.argv.slice(2);
if (!file || !phrase) {
  console.error('usage: locate.ts FILE PHRASE [OCCURRENCE] | FILE --hash | FILE --span START END');
  process.exit(2);
}
const text = normalizeText(readFileSync(file, 'utf8'));
if (phrase === '--hash') {
  console.log(sha256(text));
} else if (phrase === '--span') {
  console.log(JSON.stringify(text.slice(Number(extra), Number(extra2))));
} else {
  const want = extra ? Number(extra) : 0;
  let from = 0;
  const hits: number[] = [];
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) break;
    hits.push(at);
    from = at + 1;
  }
  if (hits.length === 0) {
    console.error('not found');
    process.exit(1);
  }
  const start = hits[want] ?? hits[0]!;
  console.log(JSON.stringify({ loc: [start, start + phrase.length], occurrences: hits.length }));
}
