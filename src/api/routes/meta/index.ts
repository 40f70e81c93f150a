/**
 * @module `GET /api/openapi.json`: the OpenAPI document generated from the route schemas.
 */
import type { FastifyInstance } from 'fastify';
import { openapiRoute } from './schema.js';

/** Registers the meta routes. */
export function registerMetaRoutes(app: FastifyInstance): void {
  app.get('/api/openapi.json', { schema: openapiRoute }, async () => app.swagger());
}
