/**
 * @module `POST /api/assess`: a screening brief as JSON, Markdown or HTML.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../../context.js';
import { policyForInlineStyles } from '../../security.js';
import { assessRoute, type AssessBody, type AssessQuery } from './schema.js';

const MEDIA = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

/** Registers the assessment route. */
export function registerAssessRoutes(app: FastifyInstance, { store, services }: RouteContext): void {
  app.post<{ Querystring: AssessQuery; Body: AssessBody }>(
    '/api/assess',
    { schema: assessRoute },
    async (request, reply) => {
      const { host, requesting, profile, as_of } = request.body;
      const brief = await services.assess.assess(
        store,
        { host, requesting, ...(profile ? { profile } : {}), ...(as_of ? { asOf: as_of } : {}) },
        request.role,
      );
      const format = request.query.format;
      if (format === 'json') return brief;
      const text = services.assess.render(brief, format);
      if (format === 'html') void reply.header('content-security-policy', policyForInlineStyles(text));
      return reply.type(MEDIA[format]).send(text);
    },
  );
}
