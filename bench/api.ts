/**
 * @module API latency benchmark: boots the app over the real data set (in-memory SQLite, the
 * bundled `data/` plus the seed texts), listens on 127.0.0.1 on a random port, and runs
 * autocannon with 50 connections against one entity view for about 10 s. Prints p50/p99
 * latency and requests per second. Loopback only. Target: p99 < 20 ms.
 *
 * Run: `npm run bench:api` (options: `--seconds N`, `--connections N`, `--path /api/…`).
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildApp } from '../src/api/app.js';
import { loadDataset } from '../src/load/index.js';
import { SqliteStore } from '../src/store/index.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    path: { type: 'string', default: '/api/entities/instrument:cn-rs-extradition-2024' },
    /** Cache time-to-live in ms; 0 measures every request computed afresh. */
    'cache-ttl': { type: 'string', default: '2000' },
    /** @internal The child process that serves. */
    serve: { type: 'boolean', default: false },
  },
});

interface Ready {
  readonly port: number;
  readonly entities: number;
  readonly statements: number;
}

if (values.serve) {
  // The server runs in its own process so the load generator does not steal its event loop.
  const store = new SqliteStore({ path: ':memory:' });
  const loaded = await loadDataset(store);
  const app = buildApp({ store, apiKeys: new Map(), cache: { ttlMs: Number(values['cache-ttl']) } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ port, entities: loaded.entities, statements: loaded.statements } satisfies Ready);
  process.on('disconnect', () => void app.close().then(() => store.close()));
} else {
  const child = fork(import.meta.filename, ['--serve', '--cache-ttl', values['cache-ttl']], {
    execArgv: ['--import', 'tsx'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const url = `http://127.0.0.1:${ready.port}${values.path}`;
    const probe = await fetch(url);
    if (probe.status !== 200) throw new Error(`GET ${values.path} answered ${probe.status}`);
    const bytes = (await probe.arrayBuffer()).byteLength;
    console.log(
      `data set: ${ready.entities} entities, ${ready.statements} statements; body ${bytes} bytes; ` +
        `cache ttl ${values['cache-ttl']} ms`,
    );
    // Warm up (JIT, SQLite page cache), then measure.
    await autocannon({ url, connections: 10, duration: 2 });
    const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds) });
    const { latency, requests, non2xx, errors } = result;
    console.log(
      `GET ${values.path}: ${values.connections} connections, ${values.seconds} s, node ${process.version}, ` +
        `server and load generator in separate processes\n` +
        `  latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms\n` +
        `  throughput ${Math.round(requests.average)} req/s (total ${requests.total}), non-2xx ${non2xx}, errors ${errors}\n` +
        `  target p99 < 20 ms: ${latency.p99 < 20 ? 'met' : 'NOT met'}`,
    );
  } finally {
    child.disconnect();
  }
}
