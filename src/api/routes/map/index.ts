/**
 * @module `GET /api/map`: per-country instrument status and program points.
 */
import type { FastifyInstance } from 'fastify';
import { checkDateParam, mapView } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { mapRoute, type MapQueryParams } from './schema.js';

/** Registers the map route. */
export function registerMapRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: MapQueryParams }>('/api/map', { schema: mapRoute }, async (request) => {
    const { requesting, type, as_of } = request.query;
    checkDateParam('as_of', as_of);
    return mapView(store, { requesting, ...(type ? { type } : {}), ...(as_of ? { asOf: as_of } : {}) }, request.role);
  });
}
