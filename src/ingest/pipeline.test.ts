/**
 * @module End-to-end tests of ingestion: the seeds (read at run time, never copied here) as text,
 * HTML and PDF give the same sentences and candidates with locators that verify; hostile files
 * fail alone with a clear error; ingesting twice adds nothing.
 */
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, verifyLocator } from '../domain/index.js';
import { SqliteStore } from '../store/index.js';
import { ingestFiles, type FileProgress, type IngestReport } from './pipeline.js';
import { segment } from './segment.js';
import { readBytes, readDocument } from './readers/index.js';
import { DEFAULT_LIMITS } from './types.js';
import { toHtml, toPdf } from './testing/formats.js';
import { writeDocx, writeZip } from './testing/zip-writer.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'longarm-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function candidateKeys(store: SqliteStore): Promise<string[]> {
  const all = await store.listStatements({ status: 'candidate' }, 'admin');
  const keys: string[] = [];
  for (const s of all) {
    const text = s.locator ? await store.getSourceText(s.locator.sha256, 'admin') : null;
    expect(s.locator && text && verifyLocator(s.locator, text)).toBeTruthy();
    expect(s.recorded_by).toMatch(/^ingest:/);
    expect(typeof s.qualifiers.confidence).toBe('number');
    // The source id comes from the text's hash, which differs by format; everything else must not.
    const entity = s.entity === s.source ? 'SOURCE' : s.entity;
    keys.push(`${entity}|${s.property}|${canonicalJson(s.value)}|${canonicalJson(s.qualifiers)}|${s.sensitivity}`);
  }
  return keys.sort();
}

describe('ingestFiles on the seeds', () => {
  it('gives the same sentences and candidates from text, HTML and PDF', { timeout: 120_000 }, async () => {
    const names = (await readdir(SEEDS)).sort();
    for (const name of names) {
      const raw = await readFile(join(SEEDS, name));
      const base = await readDocument(join(SEEDS, name));
      const html = join(dir, `${name}.html`);
      const pdf = join(dir, `${name}.pdf`);
      await writeFile(html, toHtml(base.text));
      await writeFile(pdf, toPdf(base.text));
      const sentences = segment(base.text).sentences.map((s) => s.text);
      const keys: string[][] = [];
      for (const file of [join(SEEDS, name), html, pdf]) {
        const doc = await readDocument(file);
        expect(segment(doc.text).sentences.map((s) => s.text)).toEqual(sentences);
        const store = new SqliteStore({ path: ':memory:' });
        const report = await ingestFiles(store, [file]);
        expect(report.failed).toBe(0);
        keys.push(await candidateKeys(store));
        await store.close();
      }
      expect(raw.length).toBeGreaterThan(0);
      expect(keys[0]?.length).toBeGreaterThan(0);
      expect(keys[1]).toEqual(keys[0]);
      expect(keys[2]).toEqual(keys[0]);
    }
  });

  it('gives the same candidates with two worker threads as inline', { timeout: 120_000 }, async () => {
    const files = (await readdir(SEEDS)).sort().map((f) => join(SEEDS, f));
    const inline = new SqliteStore({ path: ':memory:' });
    const parallel = new SqliteStore({ path: ':memory:' });
    await ingestFiles(inline, files);
    const report = await ingestFiles(parallel, files, { workers: 2 });
    expect(report.failed).toBe(0);
    expect(await candidateKeys(parallel)).toEqual(await candidateKeys(inline));
    await inline.close();
    await parallel.close();
  });

  it(
    'gives the same candidates when this thread shares the extraction with a worker',
    { timeout: 120_000 },
    async () => {
      // More files than a worker is sent ahead, so this thread takes some of them.
      const files: string[] = [];
      for (const name of (await readdir(SEEDS)).sort()) {
        const text = await readFile(join(SEEDS, name), 'utf8');
        for (let copy = 0; copy < 6; copy++) {
          const file = join(dir, `shared-${copy}-${name}`);
          await writeFile(file, `${text}\n\nCopy number ${copy} of this note.`);
          files.push(file);
        }
      }
      const inline = new SqliteStore({ path: ':memory:' });
      const shared = new SqliteStore({ path: ':memory:' });
      const expected = await ingestFiles(inline, files);
      const report = await ingestFiles(shared, files, { workers: 1, shareExtraction: true });
      expect(report.failed).toBe(0);
      expect(report.files).toEqual(expected.files);
      expect(await candidateKeys(shared)).toEqual(await candidateKeys(inline));
      await inline.close();
      await shared.close();
    },
  );

  it('resolves a citation of a document ingested in the same batch by another worker as inline does', async () => {
    // The second file cites the first by title. Its worker never saw the first document, so it
    // proposes a new source; this thread's index knows better and the statements are rebuilt.
    const cited = join(dir, 'cited.txt');
    const citing = join(dir, 'citing.txt');
    await writeFile(
      cited,
      'Police cooperation in the Western Balkans\n\nSerbia and China signed an extradition treaty in May 2024.\n',
    );
    await writeFile(
      citing,
      'Notes on surveillance\n\nHungary ratified the agreement in 2023.[1]\n\n' +
        '[1] "Police cooperation in the Western Balkans", https://example.org/a, 2024.\n' +
        '[2] "Another report on cameras", https://example.org/b, 2022.\n',
    );
    const stores = [new SqliteStore({ path: ':memory:' }), new SqliteStore({ path: ':memory:' })];
    const now = (): Date => new Date('2026-01-01T00:00:00Z');
    const [inline, parallel] = (await Promise.all(
      stores.map((store, i) => ingestFiles(store, [cited, citing], { workers: i * 2, now })),
    )) as [IngestReport, IngestReport];
    const all = (store: SqliteStore): Promise<unknown[]> =>
      store.listStatements({ status: 'candidate', limit: 1000 }, 'admin');
    expect(await all(stores[1] as SqliteStore)).toEqual(await all(stores[0] as SqliteStore));
    const cites = (await all(stores[1] as SqliteStore)).filter((s) => (s as { property: string }).property === 'cites');
    expect(cites.map((s) => (s as { value: unknown }).value)).toContainEqual({
      type: 'ref',
      id: parallel.files[0]?.source,
    });
    expect(inline.candidates).toBe(parallel.candidates);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('adds nothing when the same file is ingested twice', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const file = join(SEEDS, (await readdir(SEEDS)).sort()[0] as string);
    const events: FileProgress[] = [];
    const first = await ingestFiles(store, [file], { onProgress: (p) => events.push(p) });
    const before = await store.counts('admin');
    const second = await ingestFiles(store, [file], { onProgress: (p) => events.push(p) });
    expect(first.documents).toBe(1);
    expect(second).toMatchObject({ documents: 0, duplicates: 1, candidates: 0 });
    // Progress names the stored source, so a reviewer can open that document's candidates.
    const source = first.files[0]?.source;
    expect(source).toMatch(/^source:doc-/);
    expect(events.filter((e) => e.status === 'done' || e.status === 'duplicate')).toEqual([
      expect.objectContaining({ status: 'done', source }),
      expect.objectContaining({ status: 'duplicate', source }),
    ]);
    expect(await store.counts('admin')).toEqual(before);
    await store.close();
  });

  it('records a near-duplicate (republished with a new paragraph) as duplicate_of', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const name = (await readdir(SEEDS)).sort()[2] as string;
    const text = (await readDocument(join(SEEDS, name))).text;
    const copy = join(dir, 'republished.txt');
    await writeFile(copy, `${text}\n\nUpdate: this article was republished with one more paragraph at the end.`);
    const report = await ingestFiles(store, [join(SEEDS, name), copy]);
    expect(report.documents).toBe(2);
    const original = report.files[0]?.source;
    expect(report.files[1]?.duplicateOf).toBe(original);
    const entity = await store.getEntity(report.files[1]?.source as string, 'admin');
    expect(entity?.source?.duplicate_of).toBe(original);
    await store.close();
  });
});

