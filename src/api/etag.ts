/**
 * @module Strong ETags for API reads: the tag is a hash of the exact body sent, so equal bodies
 * get equal tags whatever produced them; a matching If-None-Match gets 304 with no body.
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

/** Tags successful GET and HEAD responses under /api and answers revalidations with 304. */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = etagOf(payload);
    void reply.header('etag', etag);
    void reply.header('cache-control', 'no-cache');
    // The role changes what a body holds: a shared cache must not mix them up.
    void reply.header('vary', 'Authorization');
    if (matches(request, etag)) {
      void reply.code(304);
      void reply.removeHeader('content-type');
      void reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
}
