/**
 * @module Schema of `POST /api/assess`.
 */
import { z } from 'zod';
import { AssessRequestSchema, BriefSchema } from '../../../assess/index.js';
import { errorResponses, toSchema } from '../../schemas.js';

/** Query parameters. */
export const AssessQuerySchema = z.object({
  format: z.enum(['json', 'md', 'html']).default('json').describe('json (default), md or html'),
});
/** What {@link AssessQuerySchema} accepts, after defaults are applied. */
export type AssessQuery = z.infer<typeof AssessQuerySchema>;

/** The request body: the assess module's own schema, so the CLI and the API accept the same thing. */
export const AssessBodySchema = AssessRequestSchema;
/** What {@link AssessBodySchema} accepts, after defaults are applied. */
export type AssessBody = z.infer<typeof AssessBodySchema>;

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
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
