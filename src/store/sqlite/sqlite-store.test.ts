import { describe, expect, it } from 'vitest';
import { runStoreContract } from '../contract.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', () => Promise.resolve(new SqliteStore({ path: ':memory:' })));

describe('SqliteStore specifics', () => {
  it('migrates a new database to the latest schema version', () => {
    const store = new SqliteStore({ path: ':memory:' });
    expect(store.schemaVersion).toBeGreaterThanOrEqual(1);
  });
});
