import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const body = { host: 'RS', requesting: 'CN', as_of: '2025-10' };

describe('POST /api/assess', () => {
  it('returns the brief as JSON, run with the caller role', async () => {
    const pub = await t.call('public', { method: 'POST', url: '/api/assess', payload: body });
    expect(pub.json()).toMatchObject({ host: 'RS', requesting: 'CN', asOf: '2025-10', role: 'public' });
    const researcher = await t.call('researcher', { method: 'POST', url: '/api/assess', payload: body });
    expect(researcher.json()).toMatchObject({ role: 'researcher' });
  });

  it('renders Markdown and HTML', async () => {
    const md = await t.app.inject({ method: 'POST', url: '/api/assess?format=md', payload: body });
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toBe('# Brief RS / CN\n');
    const html = await t.app.inject({ method: 'POST', url: '/api/assess?format=html', payload: body });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('validates the body and the format', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/assess?format=pdf', payload: body });
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.format');
    const date = await t.app.inject({ method: 'POST', url: '/api/assess', payload: { ...body, as_of: 'soon' } });
    expect(date.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.as_of');
  });
});
