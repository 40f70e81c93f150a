/**
 * @module Reads the environment once and validates it; everything else takes typed options.
 */

export interface Environment {
  /** PostgreSQL URL; when set, the PostgreSQL store is used instead of SQLite. */
  readonly databaseUrl: string | undefined;
  /** Role for CLI reads; `public` unless LONGARM_ROLE says otherwise. */
  readonly role: 'public' | 'researcher' | 'admin';
  /** Port for `serve`. */
  readonly port: number;
  /** Host for `serve`; loopback by default. */
  readonly host: string;
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
  if (problems.length) throw new Error(`invalid environment:\n- ${problems.join('\n- ')}`);
  const result: Environment = {
    databaseUrl,
    role: role as Environment['role'],
    port,
    host: env.HOST ?? '127.0.0.1',
  };
  if (env === process.env) cached = result;
  return result;
}
