/**
 * @module `longarm assess`: a cited screening brief for a person facing an extradition request,
 * as JSON, Markdown or HTML, to stdout or a file.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { assess, readProfile, renderBrief, type BriefFormat, type Profile } from '../assess/index.js';
import { LongarmError } from '../errors.js';
import { loadDataset } from '../load/index.js';
import { action, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface AssessOptions extends CommonOptions {
  readonly host: string;
  readonly requesting: string;
  readonly profile?: string;
  readonly asOf?: string;
  readonly format?: string;
  readonly out?: string;
}

const FORMATS: readonly BriefFormat[] = ['json', 'md', 'html'];

/** Registers `assess` on the program. */
export function register(program: Command): void {
  withCommonOptions(
    program
      .command('assess')
      .description(
        'screening brief for a person facing an extradition request: findings, precedents, unknowns, each cited',
      )
      .requiredOption('--host <iso2>', 'state where the person is (ISO 3166-1 alpha-2)')
      .requiredOption('--requesting <iso2>', 'state asking for surrender (ISO 3166-1 alpha-2; HK for Hong Kong SAR)')
      .option('--profile <file>', 'profile JSON (see docs/assess-profile.md)')
      .option('--as-of <date>', 'date the brief speaks for (default: profile assessment_date, else today)')
      .option('--format <format>', 'json, md or html (default md; json with --json)')
      .option('--out <file>', 'write the brief to this file instead of stdout'),
  ).action(
    action(async (options: AssessOptions) => {
      const format = (options.format ?? (options.json ? 'json' : 'md')) as BriefFormat;
      if (!FORMATS.includes(format))
        throw new LongarmError('invalid_input', `--format must be json, md or html, got "${options.format}"`);
      const profile: Profile = options.profile ? await readProfile(options.profile) : {};
      const brief = await withStore(options, async (store) => {
        // A fresh clone works without a separate `longarm load`: an empty database gets the bundled data set.
        if ((await store.listEntities({ kind: 'instrument', limit: 1 }, 'admin')).length === 0) {
          const summary = await loadDataset(store);
          process.stderr.write(
            `loaded the bundled data set: ${summary.entities} entities, ${summary.statements} statements\n`,
          );
        }
        return assess(
          store,
          {
            host: options.host,
            requesting: options.requesting,
            profile,
            ...(options.asOf ? { asOf: options.asOf } : {}),
          },
          roleOf(options),
        );
      });
      const text = renderBrief(brief, format);
      if (options.out) {
        await writeFile(options.out, text, 'utf8');
        process.stderr.write(`wrote ${format} brief to ${options.out}\n`);
      } else process.stdout.write(text);
    }),
  );
}
