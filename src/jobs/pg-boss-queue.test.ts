/**
 * @module The pg-boss queue against the job-queue contract on the local PostgreSQL server
 * (`TEST_DATABASE_URL`), each test with its own pg-boss schema, dropped afterwards. Fails when the
 * server is unreachable unless `LONGARM_SKIP_POSTGRES=1`.
 */
import { afterEach, describe, it } from 'vitest';
import { dropSchemas, postgresAvailability, TEST_DATABASE_URL, uniqueSchema } from '../store/postgres/test-database.js';
import { runJobQueueContract } from './contract.js';
import { PgBossJobQueue } from './pg-boss-queue.js';

const availability = await postgresAvailability();

if (availability.mode === 'fail') {
  const { message } = availability;
  describe('PgBossJobQueue', () => {
    it('needs a reachable PostgreSQL server', () => {
      throw new Error(message);
    });
  });
} else {
  const suite = availability.mode === 'skip' ? describe.skip : describe;
  suite('PgBossJobQueue', () => {
    const created: string[] = [];
    afterEach(async () => {
      await dropSchemas(created.splice(0));
    });
    runJobQueueContract('pg-boss', async () => {
      const schema = uniqueSchema('longarm_jobs');
      created.push(schema);
      return PgBossJobQueue.start({ url: TEST_DATABASE_URL, schema, retryLimit: 1, pollingIntervalSeconds: 0.5 });
    });
  });
}
