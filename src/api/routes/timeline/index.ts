/**
 * @module `GET /api/timeline`: dated events with their statements and sources.
 */
import type { FastifyInstance } from 'fastify';
import { timeline } from '../../../query/index.js';
import type { RouteContext } from '../../context.js';
import { timelineRoute, type TimelineQueryParams } from './schema.js';

/** Registers the timeline route. */
export function registerTimelineRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: TimelineQueryParams }>('/api/timeline', { schema: timelineRoute }, async (request) => {
    const { limit, offset, ...filters } = request.query;
    const events = await timeline(store, filters, request.role);
    return { events: events.slice(offset, offset + limit), total: events.length, limit, offset };
  });
}
