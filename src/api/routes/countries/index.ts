/**
 * @module `GET /api/countries/:code`: the country page.
 */
import type { FastifyInstance } from 'fastify';
import { checkDateParam, countryView } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import { countryRoute, type CountryParams, type CountryQuery } from './schema.js';

/** Registers the country route. */
export function registerCountryRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Params: CountryParams; Querystring: CountryQuery }>(
    '/api/countries/:code',
    { schema: countryRoute },
    async (request) => {
      const { as_of } = request.query;
      checkDateParam('as_of', as_of);
      const view = await countryView(store, request.params.code, request.role, as_of ? { asOf: as_of } : {});
      if (!view) throw notFound('country', request.params.code);
      return view;
    },
  );
}
