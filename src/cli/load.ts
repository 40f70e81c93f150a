/**
 * @module `longarm load`: load the bundled data set (idempotently).
 */
import type { Command } from 'commander';
import { loadDataset } from '../load/index.js';
import { action, printJson, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface LoadCommandOptions extends CommonOptions {
  readonly data?: string;
  readonly texts?: string[];
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('load')
      .description('load the bundled data set into the database (idempotent; all or nothing)')
      .option('--data <dir>', 'data folder (default: the bundled data/)')
      .option(
        '--texts <dir...>',
        'folders holding source texts, matched by sha256 (default: ../shared/seeds and ./sources)',
      ),
    { role: false },
  ).action(
    action(async (options: LoadCommandOptions) => {
      const started = performance.now();
      const summary = await withStore(options, (store) =>
        loadDataset(store, {
          ...(options.data ? { dataDir: options.data } : {}),
          ...(options.texts ? { textDirs: options.texts } : {}),
        }),
      );
      const ms = Math.round(performance.now() - started);
      if (options.json) return printJson({ ...summary, ms });
      console.log(
        `loaded ${summary.files} files: ${summary.entities} entities, ${summary.statements} statements ` +
          `(${summary.inserted} new), ${summary.sourceTexts} source texts in ${ms} ms`,
      );
      if (summary.missingTexts.length) {
        console.log(`source texts not found (evidence shows as not held): ${summary.missingTexts.join(', ')}`);
      }
    }),
  );
}
