import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../contract.js';
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
});
