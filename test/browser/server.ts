/**
 * @module The real server for browser tests, screenshots and the web benchmark: the HTTP app
 * over an in-memory SQLite store loaded with the bundled data set (and the seed texts, so
 * evidence spans resolve), serving the built web UI from web/dist, on 127.0.0.1 and a free port.
 * Also builds the web UI when web/dist is missing, and launches Chromium as the tests do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildApp } from '../../src/api/app.js';
import { loadDataset } from '../../src/load/index.js';
import { SqliteStore } from '../../src/store/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIST = resolve(ROOT, 'web/dist');
export const CHROMIUM = '/usr/bin/chromium';
/** The researcher key the test server accepts. */
export const RESEARCHER_KEY = 'browser-test-researcher-key';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when web/dist holds a build newer than every file under web/src and web/index.html. */
function builtAndFresh(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  // The map bundles src/domain's status derivation, so domain changes rebuild too.
  return (
    built >= newestSource(resolve(ROOT, 'web/src')) &&
    built >= newestSource(resolve(ROOT, 'src/domain')) &&
    built >= statSync(resolve(ROOT, 'web/index.html')).mtimeMs
  );
}

/**
 * Builds the web UI (`npm run build:web`) unless web/dist already holds a build newer than its
 * sources. Test files run in parallel processes, so the build is guarded by a lock directory.
 */
export async function ensureWebBuilt(force = false): Promise<void> {
  if (!force && builtAndFresh()) return;
  const lock = join(tmpdir(), 'longarm-web-build.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`web build lock ${lock} held for 2 minutes; remove it if stale`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (force || !builtAndFresh()) execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface TestServer {
  readonly url: string;
  readonly store: SqliteStore;
  close(): Promise<void>;
}

/** Starts the real app over the bundled data set. */
export async function startServer(): Promise<TestServer> {
  const store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store);
  const app = buildApp({
    store,
    webDist: WEB_DIST,
    apiKeys: new Map([[RESEARCHER_KEY, 'researcher']]),
    cache: { ttlMs: 0 },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with an empty profile and the flags the project runs it with. */
export async function launchBrowser(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'longarm-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
