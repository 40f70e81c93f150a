/**
 * @module `longarm ingest PATH…`: read documents (files and folders, recursive), store them and
 * propose candidate statements. A progress bar on a terminal, per-stage counts and timings, a
 * `--json` summary `{documents, duplicates, candidates, errors}`, whole documents per transaction
 * (idempotent and resumable), and `--retry-failed` for the files that failed last time.
 */
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import pc from 'picocolors';
import { readEnvironment } from '../config/index.js';
import { ERROR_CATALOGUE, LongarmError, type ErrorCode } from '../errors.js';
import { collectFiles, DEFAULT_LIMITS, defaultWorkers, ingestFiles, type ReadLimits } from '../ingest/index.js';
import { failuresPath, readFailures, updateFailures } from '../ingest/failures.js';
import { action, printJson, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface IngestCommandOptions extends CommonOptions {
  readonly retryFailed?: boolean;
  readonly maxSize?: string;
  readonly maxPages?: string;
  readonly timeout?: string;
  readonly progress?: boolean;
  readonly workers?: string;
  readonly restricted?: boolean;
}

function limitsFrom(options: IngestCommandOptions): ReadLimits {
  const num = (flag: string, v: string | undefined, fallback: number, scale = 1): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
      throw new LongarmError('invalid_input', `${flag} must be a positive number, got ${v}`);
    return n * scale;
  };
  return {
    maxBytes: num('--max-size', options.maxSize, DEFAULT_LIMITS.maxBytes, 1024 * 1024),
    maxPdfPages: num('--max-pages', options.maxPages, DEFAULT_LIMITS.maxPdfPages),
    maxUncompressedBytes: DEFAULT_LIMITS.maxUncompressedBytes,
    timeoutMs: num('--timeout', options.timeout, DEFAULT_LIMITS.timeoutMs, 1000),
  };
}

/** Registers `longarm ingest`. */
export function register(program: Command): void {
  withCommonOptions(
    program
      .command('ingest [paths...]')
      .description('read documents (txt, md, html, pdf, docx; folders recursively) and propose candidate statements')
      .option('--retry-failed', 're-run only the files that failed last time (plus any PATHs given)')
      .option('--max-size <MB>', 'largest file read', String(DEFAULT_LIMITS.maxBytes / 1048576))
      .option('--max-pages <n>', 'most PDF pages read', String(DEFAULT_LIMITS.maxPdfPages))
      .option('--timeout <seconds>', 'longest time reading one file', String(DEFAULT_LIMITS.timeoutMs / 1000))
      .option(
        '--workers <n>',
        'worker threads reading and extracting while the main thread stores, and extracts plain text when it waits (default: one per core but one; 0 runs all on the main thread, where a file stuck in a synchronous loop cannot be stopped)',
      )
      .option(
        '--restricted',
        'confidential documents: store every source of the batch (its text and statements) and the entities it proposes restricted, hidden from the public role',
      )
      .option('--no-progress', 'no progress bar'),
    { role: false },
  ).action(
    action(async (paths: string[], options: IngestCommandOptions) => {
      const env = readEnvironment();
      const failures = failuresPath(options.db, env.databaseUrl);
      const retry = options.retryFailed ? (await readFailures(failures)).map((f) => f.file) : [];
      if (!paths.length && !retry.length) {
        throw new LongarmError(
          'invalid_input',
          options.retryFailed ? 'no failed files to retry' : 'give at least one file or folder',
        );
      }
      const files = [...new Set([...retry, ...(await collectFiles(paths)).map((p) => resolve(p))])];
      const limits = limitsFrom(options);
      const workers = options.workers !== undefined ? Number(options.workers) : defaultWorkers();
      if (!Number.isInteger(workers) || workers < 0)
        throw new LongarmError('invalid_input', `--workers must be a whole number from 0, got ${options.workers}`);
      const tty = Boolean(process.stderr.isTTY) && !options.json && options.progress !== false;
      const bar = tty
        ? new cliProgress.SingleBar(
            {
              format: 'ingest |{bar}| {value}/{total} files | {candidates} candidates | ETA {eta_formatted} | {file}',
              stream: process.stderr,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      bar?.start(files.length, 0, { candidates: 0, file: '' });
      let candidates = 0;
      const started = performance.now();
      const report = await withStore(
        options,
        (store) =>
          ingestFiles(store, files, {
            limits,
            workers,
            shareExtraction: true,
            restricted: options.restricted === true,
            onProgress: (p) => {
              if (p.status === 'running') bar?.update({ file: p.file.slice(-40) });
              else {
                candidates += p.candidates ?? 0;
                bar?.increment(1, { candidates });
              }
            },
          }),
        true,
      );
      bar?.stop();
      const ms = Math.round(performance.now() - started);
      await updateFailures(failures, report.files);
      const errors = report.files
        .filter((f) => f.status === 'failed' && f.error)
        .map((f) => ({ file: f.file, code: f.error?.code ?? 'internal', message: f.error?.message ?? '' }));
      const first = errors[0];
      if (first)
        process.exitCode = ERROR_CATALOGUE[(first.code in ERROR_CATALOGUE ? first.code : 'internal') as ErrorCode].exit;
      if (options.json) {
        return printJson({
          documents: report.documents,
          duplicates: report.duplicates,
          candidates: report.candidates,
          errors,
          near_duplicates: report.nearDuplicates,
          bytes: report.bytes,
          ms,
          timings: report.timings,
        });
      }
      const mb = report.bytes / 1048576;
      console.log(
        `${report.documents} documents ingested, ${report.duplicates} duplicates skipped` +
          (report.nearDuplicates ? ` (${report.nearDuplicates} near-duplicates recorded)` : '') +
          `, ${report.candidates} candidate statements, ${errors.length} errors — ${mb.toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s`,
      );
      console.log(
        'stages (ms): ' +
          Object.entries(report.timings)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
      );
      for (const e of errors) process.stderr.write(`${pc.red('failed:')} ${e.message} [${e.code}]\n`);
      if (errors.length) console.log(`re-run only these with: longarm ingest --retry-failed (list in ${failures})`);
      if (report.candidates) console.log('review them with: longarm review list');
    }),
  );
}
