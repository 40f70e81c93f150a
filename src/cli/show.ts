/**
 * @module `longarm show ID`: an entity with its statements, sources and evidence spans.
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { LongarmError } from '../errors.js';
import { entityView, type StatementView } from '../query/index.js';
import { action, printJson, roleOf, withCommonOptions, withStore, type CommonOptions } from './shared.js';

function evidenceLine(v: StatementView): string {
  const e = v.evidence;
  switch (e.status) {
    case 'verified':
      return `“${(e.quote ?? '').replace(/\s+/g, ' ')}”`;
    case 'pinpoint':
      return `cited at ${e.pinpoint ?? '?'} (not verified against text)`;
    case 'text_not_held':
      return 'source text not held (not verified)';
    case 'mismatch':
      return pc.red('locator does not match the stored text');
  }
}

export function register(program: Command): void {
  withCommonOptions(
    program
      .command('show')
      .description('an entity with its statements, sources and evidence')
      .argument('<id>', 'entity id, e.g. country:RS'),
  ).action(
    action(async (id: string, options: CommonOptions) => {
      const view = await withStore(options, (store) => entityView(store, id, roleOf(options)));
      if (!view) throw new LongarmError('not_found', `no entity ${id}`);
      if (options.json) return printJson(view);
      const { entity } = view;
      console.log(
        `${pc.bold(entity.name)}  ${pc.dim(entity.id)}${entity.aliases.length ? `  (${entity.aliases.join(', ')})` : ''}`,
      );
      if (entity.source) console.log(pc.dim(JSON.stringify(entity.source)));
      for (const group of view.groups) {
        console.log(`\n${pc.bold(group.label)}${group.conflicting ? pc.red('  [sources disagree]') : ''}`);
        for (const v of group.statements) {
          const q = v.statement.qualifiers;
          const quals = Object.entries(q)
            .map(([k, val]) => `${k}=${String(val)}`)
            .join(' ');
          const flags = [v.supersededBy ? 'superseded' : '', v.statement.rank === 'deprecated' ? 'deprecated' : '']
            .filter(Boolean)
            .join(',');
          console.log(`  ${v.display}${quals ? pc.dim(`  ${quals}`) : ''}${flags ? pc.yellow(` [${flags}]`) : ''}`);
          console.log(pc.dim(`    ${v.source.name}: ${evidenceLine(v)}`));
        }
      }
      if (view.referencedBy.length) {
        console.log(`\n${pc.bold('referenced by')}`);
        for (const v of view.referencedBy) console.log(`  ${v.statement.entity} ${v.statement.property}`);
      }
    }),
  );
}
