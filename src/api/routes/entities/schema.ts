/**
 * @module Schemas of `GET /api/entities` and `GET /api/entities/:id`.
 */
import { z } from 'zod';
import {
  EntityKindSchema,
  EntitySchema,
  errorResponses,
  IdParamsSchema,
  PageQuerySchema,
  StatementViewSchema,
  toSchema,
} from '../../schemas.js';

/** Query parameters. */
export const ListEntitiesQuerySchema = PageQuerySchema.extend({
  kind: EntityKindSchema.optional().describe('only entities of this kind'),
});
/** What {@link ListEntitiesQuerySchema} accepts, after defaults are applied. */
export type ListEntitiesQuery = z.infer<typeof ListEntitiesQuerySchema>;

/** Shape of entity page. */
export const EntityPageSchema = z.object({
  items: z.array(EntitySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

/** Shape of entity view. */
export const EntityViewSchema = z.object({
  entity: EntitySchema,
  groups: z.array(
    z.object({
      property: z.string(),
      label: z.string(),
      statements: z.array(StatementViewSchema),
      conflicting: z.boolean().describe('current statements give values that cannot all be true'),
    }),
  ),
  referencedBy: z.array(StatementViewSchema),
});

/** What {@link IdParamsSchema} accepts, after defaults are applied. */
export type IdParams = z.infer<typeof IdParamsSchema>;

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const listEntitiesRoute = {
  summary: 'List entities',
  description: 'Entities the caller may see, by id, optionally of one kind; paged with the total.',
  tags: ['entities'],
  querystring: toSchema(ListEntitiesQuerySchema, 'input'),
  response: { 200: toSchema(EntityPageSchema), ...errorResponses() },
};

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const getEntityRoute = {
  summary: 'One entity with its statements and evidence',
  description:
    'Statements grouped by property, each with its source and the evidence span from the held text; ' +
    'conflicting values side by side; statements about other entities that point here.',
  tags: ['entities'],
  params: toSchema(IdParamsSchema, 'input'),
  response: { 200: toSchema(EntityViewSchema), ...errorResponses(404) },
};
