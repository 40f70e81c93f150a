/**
 * @module Opening a store: SQLite by default (`--db PATH`), PostgreSQL when `DATABASE_URL` is set.
 */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './types.js';

export * from './types.js';
export { SqliteStore } from './sqlite/sqlite-store.js';

export interface OpenStoreOptions {
  /** SQLite file; default `./longarm.db`. */
  readonly db?: string;
  /** A `postgres://` URL; wins over `db`. */
  readonly databaseUrl?: string;
  /** The caller writes in bulk (ingest, import): SQLite then checkpoints from a thread of its own. */
  readonly bulk?: boolean;
}

/** Opens the configured store, migrating it to the current schema. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.connect({ url: options.databaseUrl });
  }
  return new SqliteStore({
    path: options.db ?? './longarm.db',
    ...(options.bulk ? { checkpoints: 'background' } : {}),
  });
}
