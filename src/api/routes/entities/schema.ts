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

export const ListEntitiesQuerySchema = PageQuerySchema.extend({
  kind: EntityKindSchema.optional().describe('only entities of this kind'),
});
export type ListEntitiesQuery = z.infer<typeof ListEntitiesQuerySchema>;

export const EntityPageSchema = z.object({
  items: z.array(EntitySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

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

export type IdParams = z.infer<typeof IdParamsSchema>;

export const listEntitiesRoute = {
  summary: 'List entities',
  description: 'Entities the caller may see, by id, optionally of one kind; paged with the total.',
  tags: ['entities'],
  querystring: toSchema(ListEntitiesQuerySchema, 'input'),
  response: { 200: toSchema(EntityPageSchema), ...errorResponses() },
};

export const getEntityRoute = {
  summary: 'One entity with its statements and evidence',
  description:
    'Statements grouped by property, each with its source and the evidence span from the held text; ' +
    'conflicting values side by side; statements about other entities that point here.',
  tags: ['entities'],
  params: toSchema(IdParamsSchema, 'input'),
  response: { 200: toSchema(EntityViewSchema), ...errorResponses(404) },
};