describe('grouped storage', () => {
  it('stores whole documents per transaction, and a document the store refuses fails alone', async () => {
    const names = (await readdir(SEEDS)).sort().slice(0, 3);
    const files = names.map((n) => join(SEEDS, n));
    const refused = (await readDocument(files[1] as string)).sha256;
    // A store that refuses the middle document's text, as a full disk or a constraint would.
    class RefusingStore extends SqliteStore {
      override async putSourceText(text: string): Promise<string> {
        const hash = await super.putSourceText(text);
        if (hash === refused) throw new Error('disk full');
        return hash;
      }
    }
    const store = new RefusingStore({ path: ':memory:' });
    const report = await ingestFiles(store, files);
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      [files[0], 'ingested'],
      [files[1], 'failed'],
      [files[2], 'ingested'],
    ]);
    expect(report.files[1]?.error?.message).toContain('disk full');
    // Nothing of the refused document is left behind: no text, no source, no candidates.
    expect(await store.getSourceText(refused, 'admin')).toBeNull();
    const sources = await store.listEntities({ kind: 'source', includeCandidates: true }, 'admin');
    expect(sources.map((e) => e.source?.sha256)).not.toContain(refused);
    const stored = await store.listStatements({ status: 'candidate', limit: 100_000 }, 'admin');
    expect(stored.some((s) => s.locator?.sha256 === refused)).toBe(false);
    expect(stored.length).toBe(report.candidates);
    await store.close();
  });
});

