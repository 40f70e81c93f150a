/**
 * @module Schemas of `POST /api/ingest` (multipart upload) and `GET /api/ingest/:job`.
 */
import { z } from 'zod';
import { errorResponses, toSchema } from '../../schemas.js';

/** Path parameters. */
export const JobParamsSchema = z.object({ job: z.uuid().describe('job id from POST /api/ingest') });
/** What {@link JobParamsSchema} accepts, after defaults are applied. */
export type JobParams = z.infer<typeof JobParamsSchema>;

/** Shape of job. */
export const JobSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  created: z.string(),
  started: z.string().optional(),
  finished: z.string().optional(),
  files: z.array(
    z.object({
      name: z.string(),
      size: z.number().int(),
      status: z.enum(['pending', 'running', 'done', 'duplicate', 'failed']),
      stage: z.string().optional(),
      candidates: z.number().int().optional(),
      source: z.string().optional().describe('the source entity the file was stored as, once it is'),
      error: z.string().optional(),
    }),
  ),
  summary: z
    .object({
      documents: z.number().int(),
      duplicates: z.number().int(),
      candidates: z.number().int(),
      errors: z.number().int(),
    })
    .optional(),
  errors: z.array(z.string()),
});

/** Accepted upload types, by file name ending. */
export const INGEST_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

const UploadSchema = z.object({
  files: z.array(z.string().meta({ format: 'binary' })).describe(`documents: ${INGEST_EXTENSIONS.join(', ')}`),
  restricted: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: a confidential upload, its sources, texts and statements stored restricted'),
});

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const startIngestRoute = {
  summary: 'Upload documents to ingest',
  description:
    'multipart/form-data, one part per file. Needs a researcher or admin key. Returns a job to poll; ' +
    'candidates appear in GET /api/review.',
  tags: ['ingest'],
  security: [{ bearer: [] }],
  body: { content: { 'multipart/form-data': { schema: toSchema(UploadSchema) } } },
  response: { 202: toSchema(JobSchema), ...errorResponses(403, 413, 415) },
};

/** Fastify route schema: validates the request and documents the operation in OpenAPI. */
export const getJobRoute = {
  summary: 'Progress of an ingestion job',
  tags: ['ingest'],
  security: [{ bearer: [] }],
  params: toSchema(JobParamsSchema, 'input'),
  response: { 200: toSchema(JobSchema), ...errorResponses(403, 404) },
};
