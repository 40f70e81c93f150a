/**
 * @module The review queue: list candidates, and accept, reject or edit one with who and why.
 * Every route needs a researcher or admin key.
 */
import type { FastifyInstance } from 'fastify';
import type { Value } from '../../../domain/index.js';
import { requireResearcher } from '../../auth.js';
import type { RouteContext } from '../../context.js';
import {
  acceptRoute,
  editRoute,
  listReviewRoute,
  rejectRoute,
  type DecisionBody,
  type EditBody,
  type ReviewParams,
  type ReviewQuery,
} from './schema.js';

/** Registers the review routes. */
export function registerReviewRoutes(app: FastifyInstance, { store, services }: RouteContext): void {
  app.get<{ Querystring: ReviewQuery }>('/api/review', { schema: listReviewRoute }, async (request) => {
    const role = requireResearcher(request);
    const { limit, offset, source } = request.query;
    const page = await services.review.list(store, role, { limit, offset, ...(source ? { source } : {}) });
    return { ...page, limit, offset };
  });

  app.post<{ Params: ReviewParams; Body: DecisionBody }>(
    '/api/review/:id/accept',
    { schema: acceptRoute },
    async (request) => {
      requireResearcher(request);
      return services.review.accept(store, request.params.id, request.body);
    },
  );

  app.post<{ Params: ReviewParams; Body: DecisionBody }>(
    '/api/review/:id/reject',
    { schema: rejectRoute },
    async (request) => {
      requireResearcher(request);
      return services.review.reject(store, request.params.id, request.body);
    },
  );

  app.post<{ Params: ReviewParams; Body: EditBody }>('/api/review/:id/edit', { schema: editRoute }, async (request) => {
    requireResearcher(request);
    const { who, why, value, property, qualifiers, sensitivity } = request.body;
    return services.review.edit(store, request.params.id, {
      who,
      why,
      ...(property ? { property } : {}),
      ...(value ? { value: value as Value } : {}),
      ...(qualifiers ? { qualifiers } : {}),
      ...(sensitivity ? { sensitivity } : {}),
    });
  });
}
