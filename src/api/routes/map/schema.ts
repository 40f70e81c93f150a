/**
 * @module Schema of `GET /api/map`.
 */
import { z } from 'zod';
import { CountryCodeSchema, errorResponses, PartialDateSchema, toSchema } from '../../schemas.js';

/** Query parameters. */
export const MapQuerySchema = z.object({
  requesting: CountryCodeSchema.default('CN').describe('the requesting state (default CN)'),
  type: z.string().max(60).optional().describe('only instruments of this type'),
  as_of: PartialDateSchema.optional().describe('status as of this date (default today)'),
});
/** What {@link MapQuerySchema} accepts, after defaults are applied. */
export type MapQueryParams = z.infer<typeof MapQuerySchema>;

const ProgramSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(['patrol', 'police_station', 'surveillance', 'other']),
  programTypes: z.array(z.string()),
});

/** Shape of map. */
export const MapSchema = z.object({
  requesting: z.string(),
  asOf: z.string().nullable(),
  type: z.string().nullable(),
  countries: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      instruments: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          types: z.array(z.string()),
          status: z.string(),
          label: z.string(),
        }),
      ),
      byType: z.array(
        z.object({
          type: z.string(),
          status: z.string().describe('the most advanced status among instruments of this type'),
          instruments: z.array(z.string()),
        }),
      ),
    }),
  ),
  points: z.array(
    z.object({
      city: z.string(),
      country: z.string(),
      lat: z.number(),
      lon: z.number(),
      programs: z.array(ProgramSchema),
    }),
  ),
  unplacedCities: z.array(z.string()).describe('cities the gazetteer does not know'),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const mapRoute = {
  summary: 'Map aggregates',
  description:
    'Per country, the instruments shared with the requesting state and their status as of a date, by type; ' +
    'plus the cities where programs (patrols, police service stations, camera deployments) operate.',
  tags: ['map'],
  querystring: toSchema(MapQuerySchema, 'input'),
  response: { 200: toSchema(MapSchema), ...errorResponses() },
};
