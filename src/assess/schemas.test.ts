/**
 * The published schemas are up to date with the zod schemas, and real briefs and the example
 * profiles validate against them with an independent validator (ajv, JSON Schema 2020-12).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSchemas } from '../../scripts/gen-schemas.js';
import { SEEDS_DIR } from '../config/paths.js';
import { loadDataset } from '../load/index.js';
import { SqliteStore } from '../store/index.js';
import { assess, BriefSchema, parseProfile, renderJson } from './index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (name: string): unknown => JSON.parse(readFileSync(resolve(ROOT, 'schemas', name), 'utf8'));

describe('published schemas', () => {
  it('match what scripts/gen-schemas.ts generates', async () => {
    for (const [name, text] of Object.entries(await renderSchemas())) {
      expect(
        readFileSync(resolve(ROOT, 'schemas', name), 'utf8'),
        `schemas/${name} is stale: run npx tsx scripts/gen-schemas.ts`,
      ).toBe(text);
    }
  });

  it('accept every example profile and reject a misspelt field', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(read('assess-profile.schema.json') as object);
    for (const name of readdirSync(resolve(ROOT, 'examples')).filter((n) => n.endsWith('.json'))) {
      const json = JSON.parse(readFileSync(resolve(ROOT, 'examples', name), 'utf8')) as unknown;
      expect(validate(json), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(() => parseProfile(json)).not.toThrow();
    }
    expect(validate({ nationalites: ['CN'] })).toBe(false);
  });

  describe('a --format json brief', () => {
    let store: SqliteStore;
    beforeAll(async () => {
      store = new SqliteStore({ path: ':memory:' });
      await loadDataset(store, { dataDir: resolve(ROOT, 'data'), textDirs: [SEEDS_DIR] });
    });

    it.each([
      ['RS', 'CN', 'uyghur-activist.json', 'public'],
      ['MA', 'CN', 'refugee-morocco.json', 'researcher'],
      ['CZ', 'HK', 'hk-activist.json', 'public'],
      ['ZZ', 'CN', 'unknown-profile.json', 'public'],
    ] as const)(
      '%s ← %s (%s, %s) validates against schemas/brief.schema.json',
      async (host, requesting, file, role) => {
        const profile = parseProfile(JSON.parse(readFileSync(resolve(ROOT, 'examples', file), 'utf8')));
        const brief = await assess(store, { host, requesting, profile }, role);
        const json = JSON.parse(renderJson(brief)) as unknown;
        const ajv = new Ajv2020({ strict: false, allErrors: true });
        const validate = ajv.compile(read('brief.schema.json') as object);
        expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
        expect(BriefSchema.safeParse(json).success).toBe(true);
      },
    );
  });
});
