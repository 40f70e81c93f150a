/**
 * @module `longarm review list|accept ID|reject ID|edit ID`: the review queue from the command
 * line, over the same functions the HTTP API calls. Every decision needs `--why`; `--by`
 * defaults to LONGARM_USER or the login name.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { formatValue, type Qualifiers, type Sensitivity, type Value } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import {
  acceptCandidate,
  editCandidate,
  listCandidates,
  rejectCandidate,
  type ReviewOutcome,
} from '../review/index.js';
import { action, printJson, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

interface ListOptions extends CommonOptions {
  readonly limit: string;
  readonly offset: string;
  readonly source?: string;
  readonly extractor?: string;
}

interface DecisionOptions extends CommonOptions {
  readonly by?: string;
  readonly why?: string;
}

interface EditOptions extends DecisionOptions {
  readonly value?: string;
  readonly property?: string;
  readonly qualifiers?: string;
  readonly sensitivity?: string;
}

function who(options: DecisionOptions): string {
  return options.by ?? process.env.LONGARM_USER ?? userInfo().username;
}

function why(options: DecisionOptions): string {
  if (!options.why?.trim()) throw new LongarmError('invalid_input', 'say why with --why "…" (kept in the review log)');
  return options.why;
}

function parseJson(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LongarmError('invalid_input', `${flag}: not valid JSON (${(e as Error).message})`, { record: flag });
  }
}

function report(options: CommonOptions, outcome: ReviewOutcome): void {
  if (options.json) return printJson(outcome);
  const extra = outcome.replacement ? `, replaced by ${outcome.replacement}` : '';
  const entities = outcome.acceptedEntities?.length
    ? ` (entities accepted: ${outcome.acceptedEntities.join(', ')})`
    : '';
  console.log(`${outcome.statement}: ${outcome.status}${extra}${entities}`);
}

/** Registers `longarm review`. */
export function register(program: Command): void {
  const review = program
    .command('review')
    .description('the review queue: list, accept, reject or edit candidate statements');

  withCommonOptions(
    review
      .command('list', { isDefault: true })
      .description('candidate statements with their evidence')
      .option('--limit <n>', 'how many', '20')
      .option('--offset <n>', 'skip this many', '0')
      .option('--source <id>', 'only candidates from this source')
      .option('--extractor <name>', 'only candidates from this extractor (e.g. treaties)'),
  ).action(
    action(async (options: ListOptions) => {
      const role = roleOf(options);
      const page = await withStore(options, (store) =>
        listCandidates(store, role, {
          limit: Number(options.limit),
          offset: Number(options.offset),
          ...(options.source ? { source: options.source } : {}),
          ...(options.extractor ? { recordedBy: `ingest:${options.extractor}` } : {}),
        }),
      );
      if (options.json) return printJson(page);
      console.log(`${page.total} candidates`);
      for (const item of page.items) {
        const s = item.statement;
        console.log(
          `\n${s.id}  ${s.entity}  ${s.property} = ${item.display || formatValue(s.value)}  (${s.recorded_by}, confidence ${s.qualifiers.confidence ?? s.confidence ?? '?'})`,
        );
        if (item.evidence.quote)
          console.log(
            `  “…${item.evidence.before?.slice(-60) ?? ''}[${item.evidence.quote}]${item.evidence.after?.slice(0, 60) ?? ''}…”`,
          );
        console.log(`  source: ${item.source.name} (${item.evidence.status})`);
      }
    }),
  );

  for (const verb of ['accept', 'reject'] as const) {
    withCommonOptions(
      review
        .command(`${verb} <id>`)
        .description(`${verb} a candidate statement`)
        .option('--by <who>', 'who decides (default: LONGARM_USER or the login name)')
        .option('--why <reason>', 'why (required; kept in the review log)'),
    ).action(
      action(async (id: string, options: DecisionOptions) => {
        const actor = { who: who(options), why: why(options) };
        const outcome = await withStore(options, (store) =>
          verb === 'accept' ? acceptCandidate(store, id, actor) : rejectCandidate(store, id, actor),
        );
        report(options, outcome);
      }),
    );
  }

  withCommonOptions(
    review
      .command('edit <id>')
      .description('replace a candidate with a corrected, accepted statement that supersedes it')
      .option('--by <who>', 'who decides (default: LONGARM_USER or the login name)')
      .option('--why <reason>', 'why (required; kept in the review log)')
      .option('--value <json>', 'the corrected value, e.g. \'{"type":"date","date":"2024-05"}\'')
      .option('--property <name>', 'the corrected property')
      .option('--qualifiers <json>', 'the corrected qualifiers, e.g. \'{"party":"country:RS"}\'')
      .option(
        '--sensitivity <level>',
        'public, or restricted to hide it from the public role (it names a person at risk)',
      ),
  ).action(
    action(async (id: string, options: EditOptions) => {
      const edit = {
        who: who(options),
        why: why(options),
        ...(options.value ? { value: parseJson('--value', options.value) as Value } : {}),
        ...(options.property ? { property: options.property } : {}),
        ...(options.qualifiers ? { qualifiers: parseJson('--qualifiers', options.qualifiers) as Qualifiers } : {}),
        ...(options.sensitivity ? { sensitivity: options.sensitivity as Sensitivity } : {}),
      };
      if (!options.value && !options.property && !options.qualifiers && !options.sensitivity) {
        throw new LongarmError('invalid_input', 'edit needs --value, --property, --qualifiers or --sensitivity');
      }
      report(options, await withStore(options, (store) => editCandidate(store, id, edit)));
    }),
  );
}
