/**
 * @module Schema of `GET /api/search`.
 */
import { z } from 'zod';
import { CountryCodeSchema, EntityKindSchema, errorResponses, PartialDateSchema, toSchema } from '../../schemas.js';

/** Query parameters. */
export const SearchQuerySchema = z.object({
  q: z.string().min(1).max(500).describe('words, "quoted phrase", OR, prefix*'),
  kind: EntityKindSchema.optional().describe('only hits of this kind'),
  country: CountryCodeSchema.optional().describe('only hits tied to this country'),
  from: PartialDateSchema.optional().describe('only hits with a date on or after this'),
  to: PartialDateSchema.optional().describe('only hits with a date on or before this'),
  source: z.string().max(200).optional().describe('only hits with a statement citing this source id'),
  limit: z.number().int().min(1).max(100).default(20).describe('page size (1–100)'),
  offset: z.number().int().min(0).max(500).default(0).describe('hits to skip'),
});
/** What {@link SearchQuerySchema} accepts, after defaults are applied. */
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

const FacetSchema = z.array(
  z.object({
    value: z.string(),
    count: z.number().int(),
    label: z.string().optional().describe("what to show for an id value (a source's title)"),
  }),
);

/** Shape of search result. */
export const SearchResultSchema = z.object({
  hits: z.array(
    z.object({
      entity: z.string(),
      kind: EntityKindSchema,
      name: z.string(),
      snippet: z
        .array(z.object({ text: z.string(), hit: z.boolean() }))
        .describe('plain-text parts; render as text, never HTML'),
      score: z.number(),
      countries: z.array(z.string()),
      dates: z.object({ from: z.string(), to: z.string() }).nullable(),
    }),
  ),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  facets: z.object({
    kind: FacetSchema,
    country: FacetSchema,
    year: FacetSchema,
    source: FacetSchema,
    dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  }),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const searchRoute = {
  summary: 'Full-text search with facets',
  description:
    'Ranked hits (bm25) with snippets, filtered by kind, country, date range and source. Each facet is ' +
    'counted over the hits matching the other filters.',
  tags: ['search'],
  querystring: toSchema(SearchQuerySchema, 'input'),
  response: { 200: toSchema(SearchResultSchema), ...errorResponses() },
};
