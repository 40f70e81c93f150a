/**
 * @module Schema of `GET /api/timeline`.
 */
import { z } from 'zod';
import {
  CountryCodeSchema,
  EntityIdSchema,
  EntityKindSchema,
  errorResponses,
  PartialDateSchema,
  toSchema,
} from '../../schemas.js';

/** Query parameters. */
export const TimelineQuerySchema = z.object({
  entity: EntityIdSchema.optional().describe('only events of this entity'),
  country: CountryCodeSchema.optional().describe('only events of entities tied to this country'),
  kind: EntityKindSchema.optional().describe('only events of entities of this kind'),
  from: PartialDateSchema.optional().describe('only events overlapping on or after this date'),
  to: PartialDateSchema.optional().describe('only events overlapping on or before this date'),
  limit: z.number().int().min(1).max(1000).default(500).describe('page size (1–1000)'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
/** What {@link TimelineQuerySchema} accepts, after defaults are applied. */
export type TimelineQueryParams = z.infer<typeof TimelineQuerySchema>;

/** Shape of timeline event. */
export const TimelineEventSchema = z.object({
  date: z.string().describe('as the source gives it: 2024, 2024-Q2, 2024-05, 2024-05-08'),
  precision: z.enum(['year', 'quarter', 'month', 'day']),
  start: z.string(),
  end: z.string(),
  entity: z.string(),
  entityName: z.string(),
  kind: EntityKindSchema,
  event: z.string(),
  label: z.string(),
  party: z.string().optional(),
  statement: z.string(),
  source: z.string(),
});

/** Shape of timeline result. */
export const TimelineResultSchema = z.object({
  events: z.array(TimelineEventSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const timelineRoute = {
  summary: 'Dated events, oldest first',
  tags: ['timeline'],
  querystring: toSchema(TimelineQuerySchema, 'input'),
  response: { 200: toSchema(TimelineResultSchema), ...errorResponses() },
};
