/**
 * @module The list of CLI commands. Each command lives in its own file and exports `register`.
 */
import type { Command } from 'commander';

export type Register = (program: Command) => void;

/** Loaded lazily so `longarm --help` does not import the whole application. */
export const COMMANDS: readonly (() => Promise<{ register: Register }>)[] = [
  () => import('./load.js'),
  () => import('./search.js'),
  () => import('./show.js'),
  () => import('./treaties.js'),
  () => import('./assess.js'),
  () => import('./export.js'),
  () => import('./import.js'),
  () => import('./serve.js'),
  () => import('./ingest.js'),
  () => import('./review.js'),
  () => import('./worker.js'),
];
