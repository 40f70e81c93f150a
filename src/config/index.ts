/**
 * @module Reads the environment once and validates it; everything else takes typed options.
 */

/** The validated environment. */
export interface Environment {
  /** PostgreSQL URL; when set, the PostgreSQL store is used instead of SQLite. */
  readonly databaseUrl: string | undefined;
  /** Role for CLI reads; `public` unless LONGARM_ROLE says otherwise. */
  readonly role: 'public' | 'researcher' | 'admin';
  /** Port for `serve`. */
  readonly port: number;
  /** Host for `serve`; loopback by default. */
  readonly host: string;
  /**
   * API keys and the role each grants, from LONGARM_API_KEYS (`key1:researcher,key2:admin`).
   * A request without a matching `Authorization: Bearer <key>` is `public`.
   */
  readonly apiKeys: ReadonlyMap<string, 'researcher' | 'admin'>;
}

/**
 * Parses LONGARM_API_KEYS: comma-separated `key:role` pairs, role `researcher` or `admin`.
 * @returns the keys, and one message per malformed entry.
 * @example parseApiKeys('k1:researcher,k2:admin').keys.get('k2') === 'admin'
 */
export function parseApiKeys(raw: string | undefined): {
  keys: Map<string, 'researcher' | 'admin'>;
  problems: string[];
} {
  const keys = new Map<string, 'researcher' | 'admin'>();
  const problems: string[] = [];
  for (const [i, entry] of (raw ?? '').split(',').entries()) {
    const item = entry.trim();
    if (!item) continue;
    const colon = item.lastIndexOf(':');
    const key = colon > 0 ? item.slice(0, colon) : '';
    const role = colon > 0 ? item.slice(colon + 1) : '';
    if (!key || (role !== 'researcher' && role !== 'admin')) {
      problems.push(`LONGARM_API_KEYS entry ${i + 1} must be KEY:researcher or KEY:admin`);
    } else if (key.length < 8) {
      problems.push(`LONGARM_API_KEYS entry ${i + 1}: keys need at least 8 characters`);
    } else {
      keys.set(key, role);
    }
  }
  return { keys, problems };
}

let cached: Environment | undefined;

/**
 * The validated environment.
 * @throws Error listing every problem found.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  if (cached && env === process.env) return cached;
  const problems: string[] = [];
  const role = env.LONGARM_ROLE || 'public';
  if (role !== 'public' && role !== 'researcher' && role !== 'admin') {
    problems.push(`LONGARM_ROLE must be public, researcher or admin, got ${JSON.stringify(role)}`);
  }
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be 0–65535, got ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must start with postgres://');
  const apiKeys = parseApiKeys(env.LONGARM_API_KEYS);
  problems.push(...apiKeys.problems);
  if (problems.length) throw new Error(`invalid environment:\n- ${problems.join('\n- ')}`);
  const result: Environment = {
    databaseUrl,
    role: role as Environment['role'],
    port,
    host: env.HOST ?? '127.0.0.1',
    apiKeys: apiKeys.keys,
  };
  if (env === process.env) cached = result;
  return result;
}
