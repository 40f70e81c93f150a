/**
 * @module Strong ETags and a short-lived response cache for API reads.
 *
 * The tag is a hash of the exact body sent, so equal bodies get equal tags whatever produced
 * them; a matching If-None-Match gets 304 with no body. Successful GET bodies are kept per
 * role and URL for a few seconds (`ttlMs`), so a burst of reads of one view computes it once.
 * Any write through the API (a POST that succeeds, an ingestion job that ends) clears the cache
 * at once; a write by another process (the CLI) shows within `ttlMs`. The review queue and
 * ingestion jobs are never cached.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The strong ETag of a body. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matches(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  if (header.trim() === '*') return true;
  // Weak comparison, as RFC 9110 asks for If-None-Match.
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Options of {@link ResponseCache}. */
export interface ResponseCacheOptions {
  /** How long a body is reused; 0 turns caching off. Default 2000 ms. */
  readonly ttlMs?: number;
  /** Most bytes kept; the least recently used bodies go first. Default 64 MiB. */
  readonly maxBytes?: number;
}

interface Entry {
  /** Encoded once, so a hit costs no UTF-8 encoding. */
  readonly body: Buffer;
  readonly etag: string;
  readonly type: string;
  readonly expires: number;
}

/** Bodies of successful API reads, per role and URL. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  readonly ttlMs: number;
  private readonly maxBytes: number;

  constructor(options: ResponseCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  get(key: string, now = Date.now()): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expires <= now) {
      this.bytes -= entry.body.length;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, entry: Omit<Entry, 'expires'>, now = Date.now()): void {
    if (this.ttlMs <= 0 || entry.body.length > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length;
    }
    this.entries.set(key, { ...entry, expires: now + this.ttlMs });
    this.bytes += entry.body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
  }

  /** Forgets everything (after a write). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

const UNCACHED = ['/api/review', '/api/ingest', '/api/docs'];
/** POST routes that compute without writing; they leave the cache alone. */
const READ_ONLY_POSTS = ['/api/assess'];

/** Responses to a keyed caller may hold restricted records: no shared cache may keep them. */
function cacheControl(request: FastifyRequest): string {
  return request.role === 'public' ? 'no-cache' : 'private, no-cache';
}

function cacheKey(request: FastifyRequest): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url;
  if (!url.startsWith('/api/') || UNCACHED.some((p) => url.startsWith(p))) return null;
  return `${request.role}\u0000${url}`;
}

/**
 * Tags successful GET and HEAD responses under /api, answers revalidations with 304, and serves
 * repeated reads from the cache. Register after the hook that sets `request.role`.
 */
export function registerEtags(app: FastifyInstance, cache: ResponseCache): void {
  app.addHook('onRequest', async (request, reply) => {
    const key = cacheKey(request);
    const hit = key ? cache.get(key) : undefined;
    if (!hit) return;
    void reply.header('etag', hit.etag).header('cache-control', cacheControl(request)).header('vary', 'Authorization');
    if (matches(request, hit.etag)) return reply.code(304).send();
    return reply.type(hit.type).send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      if (reply.statusCode < 400 && !READ_ONLY_POSTS.some((p) => request.url.startsWith(p))) cache.clear();
      return payload;
    }
    if (reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return payload;
    if (typeof payload !== 'string') return payload;
    const etag = etagOf(payload);
    // The role changes what a body holds: a shared cache must not mix them up.
    void reply.header('etag', etag).header('cache-control', cacheControl(request)).header('vary', 'Authorization');
    const key = cacheKey(request);
    if (key)
      cache.set(key, {
        body: Buffer.from(payload),
        etag,
        type: String(reply.getHeader('content-type') ?? 'application/json'),
      });
    if (matches(request, etag)) {
      void reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
}
