/**
 * @module Schema of `GET /api/graph`.
 */
import { z } from 'zod';
import { EntityIdSchema, EntityKindSchema, errorResponses, toSchema } from '../../schemas.js';

/** Query parameters. */
export const GraphQuerySchema = z.object({
  entity: EntityIdSchema.describe('the centre'),
  depth: z.number().int().min(1).max(2).default(1).describe('steps from the centre: 1 or 2'),
});
/** What {@link GraphQuerySchema} accepts, after defaults are applied. */
export type GraphQueryParams = z.infer<typeof GraphQuerySchema>;

/** Shape of graph. */
export const GraphSchema = z.object({
  center: z.string(),
  depth: z.number().int(),
  nodes: z.array(z.object({ id: z.string(), kind: EntityKindSchema, name: z.string(), depth: z.number().int() })),
  edges: z.array(
    z.object({
      source: z.string().describe('the statement entity'),
      target: z.string().describe('the entity its value points to'),
      property: z.string(),
      label: z.string(),
      statement: z.string(),
    }),
  ),
  truncated: z.boolean().describe('true when the node or edge cap cut the graph'),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const graphRoute = {
  summary: 'The neighbourhood of an entity',
  description: 'Nodes and edges from reference-valued statements, both directions, depth 1–2, capped.',
  tags: ['graph'],
  querystring: toSchema(GraphQuerySchema, 'input'),
  response: { 200: toSchema(GraphSchema), ...errorResponses(404) },
};
