/**
 * @module One restricted candidate per personal name found: "the document names this person",
 * pinned to the name. Reviewers see whom a document names; the public reads the text with every
 * such span masked (see the store's redaction), even in sentences no other extractor used.
 */
import type { Candidate } from '../types.js';
import { candidate, type DocumentContext } from './context.js';

export function extractPersonMentions(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    for (const p of s.persons) {
      const c = candidate(
        s,
        'person_mentions',
        doc.source,
        'names_person',
        { type: 'text', text: p.name },
        [p.start, p.end],
        0.5,
      );
      out.push({ ...c, restricted: true });
    }
  }
  return out;
}
