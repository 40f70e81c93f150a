/**
 * @module `GET /api/entities` (paged list) and `GET /api/entities/:id` (the entity view).
 */
import type { FastifyInstance } from 'fastify';
import { entityView } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import { getEntityRoute, listEntitiesRoute, type IdParams, type ListEntitiesQuery } from './schema.js';

/** Most entities counted for `total`. */
const COUNT_LIMIT = 10_000;

/** Registers the entity routes. */
export function registerEntityRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: ListEntitiesQuery }>('/api/entities', { schema: listEntitiesRoute }, async (request) => {
    const { kind, limit, offset } = request.query;
    const all = await store.listEntities({ ...(kind ? { kind } : {}), limit: COUNT_LIMIT }, request.role);
    return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
  });

  app.get<{ Params: IdParams }>('/api/entities/:id', { schema: getEntityRoute }, async (request) => {
    const view = await entityView(store, request.params.id, request.role);
    if (!view) throw notFound('entity', request.params.id);
    return view;
  });
}
