/**
 * @module Runs the storage contract against a local PostgreSQL server (`TEST_DATABASE_URL`), each
 * test in a fresh schema dropped afterwards, plus PostgreSQL specifics and a parity check against
 * SQLite on the bundled data set. Fails when the server is unreachable unless
 * `LONGARM_SKIP_POSTGRES=1`.
 */
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Entity, Statement } from '../../domain/index.js';
import { canonicalJson, normalizeText, sha256, statementId } from '../../domain/index.js';
import { loadDataset } from '../../load/index.js';
import { runStoreContract } from '../contract.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import type { DumpRecord, Store } from '../types.js';
import { StoreError } from '../types.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { PostgresStore, toTsQuery } from './postgres-store.js';
import { dropSchemas, postgresAvailability, TEST_DATABASE_URL, uniqueSchema } from './test-database.js';

const availability = await postgresAvailability();

const created: string[] = [];
async function open(schema = uniqueSchema('longarm_test')): Promise<PostgresStore> {
  created.push(schema);
  return PostgresStore.connect({ url: TEST_DATABASE_URL, schema, max: 4 });
}

describe('toTsQuery', () => {
  it('keeps the meaning of toFtsQuery: AND, phrases, OR, prefixes', () => {
    expect(toTsQuery('extradition treaty')).toBe('extradition & treaty');
    expect(toTsQuery('"extradition treaty" Serbia')).toBe('(extradition <-> treaty) & Serbia');
    expect(toTsQuery('Belgrade OR Novi Sad')).toBe('Belgrade | Novi & Sad');
    // A `*` inside quotes is dropped, as toFtsQuery does.
    expect(toTsQuery('Belgr* "police stat*"')).toBe('Belgr:* & (police <-> stat)');
    expect(toTsQuery("O'Brien & (x) | !y <-> z:*")).toBe('O & Brien & x & y & z:*');
    // A leading OR is a word (as in toFtsQuery); doubled ORs collapse instead of failing.
    expect(toTsQuery('OR a OR OR b OR')).toBe('OR & a | b');
    expect(toTsQuery('  "" *** ')).toBeNull();
  });
});

