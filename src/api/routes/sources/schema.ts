/**
 * @module Schemas of `GET /api/sources/:id` and `GET /api/sources/:id/text`.
 */
import { z } from 'zod';
import { errorResponses, SourceMetaSchema, toSchema } from '../../schemas.js';

/** Path parameters. */
export const SourceParamsSchema = z.object({
  id: z
    .string()
    .regex(/^source:[a-z0-9]+(?:[-.][a-z0-9]+)*$/)
    .describe('source id: source:seed-000-example'),
});
/** What {@link SourceParamsSchema} accepts, after defaults are applied. */
export type SourceParams = z.infer<typeof SourceParamsSchema>;

/** Shape of source view. */
export const SourceViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  source: SourceMetaSchema,
  textHeld: z.boolean().describe('the normalized text is stored and visible to the caller'),
  statements: z.number().int().describe('statements citing this source'),
  citedBy: z.array(z.string()).describe('sources that cite this one'),
});

/** Shape of source text. */
export const SourceTextSchema = z.object({ text: z.string().describe('the normalized text (NFC, \\n line ends)') });

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const getSourceRoute = {
  summary: 'Source metadata',
  tags: ['sources'],
  params: toSchema(SourceParamsSchema, 'input'),
  response: { 200: toSchema(SourceViewSchema), ...errorResponses(404) },
};

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const getSourceTextRoute = {
  summary: 'The held text of a source',
  description: 'Locators are UTF-16 offsets into this text. 404 when the text is not held or not visible.',
  tags: ['sources'],
  params: toSchema(SourceParamsSchema, 'input'),
  response: { 200: toSchema(SourceTextSchema), ...errorResponses(404) },
};
