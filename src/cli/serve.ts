/**
 * @module `longarm serve`: the HTTP API and web UI on localhost. `--load` loads the bundled
 * data set first when the database has none (what `npm start` does).
 */
import type { Command } from 'commander';
import { buildApp } from '../api/app.js';
import { readEnvironment } from '../config/index.js';
import { loadDataset } from '../load/index.js';
import { openStore } from '../store/index.js';
import { action, withCommonOptions, type CommonOptions } from './shared.js';

interface ServeOptions extends CommonOptions {
  readonly port?: string;
  readonly host?: string;
  readonly load?: boolean;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('serve the HTTP API and the web UI')
      .option('--port <port>', 'port (default: PORT or 8080)')
      .option('--host <host>', 'interface (default: HOST or 127.0.0.1)')
      .option('--load', 'load the bundled data set first if the database has no instruments'),
    { role: false },
  ).action(
    action(async (options: ServeOptions) => {
      const env = readEnvironment();
      const store = await openStore({ db: options.db, databaseUrl: env.databaseUrl });
      if (options.load) {
        const existing = await store.listEntities({ kind: 'instrument', limit: 1 }, 'admin');
        if (existing.length === 0) {
          const summary = await loadDataset(store);
          console.log(`loaded the bundled data set: ${summary.entities} entities, ${summary.statements} statements`);
        }
      }
      // Anonymous callers are always public; researchers and admins send an API key (LONGARM_API_KEYS).
      const app = buildApp({ store });
      const port = options.port ? Number(options.port) : env.port;
      const address = await app.listen({ port, host: options.host ?? env.host });
      console.log(`Longarm is serving on ${address}`);
      const stop = (): void => {
        void app.close().then(() => store.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
  );
}
