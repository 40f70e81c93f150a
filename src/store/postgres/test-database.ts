/**
 * @module The PostgreSQL server that tests run against, shared by the store and job-queue tests:
 * its URL (`TEST_DATABASE_URL`, default `postgres://postgres@127.0.0.1:5432/test`), a reachability
 * probe, and throwaway schemas. An unreachable server fails the suite with a clear message unless
 * `LONGARM_SKIP_POSTGRES=1` asks to skip it: CI has PostgreSQL, so silence there would hide bugs.
 * @internal Test support only.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** URL of the test server. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** True when `LONGARM_SKIP_POSTGRES=1`: PostgreSQL suites are skipped instead of failing. */
export const SKIP_POSTGRES = process.env.LONGARM_SKIP_POSTGRES === '1';

/**
 * Tries to connect and run `SELECT 1`.
 * @returns null when the server answers, else why it did not.
 */
export async function probePostgres(url: string = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The message of the failing test when the server is unreachable. */
export function unreachableMessage(reason: string, url: string = TEST_DATABASE_URL): string {
  return (
    `PostgreSQL is not reachable at ${url} (${reason}). Start it (e.g. \`pg_ctlcluster 15 main start\`), ` +
    `point TEST_DATABASE_URL at a server, or set LONGARM_SKIP_POSTGRES=1 to skip the PostgreSQL tests.`
  );
}

/**
 * How a PostgreSQL suite should run: `run` (server up), `skip` (asked to) or `fail` (unreachable).
 * Call once at the top of a test file (top-level await).
 */
export async function postgresAvailability(): Promise<
  { readonly mode: 'run' } | { readonly mode: 'skip' } | { readonly mode: 'fail'; readonly message: string }
> {
  if (SKIP_POSTGRES) return { mode: 'skip' };
  const reason = await probePostgres();
  return reason === null ? { mode: 'run' } : { mode: 'fail', message: unreachableMessage(reason) };
}

/** A fresh, unique schema name with this prefix (not created). */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** Drops these schemas and everything in them. */
export async function dropSchemas(schemas: readonly string[], url: string = TEST_DATABASE_URL): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s.replaceAll('"', '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}
