/**
 * @module `longarm export --format ndjson|csv|ftm`: the whole database, as the role may see it.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { LongarmError } from '../errors.js';
import { exportRecords, type ExportFormat } from '../transfer/index.js';
import { action, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface ExportOptions extends CommonOptions {
  readonly format: string;
  readonly out?: string;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('export')
      .description('export the whole database (restricted records only for roles that may see them)')
      .option('--format <format>', 'ndjson, csv or ftm', 'ndjson')
      .option('--out <file>', 'write to this file instead of stdout'),
  ).action(
    action(async (options: ExportOptions) => {
      if (!['ndjson', 'csv', 'ftm'].includes(options.format)) {
        throw new LongarmError('invalid_input', `--format must be ndjson, csv or ftm, got "${options.format}"`);
      }
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      await withStore(options, async (store) => {
        for await (const chunk of exportRecords(store, options.format as ExportFormat, roleOf(options))) {
          if (!out.write(chunk)) await once(out, 'drain');
        }
      });
      if (options.out) {
        out.end();
        await once(out, 'finish');
      }
    }),
  );
}
