/**
 * @module `GET /api/search`: ranked hits with facets.
 */
import type { FastifyInstance } from 'fastify';
import { searchWithFacets } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { searchRoute, type SearchQuery } from './schema.js';

/** Registers the search route. */
export function registerSearchRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: SearchQuery }>('/api/search', { schema: searchRoute }, async (request) =>
    searchWithFacets(store, request.query, request.role),
  );
}
