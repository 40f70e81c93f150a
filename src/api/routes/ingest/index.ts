/**
 * @module `POST /api/ingest` (multipart upload → job) and `GET /api/ingest/:job` (progress per
 * file). Both need a researcher or admin key.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { LongarmError } from '../../../errors.js';
import { requireResearcher } from '../../auth.js';
import type { RouteContext } from '../../context.js';
import { notFound } from '../../problem.js';
import type { IngestFile } from '../../services.js';
import { IngestJobs } from './jobs.js';
import { getJobRoute, INGEST_EXTENSIONS, startIngestRoute, type JobParams } from './schema.js';

/** Registers the ingestion routes; returns the job registry (tests wait on it). */
export function registerIngestRoutes(app: FastifyInstance, { store, services, invalidate }: RouteContext): IngestJobs {
  const jobs = new IngestJobs(store, () => services.ingest, invalidate);
  // Closing the server waits for running jobs, so the store is not closed under them.
  app.addHook('onClose', async () => jobs.idle());

  app.post(
    '/api/ingest',
    {
      schema: startIngestRoute,
      // The handler streams the multipart parts itself; the body schema only documents them.
      validatorCompiler: () => () => true,
    },
    async (request, reply) => {
      requireResearcher(request);
      if (!request.isMultipart()) throw new LongarmError('unsupported', 'send the files as multipart/form-data');
      const folder = await mkdtemp(join(tmpdir(), 'longarm-upload-'));
      const files: IngestFile[] = [];
      let restricted = false;
      try {
        for await (const part of request.parts()) {
          // One form field: `restricted=true` stores the whole upload restricted (a confidential memo).
          if (part.type === 'field') {
            if (part.fieldname === 'restricted') restricted = part.value === 'true';
            continue;
          }
          // Keep only the base name: a client-chosen path must not escape the folder.
          const name = basename(part.filename || `file-${files.length + 1}`).replace(/[^\w.\- ]+/g, '_');
          if (!(INGEST_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
            throw new LongarmError('unsupported', `${name}: expected ${INGEST_EXTENSIONS.join(', ')}`, {
              file: name,
            });
          }
          // One folder per file keeps its own name (the pipeline titles sources by it) without clashes.
          const dir = join(folder, String(files.length + 1));
          await mkdir(dir);
          const path = join(dir, name);
          await pipeline(part.file, createWriteStream(path));
          if (part.file.truncated) throw new LongarmError('too_large', `${name} is larger than the upload limit`);
          files.push({ name, path, size: part.file.bytesRead });
        }
        if (files.length === 0)
          throw new LongarmError('invalid_input', 'files: no file in the upload', { record: 'files' });
      } catch (e) {
        await rm(folder, { recursive: true, force: true });
        throw e;
      }
      const job = jobs.start(files, folder, { restricted });
      return reply.status(202).header('location', `/api/ingest/${job.id}`).send(job);
    },
  );

  app.get<{ Params: JobParams }>('/api/ingest/:job', { schema: getJobRoute }, async (request) => {
    requireResearcher(request);
    const job = jobs.get(request.params.job);
    if (!job) throw notFound('ingestion job', request.params.job);
    return job;
  });
  return jobs;
}
