/**
 * @module The HTTP application: JSON API over the same query functions as the CLI, and the
 * pages. Built without listening so tests can `inject()` requests.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Role } from '../domain/index.js';
import { toLongarmError } from '../errors.js';
import { entityView, listTreaties } from '../query/index.js';
import type { Store } from '../store/index.js';
import { renderIndexPage } from './index-page.js';

export interface AppOptions {
  readonly store: Store;
  /** Role for every request; the API has no login yet, so it serves the public view by default. */
  readonly role?: Role;
  readonly logger?: boolean;
}

/** Builds the Fastify app over a store. */
export function buildApp(options: AppOptions): FastifyInstance {
  const { store } = options;
  const role = options.role ?? 'public';
  const app = Fastify({ logger: options.logger ?? false });

  app.setErrorHandler((error, request, reply) => {
    const e = toLongarmError(error);
    const status = (error as { statusCode?: number }).statusCode ?? e.status;
    if (e.code === 'internal' && status >= 500) request.log.error({ err: error }, 'unhandled error');
    void reply
      .status(status)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: status >= 500 ? 'internal error' : e.code === 'internal' ? String((error as Error).message) : e.message,
        status,
        code: e.code,
      });
  });

  app.get<{ Params: { id: string } }>('/api/entities/:id', async (request, reply) => {
    const view = await entityView(store, request.params.id, role);
    if (!view)
      return reply
        .status(404)
        .type('application/problem+json')
        .send({ title: `no entity ${request.params.id}`, status: 404, code: 'not_found' });
    return view;
  });

  app.get<{ Querystring: { q?: string; limit?: string } }>('/api/search', async (request) => {
    return store.search(request.query.q ?? '', { limit: Math.min(100, Number(request.query.limit ?? 20) || 20) }, role);
  });

  app.get<{ Querystring: { party?: string; type?: string; as_of?: string } }>('/api/treaties', async (request) => {
    const q = request.query;
    return listTreaties(
      store,
      {
        ...(q.party ? { party: q.party } : {}),
        ...(q.type ? { type: q.type } : {}),
        ...(q.as_of ? { asOf: q.as_of } : {}),
      },
      role,
    );
  });

  app.get('/', async (_request, reply) => {
    const treaties = await listTreaties(store, {}, role);
    return reply.type('text/html; charset=utf-8').send(renderIndexPage(treaties));
  });

  return app;
}
