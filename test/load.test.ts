import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LongarmError } from '../src/errors.js';
import { loadDataset } from '../src/load/index.js';
import { listTreaties } from '../src/query/index.js';
import { SqliteStore } from '../src/store/index.js';
import { FIXTURE_DATA, FIXTURE_TEXTS, fixtureStore } from './helpers.js';

/** A copy of the fixture data set with one edit applied to its single file. */
function brokenCopy(
  edit: (doc: { entities: Record<string, unknown>[]; statements: Record<string, unknown>[] }) => void,
  raw?: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'longarm-data-'));
  cpSync(FIXTURE_DATA, dir, { recursive: true });
  const file = join(dir, 'fixture.json');
  if (raw !== undefined) {
    writeFileSync(file, raw);
  } else {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof edit>[0];
    edit(doc);
    writeFileSync(file, JSON.stringify(doc));
  }
  return dir;
}

describe('loadDataset', () => {
  it('loads the fixture and derives the treaty status from it', async () => {
    const store = await fixtureStore();
    const [treaty] = await listTreaties(store, { party: 'RS', type: 'extradition', asOf: '2026-01-01' }, 'public');
    expect(treaty?.label).toBe('signed; ratified by CN; not in force');
    const [early] = await listTreaties(store, { party: 'RS', asOf: '2024-06-01' }, 'public');
    expect(early?.status.overall).toBe('signed');
  });

  it('is idempotent: loading twice adds nothing', async () => {
    const store = await fixtureStore();
    const before = await store.counts('admin');
    const again = await loadDataset(store, { dataDir: FIXTURE_DATA, textDirs: [FIXTURE_TEXTS] });
    expect(again.inserted).toBe(0);
    expect(await store.counts('admin')).toEqual(before);
  });

  it.each<
    [
      string,
      string,
      (d: { entities: Record<string, unknown>[]; statements: Record<string, unknown>[] }) => void,
      RegExp,
    ]
  >([
    [
      'an unknown country code',
      'statements[1]',
      (d) => ((d.statements[1]!.value as Record<string, unknown>).id = 'country:ZZ'),
      /country:ZZ.*unknown country code/,
    ],
    [
      'a bad date',
      'statements[3]',
      (d) => ((d.statements[3]!.value as Record<string, unknown>).date = '2024-13'),
      /month 13/,
    ],
    [
      'a bad as_of qualifier',
      'statements[5]',
      (d) => ((d.statements[5]!.qualifiers as Record<string, unknown>).as_of = 'Sept 2025'),
      /qualifiers.as_of/,
    ],
    [
      'an unknown property',
      'statements[0]',
      (d) => (d.statements[0]!.property = 'colour'),
      /unknown property "colour"/,
    ],
    ['a locator outside the text', 'statements[2]', (d) => (d.statements[2]!.loc = [10, 99999]), /outside the text/],
    [
      'a dangling reference',
      'statements[2]',
      (d) => ((d.statements[2]!.value as Record<string, unknown>).id = 'organization:nobody'),
      /organization:nobody, which is not declared/,
    ],
    ['a statement without evidence', 'statements[0]', (d) => delete d.statements[0]!.loc, /needs "loc"/],
    [
      'a kind that does not match the id',
      'entities[1]',
      (d) => (d.entities[1]!.kind = 'program'),
      /"kind" must be "instrument"/,
    ],
  ])('refuses %s, naming file and record, and leaves the database as it was', async (_what, record, edit, reason) => {
    const store = await fixtureStore();
    const before = await store.counts('admin');
    const dir = brokenCopy(edit);
    const error = await loadDataset(store, { dataDir: dir, textDirs: [FIXTURE_TEXTS] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LongarmError);
    const e = error as LongarmError;
    expect(e.details.file).toBe('fixture.json');
    expect(e.details.record).toContain(record);
    expect(e.message).toMatch(reason);
    expect(await store.counts('admin')).toEqual(before);
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const dir = brokenCopy(() => undefined, '{"entities": [');
    await expect(loadDataset(store, { dataDir: dir, textDirs: [] })).rejects.toMatchObject({
      details: { file: 'fixture.json' },
      message: /not valid JSON/,
    });
    expect((await store.counts('admin')).entities).toEqual({});
  });
});