describe('hostile and broken files', () => {
  it('fails each bad file alone, names it, and ingests the rest', { timeout: 60_000 }, async () => {
    const seed = (await readDocument(join(SEEDS, (await readdir(SEEDS)).sort()[0] as string))).text;
    const good = join(dir, 'good.txt');
    await writeFile(good, seed);
    // Truncated PDF: the first half of a valid one.
    const pdfBytes = toPdf(seed);
    const truncated = join(dir, 'truncated.pdf');
    await writeFile(truncated, pdfBytes.subarray(0, Math.floor(pdfBytes.length / 2)));
    // DOCX zip bomb: an entry that declares 4 GB uncompressed.
    const bomb = join(dir, 'bomb.docx');
    await writeFile(
      bomb,
      writeDocx('tiny', [{ name: 'word/media/huge.bin', data: new Uint8Array(1000), declaredSize: 0xfffffff0 }]),
    );
    // 200 MB text file, sparse: never written, refused from its size alone.
    const huge = join(dir, 'huge.txt');
    const handle = await open(huge, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    // Invalid UTF-8.
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(
      latin1,
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x72, 0x65, 0x61, 0x74, 0x79, 0xff, 0x0a]),
    );
    // Script-laden HTML: safe result, scripts never in the text.
    const scripts = join(dir, 'scripts.html');
    await writeFile(scripts, toHtml(seed));
    // A zip that is not a Word document.
    const zip = join(dir, 'archive.docx');
    await writeFile(zip, writeZip([{ name: 'a.txt', data: new Uint8Array(Buffer.from('hello')) }]));

    const store = new SqliteStore({ path: ':memory:' });
    const started = performance.now();
    const report = await ingestFiles(store, [truncated, bomb, huge, latin1, scripts, zip, good]);
    expect(performance.now() - started).toBeLessThan(30_000);
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    expect(byFile.get(truncated)?.error).toMatchObject({ code: 'invalid_data' });
    expect(byFile.get(truncated)?.error?.message).toContain('truncated.pdf');
    expect(byFile.get(bomb)?.error).toMatchObject({ code: 'too_large' });
    expect(byFile.get(bomb)?.error?.message).toMatch(/bomb\.docx.*(zip bomb|limit)/);
    expect(byFile.get(huge)?.error).toMatchObject({ code: 'too_large' });
    expect(byFile.get(huge)?.error?.message).toContain('huge.txt');
    expect(byFile.get(latin1)?.error).toMatchObject({ code: 'invalid_data' });
    expect(byFile.get(latin1)?.error?.message).toMatch(/latin1\.txt: not valid UTF-8 \(first bad byte at offset 3\)/);
    expect(byFile.get(zip)?.error).toMatchObject({ code: 'unsupported' });
    expect(byFile.get(scripts)?.status).toBe('ingested');
    // The HTML page and the text file hold the same article: the later one is a near-duplicate.
    expect(byFile.get(good)?.status).toBe('ingested');
    expect(byFile.get(good)?.duplicateOf).toBe(byFile.get(scripts)?.source);
    const sha = (await store.getEntity(byFile.get(scripts)?.source as string, 'admin'))?.source?.sha256 as string;
    const text = await store.getSourceText(sha, 'admin');
    expect(text).not.toContain('SCRIPT-TEXT');
    expect(text).not.toContain('color: red');
    expect(report.failed).toBe(5);
    await store.close();
  });

  it('reads a file as its bytes read, and refuses a huge, missing or non-regular file naming it', async () => {
    const seed = join(SEEDS, (await readdir(SEEDS)).sort()[1] as string);
    expect(await readDocument(seed)).toEqual(await readBytes(await readFile(seed), seed));
    const huge = join(dir, 'huge-sync.txt');
    const handle = await open(huge, 'w');
    await handle.truncate(DEFAULT_LIMITS.maxBytes + 1);
    await handle.close();
    for (const [path, code] of [
      [huge, 'too_large'],
      [join(dir, 'missing.txt'), 'not_found'],
      [dir, 'invalid_input'],
    ] as const) {
      await expect(readDocument(path)).rejects.toMatchObject({ code, message: expect.stringContaining(path) });
    }
  });

  it('refuses a PDF with more pages than the limit', async () => {
    const file = join(dir, 'pages.pdf');
    const text = Array.from({ length: 120 }, (_, i) => `Line ${i} of a long made-up document.`).join('\n\n');
    await writeFile(file, toPdf(text));
    const limits = { ...DEFAULT_LIMITS, maxPdfPages: 2 };
    await expect(readDocument(file, limits)).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/pages\.pdf: \d+ pages, more than the limit of 2/),
    });
  });

  it('reads a real DOCX', async () => {
    const file = join(dir, 'ok.docx');
    await writeFile(file, writeDocx('First paragraph.\n\nSecond paragraph about Serbia.'));
    const doc = await readDocument(file);
    expect(doc.mediaType).toContain('wordprocessingml');
    expect(doc.text).toBe('First paragraph.\n\nSecond paragraph about Serbia.');
  });

  it('keeps HTML and PDF metadata', async () => {
    const html = join(dir, 'meta.html');
    await writeFile(html, toHtml('Some text about the treaty.', 'A title', '2025-09-10T08:00:00Z'));
    expect((await readDocument(html)).meta).toMatchObject({
      title: 'A title',
      url: 'https://example.org/article',
      published: '2025-09-10',
      language: 'en',
    });
    const pdf = join(dir, 'meta.pdf');
    await writeFile(pdf, toPdf('Some text about the treaty.', 'A PDF title', 'D:20250910080000Z'));
    expect((await readDocument(pdf)).meta).toMatchObject({ title: 'A PDF title', published: '2025-09-10' });
  });
});
