/**
 * Cross-cutting HTTP behaviour: security headers, ETags and 304, problem+json for bad input
 * naming the field, roles from API keys, the response cache, and serving the web UI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseApiKeys, readEnvironment } from '../config/index.js';
import { roleResolver } from './auth.js';
import { CONTENT_SECURITY_POLICY, DOCS_CONTENT_SECURITY_POLICY } from './security.js';
import { testApp, type TestApp } from './test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

describe('security headers', () => {
  it.each(['/api/treaties', '/api/nothing', '/api/entities?limit=0', '/', '/api/docs/', '/elsewhere'])(
    'are on %s',
    async (url) => {
      const res = await t.app.inject(url);
      expect(res.headers['content-security-policy']).toBe(
        url.startsWith('/api/docs') ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it('forbid inline scripts, plugins, framing and other origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(DOCS_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('ETags', () => {
  it('are strong, stable, and answer If-None-Match with 304 and no body', async () => {
    const first = await t.app.inject('/api/treaties');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await t.app.inject('/api/treaties');
    expect(again.headers.etag).toBe(etag);
    const revalidated = await t.app.inject({ url: '/api/treaties', headers: { 'if-none-match': etag } });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.headers['content-security-policy']).toBeDefined();
    const other = await t.app.inject({ url: '/api/treaties', headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('differ when the body differs by role, and say they vary by Authorization', async () => {
    const pub = await t.call('public', { url: '/api/entities/case:fx-case' });
    const researcher = await t.call('researcher', { url: '/api/entities/case:fx-case' });
    expect(pub.headers.etag).not.toBe(researcher.headers.etag);
    expect(pub.headers.vary).toContain('Authorization');
    expect(pub.headers['cache-control']).toBe('no-cache');
    expect(researcher.headers['cache-control']).toBe('private, no-cache');
  });

  it('are computed fresh when the cache is off', async () => {
    const fresh = await testApp({ cache: { ttlMs: 0 } });
    const a = await fresh.app.inject('/api/map');
    const b = await fresh.app.inject({ url: '/api/map', headers: { 'if-none-match': a.headers.etag as string } });
    expect(b.statusCode).toBe(304);
    await fresh.close();
  });
});

describe('bad input', () => {
  it.each([
    ['/api/entities?limit=0', 'querystring.limit'],
    ['/api/entities?limit=abc', 'querystring.limit'],
    ['/api/entities?kind=planet', 'querystring.kind'],
    ['/api/treaties?as_of=May%202024', 'querystring.as_of'],
    ['/api/treaties?as_of=2024-02-30', 'as_of'],
    ['/api/timeline?from=2024-13', 'from'],
    ['/api/graph', 'querystring.entity'],
    ['/api/graph?entity=case:fx-case&depth=3', 'querystring.depth'],
    ['/api/search?q=', 'querystring.q'],
    ['/api/map?requesting=China', 'querystring.requesting'],
    ['/api/statements/not-an-id', 'params.id'],
    ['/api/countries/Serbia', 'params.code'],
  ])('%s is a 400 problem naming %s', async (url, field) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json<{ code: string; title: string; status: number; errors: { field: string }[] }>();
    expect(problem).toMatchObject({ code: 'invalid_input', status: 400 });
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(problem.title).toContain(field);
  });

  it('a bad JSON body is a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/assess',
      headers: { 'content-type': 'application/json' },
      payload: '{"host":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input' });
  });

  it('a missing body field is named', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/assess', payload: { host: 'RS' } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.requesting');
  });

  it('an unknown route is a 404 problem, an unexpected error a plain 500', async () => {
    const missing = await t.app.inject('/api/nothing/here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not_found', status: 404 });
    const broken = await testApp({
      services: {
        assess: {
          assess: () => Promise.reject(new Error('SELECT secret FROM somewhere failed')),
          render: () => '',
        },
      },
    });
    const res = await broken.app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { host: 'RS', requesting: 'CN' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal', title: 'internal error' });
    expect(res.body).not.toContain('secret');
    await broken.close();
  });
});

describe('roles', () => {
  it('are read from LONGARM_API_KEYS, and a malformed entry stops the server', () => {
    const env = readEnvironment({ LONGARM_API_KEYS: 'key-one-1234:researcher, key-two-5678:admin' });
    expect([...env.apiKeys]).toEqual([
      ['key-one-1234', 'researcher'],
      ['key-two-5678', 'admin'],
    ]);
    expect(parseApiKeys('short:admin,key-three-9999:public,nocolon').problems).toEqual([
      'LONGARM_API_KEYS entry 1: keys need at least 8 characters',
      'LONGARM_API_KEYS entry 2 must be KEY:researcher or KEY:admin',
      'LONGARM_API_KEYS entry 3 must be KEY:researcher or KEY:admin',
    ]);
    expect(() => readEnvironment({ LONGARM_API_KEYS: 'x:admin' })).toThrow(/LONGARM_API_KEYS/);
  });

  it('come from Bearer keys; anything else is public', () => {
    const resolve = roleResolver(
      new Map([
        ['k-researcher-1', 'researcher'],
        ['k-admin-000001', 'admin'],
      ]),
    );
    expect(resolve(undefined)).toBe('public');
    expect(resolve('Bearer k-researcher-1')).toBe('researcher');
    expect(resolve('bearer k-admin-000001')).toBe('admin');
    expect(resolve('Bearer k-researcher-2')).toBe('public');
    expect(resolve('Basic k-researcher-1')).toBe('public');
    expect(resolve('Bearer')).toBe('public');
  });

  it('gate review and ingestion with 403 problems', async () => {
    for (const caller of ['public', 'stranger'] as const) {
      const res = await t.call(caller, { url: '/api/review' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
    }
    expect((await t.call('admin', { url: '/api/review' })).statusCode).toBe(200);
  });
});

describe('pages', () => {
  it('serve the plain index page when the UI is not built', async () => {
    const res = await t.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('China–Serbia extradition treaty');
    expect(res.body).not.toContain('<script');
  });

  it('serve the built UI with a fallback to index.html for non-API paths', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'longarm-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>UI</title><script src="/app.js"></script>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const web = await testApp({ webDist: dist });
    const root = await web.app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>UI</title>');
    const script = await web.app.inject('/app.js');
    expect(script.headers['content-type']).toMatch(/javascript/);
    const deep = await web.app.inject('/countries/RS');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>UI</title>');
    const api = await web.app.inject('/api/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    await web.close();
  });
});
