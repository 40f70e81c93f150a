/**
 * @module `longarm treaties`: instruments with derived status per party, as of a date.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { formatValue, isCountryCode } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { listTreaties } from '../query/index.js';
import { action, printJson, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface TreatiesOptions extends CommonOptions {
  readonly party?: string;
  readonly type?: string;
  readonly asOf?: string;
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('treaties')
      .description('instruments with their status per party, derived from dated events')
      .option('--party <iso2>', 'only instruments this state is party to (ISO 3166-1 alpha-2, HK for Hong Kong)')
      .option('--type <type>', 'instrument type, e.g. extradition, mutual_legal_assistance')
      .option('--as-of <date>', 'status as of this date (YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD; default today)'),
  ).action(
    action(async (options: TreatiesOptions) => {
      if (options.party && !isCountryCode(options.party.toUpperCase().replace(/^COUNTRY:/, ''))) {
        throw new LongarmError('invalid_input', `--party: unknown country code "${options.party}"`);
      }
      const views = await withStore(options, (store) =>
        listTreaties(
          store,
          {
            ...(options.party ? { party: options.party } : {}),
            ...(options.type ? { type: options.type } : {}),
            ...(options.asOf ? { asOf: options.asOf } : {}),
          },
          roleOf(options),
        ),
      );
      if (options.json) return printJson(views);
      if (views.length === 0) return console.log('no instruments match');
      for (const v of views) {
        console.log(`${pc.bold(v.name)}  ${pc.dim(v.id)}  [${v.types.join(', ')}]`);
        console.log(`  as of ${v.status.asOf}: ${pc.cyan(v.label)}`);
        for (const p of v.status.parties) {
          const extra = [
            p.notYet.length ? `not yet: ${p.notYet.join(', ')}` : '',
            p.uncertain.length ? `uncertain: ${p.uncertain.map((f) => f.event).join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          console.log(`    ${p.party.replace('country:', '')}: ${p.status}${extra ? pc.dim(` (${extra})`) : ''}`);
        }
        for (const e of v.events) {
          console.log(
            pc.dim(
              `    ${e.event}${e.party ? ` by ${e.party.replace('country:', '')}` : ''}: ${formatValue(e.value)}${e.asOf ? ` (as of ${e.asOf})` : ''}`,
            ),
          );
        }
        for (const c of v.status.conflicts) console.log(pc.red(`    conflict: ${c.event}: ${c.reason}`));
      }
    }),
  );
}
