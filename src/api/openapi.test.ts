/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked with @seriousme/openapi-schema-validator),
 * every operation with responses and a summary, and the problem document on error responses.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './test/factories.js';

interface Operation {
  readonly summary?: string;
  readonly responses?: Record<string, { content?: Record<string, unknown> }>;
  readonly security?: unknown;
}

let t: TestApp;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  t = await testApp();
  doc = (await t.app.inject('/api/openapi.json')).json();
});
afterAll(async () => t.close());

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and passes the official schema', async () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('gives every operation a summary and responses, errors as problem+json', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.summary, where).toBeTruthy();
        expect(Object.keys(op.responses ?? {}).length, where).toBeGreaterThan(0);
        if (path !== '/api/openapi.json')
          expect(Object.keys(op.responses?.['400']?.content ?? {}), where).toEqual(['application/problem+json']);
      }
    }
  });

  it('marks the routes that need a key', () => {
    expect(doc.paths['/api/review']?.get?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/ingest']?.post?.security).toEqual([{ bearer: [] }]);
  });

  it('is browsable at /api/docs from local files only', async () => {
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    const init = await t.app.inject('/api/docs/static/swagger-initializer.js');
    expect(init.statusCode).toBe(200);
    const bundle = await t.app.inject('/api/docs/static/swagger-ui-bundle.js');
    expect(bundle.statusCode).toBe(200);
  });
});
