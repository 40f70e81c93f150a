/**
 * Hostile-text benchmark: extraction time on texts built to hurt (runs with no spaces or no sentence
 * ends, thousands of dates, treaty words or names in one sentence) at 50,000 and 100,000 characters.
 * Time that grows much faster than the text (×4 for ×2) marks a quadratic rule. Run:
 * `npm run bench:hostile`. It prints measurements and asserts none.
 */
import { extractDocument } from '../src/ingest/index.js';
import { normalizeText, sha256 } from '../src/domain/index.js';
const shapes: Record<string, (n: number) => string> = {
  noSpaceCaps: (n) => 'Ab'.repeat(n / 2),
  apostrophes: (n) => "A'".repeat(n / 2),
  digitsCommas: (n) => '1,000,'.repeat(n / 6),
  years: (n) => 'in 2019 '.repeat(n / 8),
  months: (n) => 'May '.repeat(n / 4),
  monthsYears: (n) => 'May 2019, '.repeat(n / 10),
  brackets: (n) => '[1] '.repeat(n / 4),
  urls: (n) => 'https://a.example/x '.repeat(n / 20),
  quotes: (n) => '“A” '.repeat(n / 4),
  capsWords: (n) => 'Abc Def '.repeat(n / 8),
  treatyWords: (n) => 'treaty signed ratified '.repeat(n / 23),
  countries: (n) => 'Serbia China '.repeat(n / 13),
  dots: (n) => 'A. '.repeat(n / 3),
  hyphens: (n) => 'a-'.repeat(n / 2),
  money: (n) => '$1 billion '.repeat(n / 11),
  newlines: (n) => 'a\n'.repeat(n / 2),
  footnotes: (n) => '1. “A B”, https://x.org, 2020.\n'.repeat(n / 30),
  parens: (n) => '(a '.repeat(n / 3),
  persons: (n) => 'Mr Kovač said Kovač was arrested '.repeat(n / 33),
};
for (const [name, make] of Object.entries(shapes)) {
  const times: number[] = [];
  let worst = '';
  for (const n of [50_000, 100_000]) {
    const text = normalizeText(make(n));
    const timings: Record<string, number> = {};
    const t = performance.now();
    extractDocument(
      { file: 'x.txt', mediaType: 'text/plain', bytes: text.length, text, sha256: sha256(text), meta: {} },
      timings,
    );
    times.push(performance.now() - t);
    worst = Object.entries(timings)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
  }
  const ratio = (times[1] as number) / Math.max(1, times[0] as number);
  console.log(
    `${name.padEnd(14)} ${times.map((x) => x.toFixed(0).padStart(6)).join(' ')} ms  ×${ratio.toFixed(1)}  ${ratio > 3 && (times[1] as number) > 200 ? 'faster than the text' : ''}  [${worst}]`,
  );
}
