/**
 * @module Schema of `POST /api/assess`.
 */
import { z } from 'zod';
import { BriefSchema, ProfileSchema } from '../../../assess/index.js';
import { CountryCodeSchema, errorResponses, PartialDateSchema, toSchema } from '../../schemas.js';

export const AssessQuerySchema = z.object({
  format: z.enum(['json', 'md', 'html']).default('json').describe('json (default), md or html'),
});
export type AssessQuery = z.infer<typeof AssessQuerySchema>;

export const AssessBodySchema = z.object({
  host: CountryCodeSchema.describe('the state holding the person'),
  requesting: CountryCodeSchema.describe('the state asking for them'),
  profile: ProfileSchema.optional().describe('what is known about the person (as for longarm assess --profile)'),
  as_of: PartialDateSchema.optional().describe('assess as of this date (default today)'),
});
export type AssessBody = z.infer<typeof AssessBodySchema>;

export const assessRoute = {
  summary: 'A screening brief',
  description:
    'Applicable protections, treaty status, precedents and risk flags for a host and requesting state, ' +
    'every line cited. JSON by default; format=md or format=html renders it.',
  tags: ['assess'],
  querystring: toSchema(AssessQuerySchema, 'input'),
  body: toSchema(AssessBodySchema, 'input'),
  response: {
    200: {
      description: 'the brief',
      content: {
        'application/json': { schema: toSchema(BriefSchema) },
        'text/markdown': { schema: { type: 'string' } },
        'text/html': { schema: { type: 'string' } },
      },
    },
    ...errorResponses(404),
  },
};
