/**
 * @module Ingestion in the shape the HTTP API's `IngestService` expects: uploaded files in, a
 * summary out, progress per file on the way.
 */
import type { Store } from '../store/index.js';
import { ingestFiles, type FileProgress } from './pipeline.js';

/** The summary the API reports for a job (errors as a count; the files carry the messages). */
export interface IngestServiceSummary {
  readonly documents: number;
  readonly duplicates: number;
  readonly candidates: number;
  readonly errors: number;
}

/** Binds `ingestFiles` to the API's service interface. */
export const INGEST_SERVICE = {
  async ingest(
    store: Store,
    files: readonly { readonly name: string; readonly path: string }[],
    onProgress: (progress: FileProgress) => void,
  ): Promise<IngestServiceSummary> {
    const names = new Map(files.map((f) => [f.path, f.name]));
    const report = await ingestFiles(
      store,
      files.map((f) => f.path),
      {
        onProgress: (p) =>
          onProgress({
            ...p,
            file: names.get(p.file) ?? p.file,
            ...(p.error ? { error: p.error.replaceAll(p.file, names.get(p.file) ?? p.file) } : {}),
          }),
      },
    );
    return {
      documents: report.documents,
      duplicates: report.duplicates,
      candidates: report.candidates,
      errors: report.failed,
    };
  },
};
