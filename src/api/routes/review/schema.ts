/**
 * @module Schemas of the review queue: `GET /api/review` and `POST /api/review/:id/accept|reject|edit`.
 */
import { z } from 'zod';
import { errorResponses, PageQuerySchema, StatementViewSchema, toSchema, ValueSchema } from '../../schemas.js';
import { StatementParamsSchema } from '../statements/schema.js';

/** Re-exported for the routes and tests. */
export { StatementParamsSchema as ReviewParamsSchema };
/** What {@link StatementParamsSchema} accepts, after defaults are applied. */
export type ReviewParams = z.infer<typeof StatementParamsSchema>;

/** Query parameters. */
export const ReviewQuerySchema = PageQuerySchema.extend({
  source: z.string().min(1).max(200).optional().describe("only this source's candidates (a source entity id)"),
});
/** What {@link ReviewQuerySchema} accepts, after defaults are applied. */
export type ReviewQuery = z.infer<typeof ReviewQuerySchema>;

/** Shape of review page. */
export const ReviewPageSchema = z.object({
  items: z.array(StatementViewSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** Request body. */
export const DecisionBodySchema = z.object({
  who: z.string().max(200).regex(/\S/).describe('who decides (kept in the review log)'),
  why: z.string().max(2000).regex(/\S/).describe('why (kept in the review log)'),
});
/** What {@link DecisionBodySchema} accepts, after defaults are applied. */
export type DecisionBody = z.infer<typeof DecisionBodySchema>;

/** Request body. */
export const EditBodySchema = DecisionBodySchema.extend({
  value: ValueSchema.optional().describe('the corrected value'),
  property: z.string().max(60).optional().describe('the corrected property'),
  qualifiers: z.record(z.string(), z.unknown()).optional().describe('the corrected qualifiers'),
  sensitivity: z
    .enum(['public', 'restricted'])
    .optional()
    .describe('restricted hides the statement (and its span in the public text) from the public'),
});
/** What {@link EditBodySchema} accepts, after defaults are applied. */
export type EditBody = z.infer<typeof EditBodySchema>;

/** Shape of outcome. */
export const OutcomeSchema = z.object({
  statement: z.string(),
  status: z.enum(['candidate', 'accepted', 'rejected', 'disputed']),
  replacement: z.string().optional().describe('for edits: the statement that replaces the candidate'),
  acceptedEntities: z.array(z.string()).optional().describe('candidate entities the decision accepted'),
});

const security = [{ bearer: [] }];

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const listReviewRoute = {
  summary: 'Candidate statements awaiting review',
  tags: ['review'],
  security,
  querystring: toSchema(ReviewQuerySchema, 'input'),
  response: { 200: toSchema(ReviewPageSchema), ...errorResponses(403) },
};

function decisionRoute(summary: string, body: z.ZodType): Record<string, unknown> {
  return {
    summary,
    tags: ['review'],
    security,
    params: toSchema(StatementParamsSchema, 'input'),
    body: toSchema(body, 'input'),
    response: { 200: toSchema(OutcomeSchema), ...errorResponses(403, 404, 409) },
  };
}

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const acceptRoute = decisionRoute('Accept a candidate', DecisionBodySchema);
/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const rejectRoute = decisionRoute('Reject a candidate', DecisionBodySchema);
/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const editRoute = decisionRoute('Replace a candidate with a corrected statement', EditBodySchema);
