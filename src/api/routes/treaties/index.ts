/**
 * @module `GET /api/treaties`: instruments with their status as of a date.
 */
import type { FastifyInstance } from 'fastify';
import { checkDateParam, listTreaties } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { treatiesRoute, type TreatiesQuery } from './schema.js';

/** Registers the treaties route. */
export function registerTreatyRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: TreatiesQuery }>('/api/treaties', { schema: treatiesRoute }, async (request) => {
    const { party, type, as_of } = request.query;
    checkDateParam('as_of', as_of);
    return listTreaties(
      store,
      { ...(party ? { party } : {}), ...(type ? { type } : {}), ...(as_of ? { asOf: as_of } : {}) },
      request.role,
    );
  });
}