if (availability.mode === 'fail') {
  const { message } = availability;
  describe('PostgresStore', () => {
    it('needs a reachable PostgreSQL server', () => {
      throw new Error(message);
    });
  });
} else {
  const suite = availability.mode === 'skip' ? describe.skip : describe;

  suite('PostgresStore', () => {
    afterEach(async () => {
      await dropSchemas(created.splice(0));
    });

    runStoreContract('postgres', () => open());

    describe('PostgresStore specifics', () => {
      const treaty: Entity = {
        id: 'instrument:x',
        kind: 'instrument',
        name: 'Example extradition treaty',
        aliases: ['Belgrade accord of 2024'],
        sensitivity: 'public',
      };

      it('migrates once, records the version, and tolerates concurrent connects', async () => {
        const schema = uniqueSchema('longarm_test');
        const stores = await Promise.all([open(schema), open(schema), open(schema)]);
        try {
          for (const s of stores) expect(await s.schemaVersion()).toBe(MIGRATIONS.length);
          const again = await open(schema);
          expect(await again.schemaVersion()).toBe(MIGRATIONS.length);
          await again.close();
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
      });

      it('says which server it could not reach, without the password', async () => {
        const error = await PostgresStore.connect({ url: 'postgres://u:secret@127.0.0.1:1/none' }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(StoreError);
        expect((error as Error).message).toMatch(
          /cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1/,
        );
        expect((error as Error).message).not.toContain('secret');
      });

      it('upgrades a version-1 database: existing search rows become diacritic-insensitive', async () => {
        const schema = uniqueSchema('longarm_test');
        created.push(schema);
        const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await client.connect();
        try {
          await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
          const [first] = MIGRATIONS;
          await client.query(first?.sql ?? '');
          await client.query(`CREATE TABLE ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO ${MIGRATIONS_TABLE} VALUES (1, 'v1')`);
          await client.query(`INSERT INTO entities (id, kind, name) VALUES ('person:v', 'person', 'Aleksandar Vučić')`);
          await client.query(`INSERT INTO search (entity, kind, sensitivity, title, body)
            VALUES ('person:v', 'person', 'public', 'Aleksandar Vučić', 'President of Serbia')`);
        } finally {
          await client.end();
        }
        const store = await open(schema);
        try {
          expect(await store.schemaVersion()).toBe(MIGRATIONS.length);
          expect((await store.search('Vucic', {}, 'public')).map((h) => h.entity)).toEqual(['person:v']);
        } finally {
          await store.close();
        }
      });

      it('rejects a schema name that is not a plain identifier', async () => {
        await expect(PostgresStore.connect({ url: TEST_DATABASE_URL, schema: 'x; DROP TABLE y' })).rejects.toThrow(
          /invalid schema name/,
        );
      });

      it('wraps query failures in StoreError with the SQL and parameters', async () => {
        const store = await open();
        try {
          const error = await store
            .putStatement({
              id: 'st_orphan',
              entity: 'instrument:missing',
              property: 'signed',
              value: { type: 'date', date: '2024' },
              qualifiers: {},
              source: 'source:missing',
              locator: null,
              status: 'accepted',
              rank: 'normal',
              sensitivity: 'public',
              recorded_at: '2026-11-23',
              recorded_by: 'test',
            })
            .catch((e: unknown) => e);
          expect(error).toBeInstanceOf(StoreError);
          const e = error as StoreError;
          expect(e.code).toBe('query_failed');
          expect(e.sql).toContain('INSERT INTO statements');
          expect(e.params).toContain('st_orphan');
          expect(e.cause).toBeDefined();
        } finally {
          await store.close();
        }
      });

      it('runs every call inside a transaction on one connection, invisible to others until commit', async () => {
        const schema = uniqueSchema('longarm_test');
        const store = await open(schema);
        const other = await open(schema);
        try {
          await store.transaction(async (tx) => {
            await tx.putEntity(treaty);
            // Nested calls join; reads inside see the uncommitted write.
            await tx.transaction(async (inner) => {
              expect(await inner.getEntity(treaty.id, 'public')).toEqual(treaty);
            });
            expect(await store.getEntity(treaty.id, 'public')).toEqual(treaty);
            expect(await other.getEntity(treaty.id, 'public')).toBeNull();
          });
          expect(await other.getEntity(treaty.id, 'public')).toEqual(treaty);
        } finally {
          await store.close();
          await other.close();
        }
      });

      it('returns counts as numbers and searches with OR, prefixes and phrases', async () => {
        const store = await open();
        try {
          await store.transaction(async (tx) => {
            await tx.putEntity(treaty);
            await tx.reindex();
          });
          const counts = await store.counts('public');
          expect(counts.entities).toEqual({ instrument: 1 });
          expect(counts.sourceTexts).toBe(0);
          const ids = async (q: string): Promise<string[]> =>
            (await store.search(q, {}, 'public')).map((h) => h.entity);
          expect(await ids('Belgr*')).toEqual([treaty.id]);
          expect(await ids('nowhere OR Belgrade')).toEqual([treaty.id]);
          expect(await ids('nowhere Belgrade')).toEqual([]);
          expect(await ids('"Belgrade accord"')).toEqual([treaty.id]);
          expect(await ids('"accord Belgrade"')).toEqual([]);
          // Stemming as in SQLite's porter tokenizer; no stop words dropped.
          expect(await ids('treaties')).toEqual([treaty.id]);
          expect(await ids('"accord of 2024"')).toEqual([treaty.id]);
          expect(await ids('of')).toEqual([treaty.id]);
          // A title-only match still gets a (plain) snippet.
          const [hit] = await store.search('Belgrade', {}, 'public');
          expect(hit?.snippet).toBeDefined();
        } finally {
          await store.close();
        }
      });

      it('ignores diacritics, as SQLite does, and shows the original text in snippets', async () => {
        const store = await open();
        try {
          const text = normalizeText('President Aleksandar Vučić met the delegation in Priština and Südosteuropa.');
          const report: Entity = {
            id: 'source:diacritics',
            kind: 'source',
            name: 'Report on Vučić',
            aliases: [],
            sensitivity: 'public',
            source: { title: 'Report', sha256: sha256(text) },
          };
          await store.transaction(async (tx) => {
            await tx.putEntity(report);
            await tx.putSourceText(text);
            await tx.reindex();
          });
          for (const q of ['Vucic', 'vučić', 'VUCIC', 'Pristina delegation', 'sudosteuropa']) {
            const [hit] = await store.search(q, {}, 'public');
            expect(hit?.entity).toBe(report.id);
            expect(hit?.snippet.map((p) => p.text).join('')).toContain('Aleksandar Vučić met');
          }
          const [hit] = await store.search('Vucic Pristina', {}, 'public');
          expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Vučić', 'Priština']);
        } finally {
          await store.close();
        }
      });

      it('highlights a hit deep inside a long source text', async () => {
        const store = await open();
        try {
          const text = normalizeText(
            'Filler words about nothing in particular. '.repeat(2_000) + 'The Smederevo steel mill.',
          );
          const report: Entity = {
            id: 'source:long-report',
            kind: 'source',
            name: 'Long report',
            aliases: [],
            sensitivity: 'public',
            source: { title: 'Long report', sha256: sha256(text) },
          };
          await store.transaction(async (tx) => {
            await tx.putEntity(report);
            await tx.putSourceText(text);
            await tx.reindex();
          });
          for (const q of ['smederevo', 'Smederevo steel', 'STEEL']) {
            const [hit] = await store.search(q, {}, 'public');
            expect(hit?.entity).toBe(report.id);
            expect(hit?.snippet.some((p) => p.hit && /smederevo|steel/i.test(p.text))).toBe(true);
          }
        } finally {
          await store.close();
        }
      });

      it('counts for the public role only the statements it may list, as SQLite does', async () => {
        const store = await open();
        const sqlite = new SqliteStore({ path: ':memory:' });
        try {
          const person: Entity = { id: 'person:x', kind: 'person', name: 'X', aliases: [], sensitivity: 'restricted' };
          const source: Entity = {
            id: 'source:s',
            kind: 'source',
            name: 'S',
            aliases: [],
            sensitivity: 'public',
            source: { title: 'S' },
          };
          const base = {
            entity: treaty.id,
            property: 'concerns',
            value: { type: 'ref' as const, id: person.id },
            qualifiers: {},
            source: source.id,
            locator: null,
            pinpoint: 'p. 1',
          };
          // Public itself, but it points at a restricted person: the public role may not see it.
          const pointer: Statement = {
            ...base,
            id: statementId(base),
            status: 'accepted',
            rank: 'normal',
            sensitivity: 'public',
            recorded_at: '2026-11-23',
            recorded_by: 'test',
          };
          for (const s of [store, sqlite] as Store[]) {
            for (const e of [treaty, person, source]) await s.putEntity(e);
            await s.putStatement(pointer);
          }
          expect(await store.listStatements({}, 'public')).toEqual([]);
          expect((await store.counts('public')).statements).toEqual({});
          expect((await store.counts('admin')).statements).toEqual({ accepted: 1 });
          expect(await sqlite.counts('public')).toEqual(await store.counts('public'));
          expect(await sqlite.counts('admin')).toEqual(await store.counts('admin'));
        } finally {
          await store.close();
          await sqlite.close();
        }
      });

      it('stops a dump cleanly when the reader breaks off', async () => {
        const store = await open();
        try {
          await store.putEntity(treaty);
          await store.putEntity({ ...treaty, id: 'instrument:y' });
          for await (const r of store.dump('admin')) {
            expect(r.type).toBe('entity');
            break;
          }
          // The dedicated connection went back to the pool: the store still works.
          expect(await store.getEntity('instrument:y', 'admin')).not.toBeNull();
        } finally {
          await store.close();
        }
      });
    });

    describe('parity with SQLite on the bundled data set', () => {
      let sqlite: SqliteStore | undefined;
      let postgres: PostgresStore | undefined;
      const stores = async (): Promise<[Store, Store]> => {
        if (!sqlite || !postgres) {
          sqlite = new SqliteStore({ path: ':memory:' });
          postgres = await open(uniqueSchema('longarm_parity'));
          // Kept until afterAll, not dropped after the first test.
          created.pop();
          await loadDataset(sqlite);
          await loadDataset(postgres);
        }
        return [sqlite, postgres];
      };
      afterAll(async () => {
        await sqlite?.close();
        const schema = postgres?.description.split('#')[1];
        await postgres?.close();
        if (schema) await dropSchemas([schema]);
      });

      const dumpOf = async (store: Store, role: 'public' | 'admin'): Promise<DumpRecord[]> => {
        const out: DumpRecord[] = [];
        for await (const r of store.dump(role)) out.push(r);
        return out;
      };

      it('dumps the same records in the same order, for each role', async () => {
        const [a, b] = await stores();
        for (const role of ['public', 'admin'] as const) {
          const [da, db] = [await dumpOf(a, role), await dumpOf(b, role)];
          expect(db.length).toBe(da.length);
          expect(db).toEqual(da);
          // What `longarm export` writes: byte for byte the same from either store.
          expect(db.map((r) => canonicalJson(r))).toEqual(da.map((r) => canonicalJson(r)));
        }
      });

      it('lists and counts the same', async () => {
        const [a, b] = await stores();
        for (const role of ['public', 'researcher'] as const) {
          expect(await b.listEntities({}, role)).toEqual(await a.listEntities({}, role));
          expect(await b.listStatements({ limit: 500, offset: 20 }, role)).toEqual(
            await a.listStatements({ limit: 500, offset: 20 }, role),
          );
          expect(await b.counts(role)).toEqual(await a.counts(role));
        }
      });

      it('finds the same entities for the same queries', async () => {
        const [a, b] = await stores();
        const queries = [
          'extradition treaty',
          'Belgrade',
          'Huawei cameras',
          'joint patrols',
          'Hong Kong',
          'polic*',
          'Vucic',
          'Milošević',
          'Sudosteuropa',
        ];
        for (const q of queries) {
          for (const role of ['public', 'researcher'] as const) {
            const ha = (await a.search(q, { limit: 1000 }, role)).map((h) => h.entity).sort();
            const hb = (await b.search(q, { limit: 1000 }, role)).map((h) => h.entity).sort();
            expect({ q, role, hits: hb }).toEqual({ q, role, hits: ha });
          }
        }
      });
    });
  });
}
