/**
 * @module `longarm search QUERY`: ranked hits with snippets.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { isEntityKind, type EntityKind } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { action, printJson, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface SearchCommandOptions extends CommonOptions {
  readonly kind?: string[];
  readonly limit: string;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('search')
      .description('full-text search over entities, statements and their evidence')
      .argument('<query...>', 'words ("quoted phrase", OR, prefix*)')
      .option('--kind <kind...>', 'only these entity kinds')
      .option('--limit <n>', 'at most this many hits', '20'),
  ).action(
    action(async (words: string[], options: SearchCommandOptions) => {
      const kinds = options.kind ?? [];
      for (const k of kinds)
        if (!isEntityKind(k)) throw new LongarmError('invalid_input', `--kind: unknown kind "${k}"`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new LongarmError('invalid_input', '--limit must be a positive whole number');
      const hits = await withStore(options, (store) =>
        store.search(
          words.join(' '),
          { ...(kinds.length ? { kind: kinds as EntityKind[] } : {}), limit },
          roleOf(options),
        ),
      );
      if (options.json) return printJson(hits);
      if (hits.length === 0) return console.log('no hits');
      for (const hit of hits) {
        console.log(`${pc.bold(hit.name)}  ${pc.dim(hit.entity)}`);
        console.log(
          '  ' +
            hit.snippet
              .map((p) => (p.hit ? pc.yellow(p.text) : p.text))
              .join('')
              .replace(/\s+/g, ' '),
        );
      }
    }),
  );
}
