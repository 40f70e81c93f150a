/**
 * The API over the real services: a document uploaded through POST /api/ingest goes through the
 * ingestion pipeline into the review queue, and POST /api/assess runs the assess engine and its
 * renderers.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_ASSESS, PIPELINE_INGEST } from './services.js';
import { multipart, testApp, type TestApp } from './test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ services: { ingest: PIPELINE_INGEST, assess: ENGINE_ASSESS } });
});
afterAll(async () => t.close());

interface Job {
  id: string;
  status: string;
  files: { name: string; status: string; candidates?: number; error?: string }[];
  summary?: { documents: number; candidates: number; errors: number };
}

async function finished(id: string): Promise<Job> {
  for (let i = 0; i < 500; i++) {
    const job = (await t.call('researcher', { url: `/api/ingest/${id}` })).json<Job>();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job did not finish');
}

const REPORT =
  'Serbia and China signed an extradition treaty in Belgrade on 8 May 2024. ' +
  'Chinese police officers joined joint patrols in Novi Sad in September 2019.\n';

describe('ingestion through the API', () => {
  it('turns an uploaded document into candidates in the review queue', async () => {
    const before = (await t.call('researcher', { url: '/api/review?limit=200' })).json<{ total: number }>().total;
    const res = await t.call('researcher', {
      method: 'POST',
      url: '/api/ingest',
      ...multipart([
        { name: 'report.txt', content: REPORT },
        { name: 'empty.txt', content: '' },
      ]),
    });
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json<Job>().id);
    expect(job.status).toBe('done');
    expect(job.files[0]).toMatchObject({ name: 'report.txt', status: 'done' });
    expect(job.files[0]!.candidates).toBeGreaterThan(0);
    // Errors name the uploaded file, never the temporary path it was saved under.
    for (const f of job.files) expect(f.error ?? '').not.toContain('longarm-upload-');
    const after = (await t.call('researcher', { url: '/api/review?limit=200' })).json<{ total: number }>().total;
    expect(after - before).toBe(job.files[0]!.candidates);

    const again = await t.call('researcher', {
      method: 'POST',
      url: '/api/ingest',
      ...multipart([{ name: 'report-copy.txt', content: REPORT }]),
    });
    expect((await finished(again.json<Job>().id)).files[0]!.status).toBe('duplicate');
  });
});

describe('assessment through the API', () => {
  const body = { host: 'RS', requesting: 'CN', as_of: '2025-10', profile: { charges: [{ category: 'fraud' }] } };

  it('returns the brief as JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/assess', payload: body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'longarm.assess.brief', assessment_date: '2025-10', role: 'public' });
  });

  it('renders Markdown, and HTML whose own style is allowed by hash', async () => {
    const md = await t.app.inject({ method: 'POST', url: '/api/assess?format=md', payload: body });
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body.length).toBeGreaterThan(100);
    const html = await t.app.inject({ method: 'POST', url: '/api/assess?format=html', payload: body });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html.body)?.[1];
    if (style !== undefined) {
      const hash = createHash('sha256').update(style).digest('base64');
      expect(html.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
    }
    expect(html.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('names the profile field at fault', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { ...body, profile: { charges: [{ category: 'jaywalking' }] } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ title: string }>().title).toMatch(/charges/);
  });
});
