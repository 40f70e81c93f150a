import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_INGEST, multipart, testApp, type TestApp } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

interface Job {
  id: string;
  status: string;
  files: { name: string; status: string; candidates?: number; source?: string; error?: string }[];
  summary?: { documents: number; errors: number };
}

async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 100; i++) {
    const job = (await t.call('researcher', { url: `/api/ingest/${id}` })).json<Job>();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not finish');
}

describe('ingestion', () => {
  it('takes files, returns a job, and reports progress per file', async () => {
    const upload = multipart([
      { name: 'report.txt', content: 'Serbia signed a treaty in 2024.' },
      { name: 'bad.md', content: '\u0000' },
    ]);
    const res = await t.call('researcher', { method: 'POST', url: '/api/ingest', ...upload });
    expect(res.statusCode).toBe(202);
    const job = res.json<Job>();
    expect(res.headers.location).toBe(`/api/ingest/${job.id}`);
    expect(job.files.map((f) => f.name)).toEqual(['report.txt', 'bad.md']);
    const done = await finished(job.id);
    expect(done.status).toBe('done');
    expect(done.files).toEqual([
      expect.objectContaining({
        name: 'report.txt',
        status: 'done',
        candidates: 1,
        source: 'source:fake-report.txt',
      }),
      expect.objectContaining({ name: 'bad.md', status: 'failed', error: 'unreadable document' }),
    ]);
    expect(done.summary).toMatchObject({ documents: 1, errors: 1 });
  });

  it('passes restricted=true on to the ingestion of the whole upload', async () => {
    const seen: (boolean | undefined)[] = [];
    const app = await testApp({
      services: {
        ingest: {
          ingest: async (store, files, onProgress, options) => {
            seen.push(options?.restricted);
            return FAKE_INGEST.ingest(store, files, onProgress, options);
          },
        },
      },
    });
    for (const fields of [{ restricted: 'true' }, {}] as Record<string, string>[]) {
      const upload = multipart([{ name: 'memo.txt', content: 'A confidential memo.' }], fields);
      const res = await app.call('researcher', { method: 'POST', url: '/api/ingest', ...upload });
      expect(res.statusCode).toBe(202);
    }
    // Closing waits for the queued jobs.
    await app.close();
    expect(seen).toEqual([true, false]);
  });

  it('keeps only the base name of an uploaded file', async () => {
    const upload = multipart([{ name: '../../etc/evil.txt', content: 'x' }]);
    const res = await t.call('admin', { method: 'POST', url: '/api/ingest', ...upload });
    expect(res.json<Job>().files[0]!.name).toBe('evil.txt');
  });

  it('refuses other file types, empty uploads and other media types', async () => {
    const exe = await t.call('researcher', {
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'tool.exe', content: 'MZ' }]),
    });
    expect(exe.statusCode).toBe(415);
    const empty = await t.call('researcher', { method: 'POST', url: '/api/ingest', ...multipart([]) });
    expect(empty.statusCode).toBe(400);
    const json = await t.call('researcher', { method: 'POST', url: '/api/ingest', payload: { files: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses files over the upload limit with a 413 problem', async () => {
    const small = await testApp({ maxUploadBytes: 16 });
    const res = await small.call('researcher', {
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'big.txt', content: 'x'.repeat(64) }]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'too_large', status: 413 });
    await small.close();
  });
});
