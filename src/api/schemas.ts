/**
 * @module Schemas shared by the routes: partial dates, ids, pagination, the problem document,
 * entities, statements and their evidence. Written once with zod 4; `toSchema` turns them into
 * the JSON Schema that Fastify validates requests with and that the OpenAPI document shows.
 */
import { z } from 'zod';
import { ENTITY_KINDS } from '../domain/index.js';

/** A JSON Schema object as Fastify and @fastify/swagger take it. */
export type JsonSchema = Record<string, unknown>;

/**
 * Converts a zod schema to JSON Schema (draft 7, which Fastify's validator speaks and OpenAPI 3.1
 * accepts), without the `$schema` marker. Request schemas use the input shape (defaults optional).
 */
export function toSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** A canonical partial date: `2024`, `2024-Q2`, `2024-05`, `2024-05-08`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:Q[1-4]|\d{2}(?:-\d{2})?))?$/)
  .describe('partial date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD');

/** `RS` or `country:RS`. */
export const CountryCodeSchema = z
  .string()
  .regex(/^(?:country:)?[A-Za-z]{2}$/)
  .describe('ISO 3166-1 alpha-2 code (RS) or country id (country:RS)');

/** A kind-prefixed entity id. */
export const EntityIdSchema = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[a-z]+:[A-Za-z0-9.-]+$/)
  .describe('entity id, kind-prefixed: instrument:cn-rs-extradition-2024');

/** Shape of entity kind. */
export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** `limit` and `offset` query parameters. */
export const PageQuerySchema = z.object({
  limit: z.number().int().min(1).max(200).default(50).describe('page size (1–200)'),
  offset: z.number().int().min(0).max(1_000_000).default(0).describe('items to skip'),
});

/** The problem document (RFC 9457) every error is rendered as. */
export const ProblemSchema = z
  .object({
    type: z.string().describe('urn:longarm:error:<code>'),
    title: z.string().describe('what went wrong, safe to show'),
    status: z.number().int(),
    code: z.enum([
      'invalid_input',
      'invalid_data',
      'not_found',
      'conflict',
      'too_large',
      'unsupported',
      'forbidden',
      'internal',
    ]),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('one entry per invalid field'),
  })
  .describe('application/problem+json');

/** Shape of value. */
export const ValueSchema = z
  .object({
    type: z.enum(['text', 'number', 'money', 'date', 'ref', 'unknown', 'none']),
    text: z.string().optional(),
    amount: z.number().optional(),
    unit: z.string().optional(),
    currency: z.string().optional(),
    date: z.string().optional(),
    id: z.string().optional(),
  })
  .describe('typed value');

/** Shape of source meta. */
export const SourceMetaSchema = z.looseObject({
  title: z.string(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  published: z.string().optional(),
  language: z.string().optional(),
  sha256: z.string().optional(),
  reliability: z.string().optional(),
});

/** Shape of entity. */
export const EntitySchema = z.object({
  id: z.string(),
  kind: EntityKindSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  sensitivity: z.enum(['public', 'restricted']),
  status: z.literal('candidate').optional(),
  source: SourceMetaSchema.optional(),
});

/** Shape of statement. */
export const StatementSchema = z.looseObject({
  id: z.string(),
  entity: z.string(),
  property: z.string(),
  value: ValueSchema,
  qualifiers: z.record(z.string(), z.unknown()),
  source: z.string(),
  locator: z.object({ sha256: z.string(), start: z.number().int(), end: z.number().int() }).nullable(),
  pinpoint: z.string().optional(),
  status: z.enum(['candidate', 'accepted', 'rejected', 'disputed']),
  rank: z.enum(['preferred', 'normal', 'deprecated']),
  sensitivity: z.enum(['public', 'restricted']),
  supersedes: z.string().optional(),
  recorded_at: z.string(),
  recorded_by: z.string(),
});

/** Shape of evidence. */
export const EvidenceSchema = z.object({
  status: z.enum(['verified', 'mismatch', 'text_not_held', 'pinpoint']),
  before: z.string().optional(),
  quote: z.string().optional(),
  after: z.string().optional(),
  pinpoint: z.string().optional(),
});

/** Shape of source ref. */
export const SourceRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string().optional(),
  published: z.string().optional(),
  reliability: z.string().optional(),
});

/** Shape of statement view. */
export const StatementViewSchema = z.object({
  statement: StatementSchema,
  display: z.string(),
  source: SourceRefSchema,
  evidence: EvidenceSchema,
  supersededBy: z.string().optional(),
});

/** Responses every route may give besides its own. */
export function errorResponses(...statuses: number[]): Record<string, JsonSchema> {
  const schema = toSchema(ProblemSchema);
  return Object.fromEntries(
    [400, 500, ...statuses].map((s) => [
      String(s),
      { description: 'problem', content: { 'application/problem+json': { schema } } },
    ]),
  );
}

/** The `id` path parameter. */
export const IdParamsSchema = z.object({ id: EntityIdSchema });
