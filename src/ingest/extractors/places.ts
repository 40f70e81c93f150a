/**
 * @module Places and parties a document is about: countries and bodies it names at least twice
 * become `concerns` statements of its source, evidenced by the first mention.
 */
import type { Candidate, EntityRef } from '../types.js';
import { candidate, type DocumentContext, type SentenceContext } from './context.js';

const NAME = 'places';

/** Proposes `concerns` for the countries and bodies a document names repeatedly. */
export function extractPlaces(doc: DocumentContext): Candidate[] {
  const first = new Map<string, { s: SentenceContext; start: number; end: number; ref: EntityRef; count: number }>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      const ref = m.role === 'body' ? m.ref : m.country ? m.ref : undefined;
      if (!ref) continue;
      const seen = first.get(ref.id);
      if (seen) seen.count++;
      else first.set(ref.id, { s, start: m.start, end: m.end, ref, count: 1 });
    }
  }
  const out: Candidate[] = [];
  for (const { s, start, end, ref, count } of first.values()) {
    if (count < 2) continue;
    out.push(
      candidate(
        s,
        NAME,
        doc.source,
        'concerns',
        { type: 'ref', id: ref.id },
        [start, end],
        Math.min(0.9, 0.3 + count * 0.05),
        { refs: [ref] },
      ),
    );
  }
  return out;
}
