/**
 * @module End-to-end tests of restriction at ingestion: a sentence naming a person yields
 * restricted candidates the public role never reads, the file's other candidates stay public,
 * inline and worker runs agree, and `restricted: true` hides a whole confidential document.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCandidates } from '../review/index.js';
import { SqliteStore } from '../store/index.js';
import { ingestFiles } from './pipeline.js';

// Invented names and events; the paragraphs are far apart so no evidence context spans both.
const FILLER = 'Observers noted that the arrangement had been discussed for several years without any result. '.repeat(
  3,
);
const TEXT = [
  'Serbia and China signed an extradition treaty in Belgrade on 5 May 2024.',
  FILLER,
  'The Higher Court in Belgrade approved the extradition of Dragan Mirkovski to China on 3 March 2025, despite the risk of torture.',
].join('\n\n');
const NAME = 'Mirkovski';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'longarm-persons-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('ingestion restricts what names a person', () => {
  it('pins every name found as a restricted candidate, so the public text masks it', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    // The second sentence yields no other candidate: only the name's own candidate protects it.
    const text =
      'Serbia and China signed an extradition treaty in Belgrade on 5 May 2024.\n\nFriends said Jelena Vukadinovic had left the country.';
    await ingestFiles(store, [await file('mention.txt', text)]);
    const names = await store.listStatements({ status: 'candidate', property: 'names_person' }, 'admin');
    expect(names.map((s) => [s.value, s.sensitivity])).toContainEqual([
      { type: 'text', text: 'Jelena Vukadinovic' },
      'restricted',
    ]);
    const hash = names[0]?.locator?.sha256 ?? '';
    expect(await store.getSourceText(hash, 'admin')).toContain('Jelena Vukadinovic');
    const masked = (await store.getSourceText(hash, 'public')) as string;
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('Vukadinovic');
    expect(masked).toContain('signed an extradition treaty in Belgrade');
    expect(await store.search('Vukadinovic', {}, 'public')).toEqual([]);
    await store.close();
  });

  it('restricts the candidates of a sentence naming a person and keeps the others public', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await ingestFiles(store, [await file('note.txt', TEXT)]);
    const all = await store.listStatements({ status: 'candidate' }, 'admin');
    const text = (await store.getSourceText(all[0]?.locator?.sha256 ?? '', 'admin')) as string;
    const quote = (s: (typeof all)[number]): string => text.slice(s.locator?.start, s.locator?.end);
    const restricted = all.filter((s) => s.sensitivity === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.some((s) => s.recorded_by === 'ingest:decisions')).toBe(true);
    // Every candidate from the naming sentence is restricted, every other one public.
    const naming = text.indexOf('The Higher Court');
    for (const s of all)
      expect(s.sensitivity, quote(s)).toBe((s.locator?.start ?? 0) >= naming ? 'restricted' : 'public');
    // The public reads no candidate, public or not: unreviewed proposals wait for a researcher.
    expect(await store.listStatements({ status: 'candidate' }, 'public')).toEqual([]);
    for (const s of all) expect(await store.getStatement(s.id, 'public')).toBeNull();
    const page = await listCandidates(store, 'public', { limit: 1000, offset: 0 });
    expect(page).toEqual({ items: [], total: 0 });
    expect(JSON.stringify(await store.listEntities({ includeCandidates: true }, 'public'))).not.toContain(NAME);
    // A researcher sees them.
    expect(JSON.stringify(await listCandidates(store, 'researcher', { limit: 1000, offset: 0 }))).toContain(NAME);
    await store.close();
  });

  it('gives the same sensitivities with worker threads as inline', { timeout: 60_000 }, async () => {
    const files = await Promise.all(
      [0, 1, 2, 3].map((i) => file(`w${i}.txt`, `${TEXT}\n\nReport number ${i} of the series.`)),
    );
    const keys = async (workers: number): Promise<string[]> => {
      const store = new SqliteStore({ path: ':memory:' });
      await ingestFiles(store, files, { workers });
      const out = (await store.listStatements({ status: 'candidate' }, 'admin')).map((s) => `${s.id}|${s.sensitivity}`);
      const entities = (await store.listEntities({ includeCandidates: true }, 'admin')).map(
        (e) => `${e.id}|${e.sensitivity}`,
      );
      await store.close();
      return [...out, ...entities].sort();
    };
    const inline = await keys(0);
    expect(inline.some((k) => k.endsWith('|restricted'))).toBe(true);
    expect(await keys(1)).toEqual(inline);
    expect(await keys(2)).toEqual(inline);
  });

  it('creates a proposed entity restricted when its name contains a person', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const text =
      'Sources\n\n[1] “Interview with Dragan Mirkovski on his extradition”, https://example.org/interview, 2025.';
    await ingestFiles(store, [await file('cited.txt', text)]);
    const cited = (await store.listEntities({ kind: 'source', includeCandidates: true }, 'admin')).filter(
      (e) => e.status === 'candidate',
    );
    expect(cited.map((e) => e.sensitivity)).toEqual(['restricted']);
    expect(JSON.stringify(await store.listEntities({ includeCandidates: true }, 'public'))).not.toContain(NAME);
    await store.close();
  });

  it('restricts a proposed entity whose name holds a found name as a word, not inside another word', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const text =
      'Lin was extradited to China in 2023.\n\nSources\n\n' +
      '[1] “Police cooperation in Linz and Lisbon”, https://example.org/linz, 2024.\n' +
      '[2] “The extradition of Lin to China”, https://example.org/lin, 2024.';
    await ingestFiles(store, [await file('lin.txt', text)]);
    const cited = (await store.listEntities({ kind: 'source', includeCandidates: true }, 'admin'))
      .filter((e) => e.status === 'candidate')
      .map((e) => `${e.name}|${e.sensitivity}`)
      .sort();
    expect(cited).toEqual([
      'Police cooperation in Linz and Lisbon|public',
      'The extradition of Lin to China|restricted',
    ]);
    await store.close();
  });

  it('stores a whole batch restricted with `restricted: true`', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const memo = 'Serbia and China signed an extradition treaty in Belgrade on 5 May 2024.';
    const report = await ingestFiles(store, [await file('memo.txt', memo)], { restricted: true });
    const source = report.files[0]?.source as string;
    const admin = await store.getEntity(source, 'admin');
    expect(admin?.sensitivity).toBe('restricted');
    expect(await store.getEntity(source, 'public')).toBeNull();
    expect(await store.getSourceText(admin?.source?.sha256 as string, 'public')).toBeNull();
    const statements = await store.listStatements({ status: 'candidate', source }, 'admin');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.sensitivity === 'restricted')).toBe(true);
    expect(await store.listStatements({ status: 'candidate' }, 'public')).toEqual([]);
    const proposed = (await store.listEntities({ includeCandidates: true }, 'admin')).filter(
      (e) => e.status === 'candidate',
    );
    expect(proposed.every((e) => e.sensitivity === 'restricted')).toBe(true);
    expect(
      (await store.listEntities({ includeCandidates: true }, 'public')).filter((e) => e.status === 'candidate'),
    ).toEqual([]);
    await store.close();
  });
});
