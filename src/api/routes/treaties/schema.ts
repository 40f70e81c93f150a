/**
 * @module Schema of `GET /api/treaties`.
 */
import { z } from 'zod';
import { CountryCodeSchema, errorResponses, PartialDateSchema, toSchema, ValueSchema } from '../../schemas.js';

/** Query parameters. */
export const TreatiesQuerySchema = z.object({
  party: CountryCodeSchema.optional().describe('only instruments this state is party to'),
  type: z.string().max(60).optional().describe('instrument type, e.g. extradition'),
  as_of: PartialDateSchema.optional().describe('derive the status as of this date (default today)'),
});
/** What {@link TreatiesQuerySchema} accepts, after defaults are applied. */
export type TreatiesQuery = z.infer<typeof TreatiesQuerySchema>;

const StatusSchema = z.enum([
  'unknown',
  'negotiated',
  'signed',
  'ratified',
  'ratified_by_some',
  'in_force',
  'rejected',
  'suspended',
  'terminated',
]);

/** Shape of treaty view. */
export const TreatyViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  types: z.array(z.string()),
  parties: z.array(z.string()),
  status: z.looseObject({
    asOf: z.string(),
    overall: StatusSchema,
    overallParties: z.array(z.string()),
    parties: z.array(z.looseObject({ party: z.string(), status: StatusSchema })),
    conflicts: z.array(
      z.object({
        event: z.string(),
        party: z.string().nullable(),
        statements: z.array(z.string()),
        reason: z.string(),
      }),
    ),
  }),
  label: z.string().describe('the status for people: "signed; ratified by CN; not in force"'),
  events: z.array(
    z.object({
      statement: z.string(),
      event: z.string(),
      party: z.string().nullable(),
      value: ValueSchema,
      asOf: z.string().optional(),
      source: z.string(),
      locator: z.object({ sha256: z.string(), start: z.number(), end: z.number() }).nullable(),
      pinpoint: z.string().optional(),
    }),
  ),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const treatiesRoute = {
  summary: 'Instruments with derived status',
  description: 'Status per party and overall, derived from dated lifecycle events as of a date; never typed in.',
  tags: ['treaties'],
  querystring: toSchema(TreatiesQuerySchema, 'input'),
  response: { 200: toSchema(z.array(TreatyViewSchema)), ...errorResponses() },
};
