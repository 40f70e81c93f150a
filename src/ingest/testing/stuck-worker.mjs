// A stand-in ingestion worker for pool tests: a file named "stuck…" spins forever in a
// synchronous loop, as a library might; any other file is answered at once.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  parentPort.postMessage({ id: task.id, started: true });
  if (task.file.startsWith('stuck')) for (;;);
  parentPort.postMessage({
    id: task.id,
    ok: false,
    error: { code: 'unsupported', message: `${task.file}: fake` },
    timings: {},
  });
});
