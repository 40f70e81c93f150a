/**
 * @module Ingestion: drop documents (or choose them), each uploads on its own with a progress
 * bar, then its job is polled for the pipeline stage, the candidates found, and errors.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { api, ApiError, uploadFile, type JobFileStatus } from '../api';
import { KeyForm } from '../key';
import { Link } from '../router';
import { useTitle } from '../ui';

const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'];
const MAX_BYTES = 25 * 1024 * 1024;

interface Upload {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  progress: number;
  status: 'uploading' | 'queued' | JobFileStatus;
  stage?: string;
  candidates?: number;
  source?: string;
  error?: string;
  job?: string;
}

function size(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const STATUS_TEXT: Readonly<Record<Upload['status'], string>> = {
  uploading: 'uploading',
  queued: 'queued',
  pending: 'waiting',
  running: 'reading',
  done: 'done',
  duplicate: 'already held (duplicate)',
  failed: 'failed',
};

export default function IngestView() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const [restricted, setRestricted] = useState(false);
  const [, setKeyTick] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const counter = useRef(0);
  useTitle('Ingest');

  const update = (key: string, change: Partial<Upload>): void =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const start = (files: readonly File[]): void => {
    const fresh: { u: Upload; file: File }[] = files.map((file) => {
      const ext = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
      const u: Upload = {
        key: `u${++counter.current}`,
        name: file.name,
        size: file.size,
        progress: 0,
        status: 'uploading',
      };
      if (!EXTENSIONS.includes(ext)) {
        u.status = 'failed';
        u.error = `not a supported type: expected ${EXTENSIONS.join(', ')}`;
      } else if (file.size > MAX_BYTES) {
        u.status = 'failed';
        u.error = `larger than the ${size(MAX_BYTES)} upload limit`;
      }
      return { u, file };
    });
    setUploads((list) => [...fresh.map((f) => f.u), ...list]);
    for (const { u, file } of fresh) {
      if (u.status === 'failed') continue;
      uploadFile(file, (p) => update(u.key, { progress: p }), { restricted }).then(
        (job) => update(u.key, { progress: 1, status: 'queued', job: job.id }),
        (e: unknown) =>
          update(u.key, {
            status: 'failed',
            error:
              e instanceof ApiError ? (e.status === 403 ? `${e.message} — enter a key above` : e.message) : String(e),
          }),
      );
    }
  };

  // Poll running jobs.
  const active = uploads.filter((u) => u.job && !['done', 'duplicate', 'failed'].includes(u.status));
  const activeKey = active.map((u) => u.key).join(',');
  useEffect(() => {
    if (!activeKey) return undefined;
    const timer = setInterval(() => {
      for (const u of active) {
        if (!u.job) continue;
        api.job(u.job).then(
          (job) => {
            const f = job.files[0];
            if (job.status === 'failed') {
              update(u.key, { status: 'failed', error: job.errors.join('; ') || f?.error || 'ingestion failed' });
            } else if (f) {
              update(u.key, {
                status: job.status === 'done' && f.status === 'pending' ? 'done' : f.status,
                ...(f.stage ? { stage: f.stage } : {}),
                ...(f.candidates !== undefined ? { candidates: f.candidates } : {}),
                ...(f.source ? { source: f.source } : {}),
                ...(f.error ? { error: f.error } : {}),
              });
            }
          },
          (e: unknown) => update(u.key, { status: 'failed', error: e instanceof Error ? e.message : String(e) }),
        );
      }
    }, 600);
    return () => clearInterval(timer);
    // `active` is derived from uploads and named by activeKey.
  }, [activeKey]);

  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setOver(false);
    start([...e.dataTransfer.files]);
  };

  return (
    <div>
      <h1>Ingest documents</h1>
      <KeyForm onChange={() => setKeyTick((t) => t + 1)} />
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>
          Drop documents here ({EXTENSIONS.join(', ')}; up to {size(MAX_BYTES)} each), or{' '}
          <button type="button" className="primary" onClick={() => input.current?.click()}>
            choose files
          </button>
        </p>
        <label className="visually-hidden" htmlFor="files">
          Documents to ingest
        </label>
        <input
          id="files"
          ref={input}
          type="file"
          multiple
          accept={EXTENSIONS.join(',')}
          className="visually-hidden"
          onChange={(e) => {
            start([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <p className="muted">
          Each document is read, split into sentences and mined for candidate facts, which wait in the review queue.
        </p>
      </div>
      <label className="field">
        <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
        <span>Confidential: store these documents, their text and their facts as restricted</span>
      </label>
      {uploads.length > 0 && (
        <section aria-labelledby="uploads-h">
          <h2 id="uploads-h">Uploads</h2>
          <ul className="uploads" aria-live="polite">
            {uploads.map((u) => (
              <li key={u.key} data-status={u.status}>
                <strong>{u.name}</strong> <span className="muted">({size(u.size)})</span>{' '}
                {u.status === 'uploading' ? (
                  <progress max={1} value={u.progress} aria-label={`Upload of ${u.name}`}>
                    {Math.round(u.progress * 100)}%
                  </progress>
                ) : null}{' '}
                <span className={`badge ${u.status === 'failed' ? 'bad' : u.status === 'done' ? 'ok' : ''}`}>
                  {STATUS_TEXT[u.status]}
                  {u.status === 'uploading' ? ` ${Math.round(u.progress * 100)}%` : ''}
                </span>
                {u.stage && u.status === 'running' && <span className="muted"> · stage: {u.stage}</span>}
                {u.candidates !== undefined && (
                  <span>
                    {' '}
                    · {u.candidates} candidate{u.candidates === 1 ? '' : 's'} —{' '}
                    <Link to={u.source ? `/review?source=${encodeURIComponent(u.source)}` : '/review'}>
                      review them
                    </Link>
                  </span>
                )}
                {u.error && (
                  <p className="error" role="alert">
                    {u.error}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
