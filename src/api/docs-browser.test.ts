/**
 * The API reference in a real browser: /api/docs renders every operation under the strict
 * Content-Security-Policy, with no violation reported and no request leaving the server.
 * Skipped where Chromium is not installed (`apt-get install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './test/factories.js';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('API reference in a browser', () => {
  let t: TestApp;
  let address: string;
  beforeAll(async () => {
    t = await testApp();
    address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => t.close());

  it('renders every operation with no CSP violation and no third-party request', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--headless=new'],
    });
    try {
      const page = await browser.newPage();
      const external: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(address) && !r.url().startsWith('data:')) external.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`${address}/api/docs/`);
      await page.waitForSelector('.opblock', { timeout: 15_000 });
      const doc = (await t.app.inject('/api/openapi.json')).json<{ paths: Record<string, object> }>();
      const operations = Object.values(doc.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
      expect(await page.locator('.opblock').count()).toBe(operations);
      expect(external).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
