/**
 * @module In-process ingestion jobs: uploaded files are saved to a private temporary folder,
 * ingested in the background one job at a time, and their progress is kept per file for
 * `GET /api/ingest/:job`. Finished jobs are kept for an hour, then forgotten with their files.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Store } from '../../../store/index.js';
import type { IngestFile, IngestProgress, IngestService, IngestSummary } from '../../services.js';

/** Where an ingestion job is. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** One uploaded file of a job and how far it got. */
export interface JobFile {
  readonly name: string;
  readonly size: number;
  status: 'pending' | IngestProgress['status'];
  stage?: string;
  candidates?: number;
  /** The source entity the file was stored as, once it is. */
  source?: string;
  error?: string;
}

/** An ingestion job as `GET /api/ingest/:job` shows it. */
export interface IngestJob {
  readonly id: string;
  status: JobStatus;
  readonly created: string;
  started?: string;
  finished?: string;
  readonly files: JobFile[];
  summary?: IngestSummary;
  /** Job-level errors (a failed pipeline); per-file errors sit on the files. */
  readonly errors: string[];
}

/** How long a finished job stays visible. */
const KEEP_MS = 60 * 60 * 1000;

/** The jobs of one server. */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly service: () => IngestService,
    private readonly onFinished: () => void = () => {},
  ) {}

  /** Queues the files; returns the job at once. `folder` is removed when the job ends. */
  start(files: readonly IngestFile[], folder: string, options: { readonly restricted?: boolean } = {}): IngestJob {
    const job: IngestJob = {
      id: randomUUID(),
      status: 'queued',
      created: new Date().toISOString(),
      files: files.map((f) => ({ name: f.name, size: f.size, status: 'pending' })),
      errors: [],
    };
    this.jobs.set(job.id, job);
    // A job that fails in an unexpected way must not stop the jobs queued after it.
    this.queue = this.queue
      .then(() => this.run(job, files, folder, options))
      .catch((e: unknown) => {
        job.status = 'failed';
        job.errors.push(e instanceof Error ? e.message : String(e));
      });
    return job;
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when every queued job has finished (for tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(
    job: IngestJob,
    files: readonly IngestFile[],
    folder: string,
    options: { readonly restricted?: boolean },
  ): Promise<void> {
    job.status = 'running';
    job.started = new Date().toISOString();
    try {
      job.summary = await this.service().ingest(
        this.store,
        files,
        (p) => {
          const file = job.files.find((f) => f.name === p.file);
          if (!file) return;
          file.status = p.status;
          if (p.stage !== undefined) file.stage = p.stage;
          if (p.candidates !== undefined) file.candidates = p.candidates;
          if (p.source !== undefined) file.source = p.source;
          if (p.error !== undefined) file.error = p.error;
        },
        options,
      );
      job.status = 'done';
    } catch (e) {
      job.status = 'failed';
      job.errors.push(e instanceof Error ? e.message : String(e));
    } finally {
      job.finished = new Date().toISOString();
      this.onFinished();
      await rm(folder, { recursive: true, force: true });
      setTimeout(() => this.jobs.delete(job.id), KEEP_MS).unref();
    }
  }
}
