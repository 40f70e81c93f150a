/**
 * @module Security headers on every response: a strict Content-Security-Policy (no inline
 * scripts, no third-party origins, no framing), no MIME sniffing, no referrer.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** The Content-Security-Policy every response carries. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The API reference (Swagger UI) injects one small inline style; it is allowed by its hash on
 * /api/docs only. A new Swagger UI version may change it; it then degrades to that style missing.
 */
const DOCS_STYLE_HASH = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/** The policy of the API reference pages. */
export const DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  `style-src 'self' ${DOCS_STYLE_HASH}`,
);

/**
 * The policy for a self-contained HTML document we render (a brief): its own `<style>` blocks
 * are allowed by hash, nothing else inline; scripts stay same-origin only.
 */
export function policyForInlineStyles(html: string): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return hashes.length
    ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${[...new Set(hashes)].join(' ')}`)
    : CONTENT_SECURITY_POLICY;
}

/** Headers set on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Adds the headers before any handler runs, so errors and 404s carry them too. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (request.url.startsWith('/api/docs')) void reply.header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
  });
}
