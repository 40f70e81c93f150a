import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TEXT } from '../../../../test/fixtures/views.js';
import { headersOf, testApp, type TestApp } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

describe('GET /api/sources/:id', () => {
  it('gives metadata, whether the text is held, and how much cites it', async () => {
    const res = await t.app.inject('/api/sources/source:fx-report');
    expect(res.json()).toMatchObject({
      id: 'source:fx-report',
      source: { title: 'Fixture report for the API', reliability: 'F6' },
      textHeld: true,
      citedBy: [],
    });
    expect(res.json<{ statements: number }>().statements).toBeGreaterThan(30);
  });

  it('is a 404 for an entity that is not a source', async () => {
    const res = await t.app.inject('/api/sources/source:nothing');
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/sources/:id/text', () => {
  it('returns the held normalized text that locators point into', async () => {
    const res = await t.app.inject({ url: '/api/sources/source:fx-report/text', headers: headersOf('researcher') });
    expect(res.json()).toEqual({ text: FIXTURE_TEXT });
  });

  it('masks the spans of restricted statements for the public, keeping every offset', async () => {
    const { text } = (await t.app.inject('/api/sources/source:fx-report/text')).json<{ text: string }>();
    expect(text).toHaveLength(FIXTURE_TEXT.length);
    // The restricted charge is evidenced by "an extradition to China": masked; public spans stay.
    expect(text).not.toContain('an extradition to China');
    expect(text).toContain('█'.repeat('an extradition to China'.length));
    expect(text).toContain('On 8 May 2024 Serbia and China signed an extradition treaty in Belgrade.');
  });
});
