/**
 * @module Schema of `GET /api/countries/:code`.
 */
import { z } from 'zod';
import { CountryCodeSchema, EntityKindSchema, errorResponses, PartialDateSchema, toSchema } from '../../schemas.js';
import { TreatyViewSchema } from '../treaties/schema.js';

/** Path parameters. */
export const CountryParamsSchema = z.object({ code: CountryCodeSchema });
/** What {@link CountryParamsSchema} accepts, after defaults are applied. */
export type CountryParams = z.infer<typeof CountryParamsSchema>;

/** Query parameters. */
export const CountryQuerySchema = z.object({
  as_of: PartialDateSchema.optional().describe('instrument status as of this date (default today)'),
});
/** What {@link CountryQuerySchema} accepts, after defaults are applied. */
export type CountryQuery = z.infer<typeof CountryQuerySchema>;

const ItemSchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string(),
  via: z.array(z.string()),
  summary: z.string(),
  category: z.enum(['patrol', 'police_station', 'surveillance', 'other']).optional(),
  date: z.string().optional(),
});

const CountsSchema = z.record(z.string(), z.number().int());

/** Shape of country view. */
export const CountryViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  asOf: z.string().nullable(),
  instruments: z.array(TreatyViewSchema),
  cases: z.array(ItemSchema),
  decisions: z.array(ItemSchema),
  programs: z.array(ItemSchema),
  projects: z.array(ItemSchema),
  others: z.array(ItemSchema),
  figures: z.array(
    z.object({
      statement: z.string(),
      property: z.string(),
      label: z.string(),
      display: z.string(),
      estimate: z.string().optional(),
      asOf: z.string().optional(),
      source: z.string(),
    }),
  ),
  exposure: z.object({
    instruments: z.number().int(),
    instrumentsByStatus: CountsSchema,
    instrumentsByType: CountsSchema,
    cases: z.number().int(),
    decisions: z.number().int(),
    programs: z.number().int(),
    programsByCategory: CountsSchema,
    projects: z.number().int(),
    statements: z.number().int(),
  }),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const countryRoute = {
  summary: 'A country page',
  description: 'Instruments and their timelines, cases, decisions, programs, projects, figures and exposure counts.',
  tags: ['countries'],
  params: toSchema(CountryParamsSchema, 'input'),
  querystring: toSchema(CountryQuerySchema, 'input'),
  response: { 200: toSchema(CountryViewSchema), ...errorResponses(404) },
};
