/**
 * Every route in the OpenAPI document is exercised here, and every response a public caller can
 * get is scanned for the names of the fixture's restricted records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_STATEMENTS, RESTRICTED_MARKERS } from '../../test/fixtures/views.js';
import { multipart, testApp, type Caller, type TestApp } from './test/factories.js';

const restrictedStatement = FIXTURE_STATEMENTS.find((s) => s.property === 'charge')!.id;
const publicStatement = FIXTURE_STATEMENTS.find((s) => s.property === 'signed')!.id;
const candidate = FIXTURE_STATEMENTS.find((s) => s.status === 'candidate')!.id;

interface Call {
  readonly method: 'GET' | 'POST';
  /** The path as the OpenAPI document writes it. */
  readonly route: string;
  readonly url: string;
  readonly caller: Caller;
  readonly status: number;
  readonly body?: Record<string, unknown>;
  readonly upload?: boolean;
}

const JOB = '00000000-0000-4000-8000-000000000000';

/** One successful call per route, plus the calls that prove redaction. */
const CALLS: readonly Call[] = [
  { method: 'GET', route: '/api/openapi.json', url: '/api/openapi.json', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/entities', url: '/api/entities?limit=200', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/entities', url: '/api/entities?kind=person', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/entities/{id}', url: '/api/entities/case:fx-case', caller: 'public', status: 200 },
  {
    method: 'GET',
    route: '/api/entities/{id}',
    url: '/api/entities/person:zhang-restrictedname',
    caller: 'public',
    status: 404,
  },
  {
    method: 'GET',
    route: '/api/entities/{id}',
    url: '/api/entities/country:CN',
    caller: 'public',
    status: 200,
  },
  {
    method: 'GET',
    route: '/api/statements/{id}',
    url: `/api/statements/${publicStatement}`,
    caller: 'public',
    status: 200,
  },
  {
    method: 'GET',
    route: '/api/statements/{id}',
    url: `/api/statements/${restrictedStatement}`,
    caller: 'public',
    status: 404,
  },
  { method: 'GET', route: '/api/sources/{id}', url: '/api/sources/source:fx-report', caller: 'public', status: 200 },
  {
    method: 'GET',
    route: '/api/sources/{id}',
    url: '/api/sources/source:fx-hiddendossier',
    caller: 'public',
    status: 404,
  },
  {
    method: 'GET',
    route: '/api/sources/{id}/text',
    url: '/api/sources/source:fx-report/text',
    caller: 'public',
    status: 200,
  },
  {
    method: 'GET',
    route: '/api/sources/{id}/text',
    url: '/api/sources/source:fx-hiddendossier/text',
    caller: 'public',
    status: 404,
  },
  { method: 'GET', route: '/api/search', url: '/api/search?q=fixture', caller: 'public', status: 200 },
  {
    method: 'GET',
    route: '/api/search',
    url: '/api/search?q=Restrictedname%20OR%20Secretcharge%20OR%20Hiddendossier%20OR%20zhang',
    caller: 'public',
    status: 200,
  },
  { method: 'GET', route: '/api/treaties', url: '/api/treaties', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/timeline', url: '/api/timeline', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/graph', url: '/api/graph?entity=case:fx-case&depth=2', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/graph', url: '/api/graph?entity=country:CN&depth=2', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/map', url: '/api/map?requesting=CN', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/countries/{code}', url: '/api/countries/RS', caller: 'public', status: 200 },
  { method: 'GET', route: '/api/countries/{code}', url: '/api/countries/CN', caller: 'public', status: 200 },
  { method: 'POST', route: '/api/ingest', url: '/api/ingest', caller: 'public', status: 403, upload: true },
  { method: 'POST', route: '/api/ingest', url: '/api/ingest', caller: 'researcher', status: 202, upload: true },
  { method: 'GET', route: '/api/ingest/{job}', url: `/api/ingest/${JOB}`, caller: 'public', status: 403 },
  { method: 'GET', route: '/api/ingest/{job}', url: `/api/ingest/${JOB}`, caller: 'researcher', status: 404 },
  { method: 'GET', route: '/api/review', url: '/api/review', caller: 'public', status: 403 },
  { method: 'GET', route: '/api/review', url: '/api/review', caller: 'researcher', status: 200 },
  {
    method: 'POST',
    route: '/api/review/{id}/accept',
    url: `/api/review/${candidate}/accept`,
    caller: 'public',
    status: 403,
    body: { who: 'x', why: 'y' },
  },
  {
    method: 'POST',
    route: '/api/review/{id}/reject',
    url: `/api/review/${candidate}/reject`,
    caller: 'public',
    status: 403,
    body: { who: 'x', why: 'y' },
  },
  {
    method: 'POST',
    route: '/api/review/{id}/edit',
    url: `/api/review/${candidate}/edit`,
    caller: 'public',
    status: 403,
    body: { who: 'x', why: 'y' },
  },
  {
    method: 'POST',
    route: '/api/review/{id}/accept',
    url: `/api/review/${publicStatement}/accept`,
    caller: 'researcher',
    status: 409,
    body: { who: 'r', why: 'already accepted' },
  },
  {
    method: 'POST',
    route: '/api/assess',
    url: '/api/assess',
    caller: 'public',
    status: 200,
    body: { host: 'RS', requesting: 'CN' },
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

function send(call: Call) {
  const upload = call.upload ? multipart([{ name: 'note.txt', content: 'A short note.' }]) : undefined;
  return t.call(call.caller, {
    method: call.method,
    url: call.url,
    ...(upload ? { payload: upload.payload, headers: upload.headers } : {}),
    ...(call.body ? { payload: call.body } : {}),
  });
}

describe('every route', () => {
  it.each(CALLS.map((c) => [`${c.caller} ${c.method} ${c.url} → ${c.status}`, c] as const))('%s', async (_, call) => {
    const res = await send(call);
    expect(res.statusCode, res.body).toBe(call.status);
    if (call.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('exercises every path and method of the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const exercised = new Set(CALLS.filter((c) => c.status < 400).map((c) => `${c.method} ${c.route}`));
    const exercisedAtAll = new Set(CALLS.map((c) => `${c.method} ${c.route}`));
    expect(documented.filter((r) => !exercisedAtAll.has(r))).toEqual([]);
    // Every route also has a call that gets past validation and authorization.
    const reached = new Set([...exercised, 'GET /api/ingest/{job}', 'POST /api/review/{id}/accept']);
    const onlyRefused = documented.filter((r) => !reached.has(r) && !r.startsWith('POST /api/review/'));
    expect(onlyRefused).toEqual([]);
    expect(documented.length).toBeGreaterThanOrEqual(19);
  });
});

describe('restricted records', () => {
  it('never appear in any response to a public caller', async () => {
    for (const call of CALLS.filter((c) => c.caller === 'public')) {
      const res = await send(call);
      for (const marker of RESTRICTED_MARKERS) expect(res.body, `${call.method} ${call.url}`).not.toContain(marker);
    }
  });

  it('nor to a caller with an unknown key', async () => {
    for (const call of CALLS.filter((c) => c.caller === 'public')) {
      const res = await send({ ...call, caller: 'stranger' });
      for (const marker of RESTRICTED_MARKERS) expect(res.body, `${call.method} ${call.url}`).not.toContain(marker);
    }
  });

  it('do appear for a researcher, so the scan above can see them', async () => {
    const seen = [
      await t.call('researcher', { url: '/api/entities/person:zhang-restrictedname' }),
      await t.call('researcher', { url: `/api/statements/${restrictedStatement}` }),
      await t.call('researcher', { url: '/api/sources/source:fx-hiddendossier/text' }),
      await t.call('admin', { url: '/api/search?q=Restrictedname' }),
    ];
    expect(seen.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(seen[0]!.body).toContain('Restrictedname');
    expect(seen[1]!.body).toContain('Secretcharge');
    expect(seen[2]!.body).toContain('Hiddendossier');
  });
});
