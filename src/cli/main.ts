#!/usr/bin/env node
/**
 * @module The `longarm` command-line entry point.
 */
import { Command } from 'commander';
import { COMMANDS } from './commands.js';

const program = new Command('longarm')
  .description('Longarm: an evidence-backed monitor of transnational policing, extradition and influence')
  .version('0.1.0')
  .showHelpAfterError();

for (const load of COMMANDS) (await load()).register(program);

await program.parseAsync(process.argv);
