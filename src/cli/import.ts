/**
 * @module `longarm import FILE`: load an NDJSON export (all or nothing).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { LongarmError } from '../errors.js';
import { importNdjson } from '../transfer/index.js';
import { action, printJson, withCommonOptions, withStore, type CommonOptions } from './shared.js';

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('import')
      .description('import an NDJSON export into the database (all or nothing)')
      .argument('<file>', 'NDJSON file'),
    { role: false },
  ).action(
    action(async (file: string, options: CommonOptions) => {
      if (!existsSync(file)) throw new LongarmError('not_found', `no file ${file}`, { file });
      try {
        const summary = await withStore(
          options,
          (store) =>
            importNdjson(store, createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })),
          true,
        );
        if (options.json) return printJson(summary);
        console.log(
          `imported ${summary.entities} entities, ${summary.statements} statements, ${summary.sourceTexts} source texts, ${summary.reviews} reviews`,
        );
      } catch (e) {
        if (e instanceof LongarmError) throw new LongarmError(e.code, e.message, { ...e.details, file }, { cause: e });
        throw e;
      }
    }),
  );
}
