/**
 * @module Web UI benchmark.
 *
 * 1. Builds the web UI (`npm run build:web`) and measures the JavaScript the first screen loads:
 *    the module scripts and modulepreloads in web/dist/index.html plus every chunk they import
 *    statically (dynamic `import()` chunks — the other views, cytoscape — are not counted),
 *    gzipped with zlib at level 9. Budget: 250 KB.
 * 2. Serves it with the real server over the bundled data set and opens the map in Chromium
 *    (playwright-core, /usr/bin/chromium). For each of N slider moves it takes performance.now()
 *    before setting the as-of slider and dispatching its `input` event, and again when the SVG
 *    shows the new date (React has committed the recolour), then once more after the next
 *    animation frame plus a task (style, layout and paint done), in the Europe and the world
 *    extents. Reports mean, median, p95, max.
 *    Target: mean commit < 100 ms.
 *
 * Run: `npm run bench:web` (options: `--runs N`, `--no-build`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt, launchBrowser, startServer, WEB_DIST } from '../test/browser/server.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
  },
});

const BUDGET_KB = 250;
const REDRAW_TARGET_MS = 100;

/** Initial JS: entry scripts, modulepreloads and their static imports, transitively. */
function initialScripts(): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const queue = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>();
  const out: { file: string; raw: number; gzip: number }[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const file = url.replace(/^\//, '');
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(WEB_DIST, file));
    out.push({ file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
    const text = code.toString('utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`.
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(join(file.slice(0, file.lastIndexOf('/')), m[1]!.slice(2)));
    }
  }
  return out;
}

function stats(xs: readonly number[]): { mean: number; median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { mean: s.reduce((a, b) => a + b, 0) / s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

if (!values['no-build']) await ensureWebBuilt(true);
const scripts = initialScripts();
const totalGzip = scripts.reduce((n, s) => n + s.gzip, 0);
const totalRaw = scripts.reduce((n, s) => n + s.raw, 0);
console.log('Initial JavaScript of the first screen (web/dist/index.html and its static imports):');
for (const s of scripts)
  console.log(`  ${s.file}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
console.log(
  `  total: ${(totalRaw / 1024).toFixed(1)} KB, ${(totalGzip / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB) — ${
    totalGzip / 1024 <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'
  }`,
);

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('svg.choropleth[data-ready="true"]');
  const loaded = await page.evaluate<{ js: number; other: number }>(`(() => {
    let js = 0, other = 0;
    for (const r of performance.getEntriesByType('resource')) {
      if (r.name.endsWith('.js')) js += r.encodedBodySize; else other += r.encodedBodySize;
    }
    return { js, other };
  })()`);
  console.log(
    `\nFirst screen loaded ${(loaded.js / 1024).toFixed(1)} KB of JS over the wire (compressed if the server compressed it)`,
  );
  console.log(`  and ${(loaded.other / 1024).toFixed(1)} KB of other resources (CSS, world atlas, API JSON).`);
  const months = ['1995-01', '2005-06', '2012-03', '2019-09', '2023-01', '2024-06', '2025-10'];
  const runs = Number(values.runs);
  let worstMean = 0;
  for (const view of ['europe', 'world'] as const) {
    if (view === 'world') {
      await page.goto(`${server.url}/?view=world`);
      await page.waitForSelector('svg.choropleth[data-ready="true"]');
    }
    const paths = await page.locator('svg.choropleth path').count();
    const commit: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const month = months[i % months.length]!;
      const [y, m] = month.split('-').map(Number);
      const result = await page.evaluate<{ commit: number; frame: number }>(`(async () => {
        const input = document.querySelector('#as-of');
        const svg = document.querySelector('svg.choropleth');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const t0 = performance.now();
        setter.call(input, '${y! * 12 + m! - 1}');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (svg.getAttribute('data-as-of') !== '${month}') await Promise.resolve();
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t2 = performance.now();
        return { commit: t1 - t0, frame: t2 - t0 };
      })()`);
      if (i >= 3) {
        // The first moves warm up the JIT.
        commit.push(result.commit);
        frame.push(result.frame);
      }
    }
    const c = stats(commit);
    const f = stats(frame);
    worstMean = Math.max(worstMean, c.mean);
    console.log(
      `\nAs-of redraw, ${view} extent: ${runs} slider moves, ${paths} country paths (Chromium, headless, --disable-gpu):`,
    );
    console.log(`  to recoloured DOM: mean ${ms(c.mean)}, median ${ms(c.median)}, p95 ${ms(c.p95)}, max ${ms(c.max)}`);
    console.log(`  to next frame:     mean ${ms(f.mean)}, median ${ms(f.median)}, p95 ${ms(f.p95)}, max ${ms(f.max)}`);
  }
  console.log(`\nTarget: mean < ${REDRAW_TARGET_MS} ms — ${worstMean < REDRAW_TARGET_MS ? 'met' : 'MISSED'}`);
  if (totalGzip / 1024 > BUDGET_KB || worstMean >= REDRAW_TARGET_MS) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
console.log(`\n(web/dist: ${resolve(WEB_DIST)})`);
