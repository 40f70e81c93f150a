/**
 * @module Test factories for the API: an app over the inline fixture store, callers by role
 * (public, researcher, admin) with their Authorization headers, fake ingestion and assessment
 * services, and a multipart body builder.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { viewsFixtureStore } from '../../../test/fixtures/views.js';
import type { SqliteStore } from '../../store/index.js';
import { buildApp, type AppOptions } from '../app.js';
import type { AssessService, IngestService, Services } from '../services.js';

export const RESEARCHER_KEY = 'researcher-key-0123';
export const ADMIN_KEY = 'admin-key-0123456';

/** Who calls: no key, a researcher key, an admin key, or a key nobody issued. */
export type Caller = 'public' | 'researcher' | 'admin' | 'stranger';

/** Authorization headers of a caller. */
export function headersOf(caller: Caller): Record<string, string> {
  switch (caller) {
    case 'public':
      return {};
    case 'researcher':
      return { authorization: `Bearer ${RESEARCHER_KEY}` };
    case 'admin':
      return { authorization: `Bearer ${ADMIN_KEY}` };
    case 'stranger':
      return { authorization: 'Bearer not-a-key-at-all' };
  }
}

/** An ingestion service that reports each file and counts one candidate per file. */
export const FAKE_INGEST: IngestService = {
  async ingest(_store, files, onProgress) {
    let errors = 0;
    for (const f of files) {
      onProgress({ file: f.name, status: 'running', stage: 'read' });
      if (f.name.startsWith('bad')) {
        errors++;
        onProgress({ file: f.name, status: 'failed', error: 'unreadable document' });
      } else {
        onProgress({ file: f.name, status: 'done', candidates: 1, source: `source:fake-${f.name}` });
      }
    }
    return { documents: files.length - errors, duplicates: 0, candidates: files.length - errors, errors };
  },
};

/** An assessment service that echoes the request and the role it ran as. */
export const FAKE_ASSESS: AssessService = {
  async assess(_store, request, role) {
    return { host: request.host, requesting: request.requesting, asOf: request.asOf ?? null, role, findings: [] };
  },
  render(brief, format) {
    const b = brief as { host: string; requesting: string };
    return format === 'md' ? `# Brief ${b.host} / ${b.requesting}\n` : `<h1>Brief ${b.host} / ${b.requesting}</h1>`;
  },
};

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: SqliteStore;
  /** Sends a request as a caller. */
  call(caller: Caller, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Boots the app over a fresh fixture store with fake ingestion and assessment. */
export async function testApp(options: Partial<AppOptions> & { services?: Partial<Services> } = {}): Promise<TestApp> {
  const store = await viewsFixtureStore();
  const app = buildApp({
    store,
    apiKeys: new Map([
      [RESEARCHER_KEY, 'researcher'],
      [ADMIN_KEY, 'admin'],
    ]),
    webDist: '/nonexistent',
    ...options,
    services: { ingest: FAKE_INGEST, assess: FAKE_ASSESS, ...options.services },
  });
  await app.ready();
  return {
    app,
    store,
    call: (caller, request) =>
      app.inject({ ...request, headers: { ...headersOf(caller), ...(request.headers ?? {}) } }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** A multipart/form-data body with one part per file. */
export function multipart(
  files: readonly { name: string; content: string }[],
  fields: Readonly<Record<string, string>> = {},
): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = '----longarm-test-boundary';
  const parts = files.map(
    (f) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
      `Content-Type: application/octet-stream\r\n\r\n${f.content}\r\n`,
  );
  for (const [name, value] of Object.entries(fields)) {
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  return {
    payload: Buffer.from(parts.join('') + `--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
