/**
 * @module Who is asking. A request is `public` unless it carries `Authorization: Bearer <key>`
 * with a key from LONGARM_API_KEYS; keys are compared in constant time. Routes that change the
 * record (review, ingest) require `researcher` or `admin`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../domain/index.js';
import { LongarmError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's role, resolved from the Authorization header before any handler runs. */
    role: Role;
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Builds the resolver from keys to roles.
 * @param keys key → role, e.g. from `readEnvironment().apiKeys`.
 * @param fallback role of requests without a valid key; `public` unless the server was started otherwise.
 */
export function roleResolver(
  keys: ReadonlyMap<string, 'researcher' | 'admin'>,
  fallback: Role = 'public',
): (authorization: string | undefined) => Role {
  const table = [...keys.entries()].map(([key, role]) => ({ hash: digest(key), role }));
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return fallback;
    const given = digest(match[1]);
    let role: Role = fallback;
    // Compare against every key so timing does not tell how many keys there are or which matched.
    for (const entry of table) if (timingSafeEqual(entry.hash, given)) role = entry.role;
    return role;
  };
}

/**
 * Throws unless the request's role may change the record.
 * @throws LongarmError `forbidden`.
 */
export function requireResearcher(request: FastifyRequest): 'researcher' | 'admin' {
  const role = request.role;
  if (role !== 'researcher' && role !== 'admin')
    throw new LongarmError('forbidden', 'this needs a researcher or admin API key (Authorization: Bearer KEY)');
  return role;
}
