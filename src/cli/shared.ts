/**
 * @module What every command shares: `--db` and `--json` options, opening the store, printing,
 * and turning errors into a clear message and exit code.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { readEnvironment } from '../config/index.js';
import type { Role } from '../domain/index.js';
import { toLongarmError } from '../errors.js';
import { openStore, type Store } from '../store/index.js';

export interface CommonOptions {
  readonly db: string;
  readonly json?: boolean;
  readonly role?: Role;
}

/** Adds `--db`, `--json` and, for commands that read as a role, `--role` to a command. */
export function withCommonOptions(command: Command, { role = true }: { role?: boolean } = {}): Command {
  command
    .option('--db <path>', 'SQLite database file (DATABASE_URL selects PostgreSQL instead)', './longarm.db')
    .option('--json', 'print machine-readable JSON');
  return role
    ? command.option(
        '--role <role>',
        'read as this role: public, researcher or admin (default: LONGARM_ROLE or public)',
      )
    : command;
}

/** The role a command reads as: `--role`, then LONGARM_ROLE, then `public`. */
export function roleOf(options: CommonOptions): Role {
  const role = options.role ?? readEnvironment().role;
  if (role !== 'public' && role !== 'researcher' && role !== 'admin') {
    throw new Error(`--role must be public, researcher or admin, got ${String(role)}`);
  }
  return role;
}

/**
 * Opens the store the options and environment name, runs `fn`, and always closes it.
 * @param bulk the command writes in bulk (see `OpenStoreOptions.bulk`).
 */
export async function withStore<T>(options: CommonOptions, fn: (store: Store) => Promise<T>, bulk = false): Promise<T> {
  const env = readEnvironment();
  const store = await openStore({ db: options.db, databaseUrl: env.databaseUrl, bulk });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Prints JSON (stable, two-space indent) to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Wraps a command action: errors print as `longarm: <message>` with where it happened,
 * and set the exit code from the error catalogue.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (error) {
      const e = toLongarmError(error);
      const where = [
        e.details.file,
        e.details.record,
        e.details.line !== undefined ? `line ${e.details.line}` : undefined,
      ]
        .filter(Boolean)
        .join(': ');
      const message = e.code === 'internal' && error instanceof Error ? error.message : e.message;
      process.stderr.write(`${pc.red('longarm:')} ${where ? where + ': ' : ''}${message}\n`);
      if (e.code === 'internal' && process.env.LONGARM_DEBUG) console.error(error);
      process.exitCode = e.exitCode;
    }
  };
}
