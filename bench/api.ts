/**
 * @module API latency benchmark: boots the app over the real data set (in-memory SQLite, the
 * bundled `data/` plus the seed texts), listens on 127.0.0.1 on a random port, and runs
 * autocannon with 50 connections against one entity view for about 10 s. Prints p50/p99
 * latency and requests per second. Loopback only. Target: p99 < 20 ms.
 *
 * Run: `npm run bench:api` (options: `--seconds N`, `--connections N`, `--path /api/…`).
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
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
  // Server-side time per request (request received to response written), to tell the server's own
  // latency from queueing in the load generator on a busy machine.
  const times: number[] = [];
  app.addHook('onResponse', async (_request, reply) => {
    times.push(reply.elapsedTime);
  });
  process.on('message', (m) => {
    if (m === 'reset') times.length = 0;
    if (m === 'report') process.send?.({ times: [...times].sort((a, b) => a - b) });
  });
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
    child.send('reset');
    const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds) });
    child.send('report');
    const { times } = await new Promise<{ times: number[] }>((resolve) =>
      child.once('message', (m) => resolve(m as { times: number[] })),
    );
    const at = (q: number): string => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);
    const { latency, requests, non2xx, errors } = result;
    console.log(
      `GET ${values.path}: ${values.connections} connections, ${values.seconds} s, node ${process.version}, ` +
        `server and load generator in separate processes\n` +
        `  latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms\n` +
        `  throughput ${Math.round(requests.average)} req/s (total ${requests.total}), non-2xx ${non2xx}, errors ${errors}\n` +
        `  server-side time per request: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (${times.length} requests)\n` +
        `  target p99 < 20 ms (client-side): ${latency.p99 < 20 ? 'met' : 'NOT met'}; load average ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')} on ${cpus().length} cores`,
    );
  } finally {
    child.disconnect();
  }
}
