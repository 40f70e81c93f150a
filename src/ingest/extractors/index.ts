/**
 * @module All extractors, run over one analysed document, with per-extractor timings.
 * Each extractor is a pure function of the document context, so extraction can run in a worker.
 */
import type { Candidate } from '../types.js';
import { extractCitations } from './citations.js';
import type { DocumentContext } from './context.js';
import { extractDecisions } from './decisions.js';
import { extractPersonMentions } from './person-mentions.js';
import { restrictPersons } from './persons.js';
import { extractPlaces } from './places.js';
import { extractPrograms } from './programs.js';
import { extractTreaties } from './treaties.js';

export { analyse, type AnalyseTimings, type DocumentContext } from './context.js';
export { findDates } from './dates.js';
export { findMentions } from './gazetteer.js';
export { findPersons } from './persons.js';
export { findQuantities } from './quantities.js';

/** An extractor: a name (recorded as `ingest:<name>`) and a pure function. */
export interface Extractor {
  readonly name: string;
  readonly extract: (doc: DocumentContext) => Candidate[];
}

/** The extractors, in the order they run. */
export const EXTRACTORS: readonly Extractor[] = [
  { name: 'places', extract: extractPlaces },
  { name: 'treaties', extract: extractTreaties },
  { name: 'decisions', extract: extractDecisions },
  { name: 'programs', extract: extractPrograms },
  { name: 'citations', extract: extractCitations },
  { name: 'person_mentions', extract: extractPersonMentions },
];

/** Runs every extractor; adds each one's time (ms) to `timings`. */
export function extractAll(doc: DocumentContext, timings: Record<string, number> = {}): Candidate[] {
  const out: Candidate[] = [];
  for (const e of EXTRACTORS) {
    const t = performance.now();
    out.push(...e.extract(doc));
    timings[e.name] = (timings[e.name] ?? 0) + performance.now() - t;
  }
  // After every extractor, so none can forget it.
  const t = performance.now();
  restrictPersons(doc, out);
  timings.persons = (timings.persons ?? 0) + performance.now() - t;
  return out;
}
