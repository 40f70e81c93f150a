import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../contract.js';
import type { Statement } from '../../domain/index.js';
import { statementValues, STATEMENT_COLUMNS } from '../rows.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', () => Promise.resolve(new SqliteStore({ path: ':memory:' })));

describe('SqliteStore specifics', () => {
  it('migrates a new database to the latest schema version', () => {
    const store = new SqliteStore({ path: ':memory:' });
    expect(store.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('maps search rows made before version 3, so reindexing replaces them instead of adding copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'longarm-migrate-'));
    try {
      const path = join(dir, 'old.db');
      const old = new Database(path);
      for (const m of MIGRATIONS.filter((m) => m.version <= 2)) old.exec(m.sql);
      old.pragma('user_version = 2');
      old.prepare(`INSERT INTO entities (id, kind, name) VALUES ('country:RS', 'country', 'Serbia')`).run();
      old
        .prepare(
          `INSERT INTO search (title, body, entity, kind, sensitivity) VALUES ('Serbia', '', 'country:RS', 'country', 'public')`,
        )
        .run();
      old.close();
      const store = new SqliteStore({ path });
      expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
      await store.reindex(['country:RS']);
      await store.reindex(['country:RS']);
      expect(await store.search('Serbia', {}, 'public')).toHaveLength(1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves the candidate rows of a version 4 database into candidate sets, unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'longarm-migrate-'));
    try {
      const path = join(dir, 'old.db');
      const old = new Database(path);
      for (const m of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(m.sql);
      old.pragma('user_version = 4');
      const insertEntity = old.prepare('INSERT INTO entities (id, kind, name, source_meta) VALUES (?, ?, ?, ?)');
      insertEntity.run('country:RS', 'country', 'Serbia', null);
      for (const doc of ['a', 'b']) insertEntity.run(`source:${doc}`, 'source', doc, JSON.stringify({ title: doc }));
      const row = (id: string, source: string, status: Statement['status'], value: string): Statement => ({
        id,
        entity: 'country:RS',
        property: 'description',
        value: { type: 'text', text: `${value} "quoted" \\ ünïcode` },
        qualifiers: { as_of: '2024' },
        source,
        locator: { sha256: 'f'.repeat(64), start: 3, end: 9 },
        status,
        rank: 'normal',
        sensitivity: status === 'candidate' && value === 'two' ? 'restricted' : 'public',
        confidence: 0.55,
        recorded_at: '2026-11-23T10:00:00.000Z',
        recorded_by: 'ingest:places',
      });
      const rows = [
        row('st_one', 'source:a', 'candidate', 'one'),
        row('st_two', 'source:a', 'candidate', 'two'),
        row('st_three', 'source:b', 'candidate', 'three'),
        row('st_kept', 'source:b', 'accepted', 'kept'),
      ];
      const insert = old.prepare(
        `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')}) VALUES (${STATEMENT_COLUMNS.map(() => '?').join(', ')})`,
      );
      for (const r of rows) insert.run(...statementValues(r));
      old.close();
      const store = new SqliteStore({ path });
      for (const r of rows) expect(await store.getStatement(r.id, 'admin')).toEqual(r);
      expect((await store.counts('admin')).statements).toEqual({ accepted: 1, candidate: 3 });
      expect(
        (await store.listStatements({ status: 'candidate', source: 'source:a' }, 'admin')).map((s) => s.id),
      ).toEqual(['st_one', 'st_two']);
      await store.close();
      const migrated = new Database(path, { readonly: true });
      expect(migrated.prepare(`SELECT count(*) AS n FROM statements WHERE status = 'candidate'`).get()).toEqual({
        n: 0,
      });
      migrated.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
