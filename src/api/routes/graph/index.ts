/**
 * @module `GET /api/graph`: nodes and edges around an entity.
 */
import type { FastifyInstance } from 'fastify';
import { neighbourhood } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import { graphRoute, type GraphQueryParams } from './schema.js';

/** Registers the graph route. */
export function registerGraphRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: GraphQueryParams }>('/api/graph', { schema: graphRoute }, async (request) => {
    const graph = await neighbourhood(store, request.query, request.role);
    if (!graph) throw notFound('entity', request.query.entity);
    return graph;
  });
}
