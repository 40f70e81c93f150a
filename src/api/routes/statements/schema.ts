/**
 * @module Schema of `GET /api/statements/:id`.
 */
import { z } from 'zod';
import { errorResponses, StatementViewSchema, toSchema } from '../../schemas.js';

/** Path parameters. */
export const StatementParamsSchema = z.object({
  id: z
    .string()
    .regex(/^st_[0-9a-f]{24}$/)
    .describe('statement id: st_ and 24 hex digits'),
});
/** What {@link StatementParamsSchema} accepts, after defaults are applied. */
export type StatementParams = z.infer<typeof StatementParamsSchema>;

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const getStatementRoute = {
  summary: 'One statement with its source and evidence',
  tags: ['statements'],
  params: toSchema(StatementParamsSchema, 'input'),
  response: { 200: toSchema(StatementViewSchema), ...errorResponses(404) },
};
