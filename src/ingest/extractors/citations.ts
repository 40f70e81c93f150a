/**
 * @module Citations: footnotes and bibliography entries (`[n] …`, `n. …`) become new source
 * entities (title, URL, date as written) cited by the document's source with a `cites` statement.
 */
import { slugify } from '../../domain/index.js';
import type { Candidate, EntityRef } from '../types.js';
import type { DocumentContext } from './context.js';
import { findDates } from './dates.js';

const NAME = 'citations';
const ENTRY = /(?:^|\s)(?:\[(\d{1,3})\]|(\d{1,3})\.)\s+(?=\S)/g;
const TITLE = /[“"]\s*([^”"]{8,200}?)[,.]?\s*[”"]/;
const URL = /\bhttps?:\/\/[^\s,;)\]]+/;

/** Proposes `cites` statements for the footnotes and bibliography entries of a document. */
export function extractCitations(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const p of doc.paragraphs) {
    const view = p.view;
    const starts: { at: number; n: number }[] = [];
    for (const m of view.matchAll(ENTRY)) {
      const n = Number(m[1] ?? m[2]);
      const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
      // Entries are numbered in order: a number that does not follow the previous one is not a marker.
      const prev = starts[starts.length - 1];
      if (at === 0 || (prev && n === prev.n + 1)) starts.push({ at, n });
    }
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]?.at as number;
      const to = starts[i + 1]?.at ?? view.length;
      const entry = view.slice(from, to).trim();
      const url = URL.exec(entry)?.[0]?.replace(/[.]$/, '');
      const quoted = TITLE.exec(entry)?.[1]?.trim();
      if (!url && !quoted) continue;
      const dates = findDates(entry).filter((d) => d.date);
      const title = quoted ?? entry.replace(/^\[?\d+[\].]\s*/, '').slice(0, 160);
      const slug = slugify(title).slice(0, 60).replace(/-+$/, '');
      if (!slug) continue;
      const published = dates[dates.length - 1]?.date ?? undefined;
      const id = `source:${slug}`;
      const cited: EntityRef = { id, kind: 'source', name: title };
      const key = `${id}@${from}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const end = from + entry.length;
      out.push({
        extractor: NAME,
        entity: doc.source,
        property: 'cites',
        value: { type: 'ref', id },
        refs: [{ ...cited, source: { title, ...(url ? { url } : {}), ...(published ? { published } : {}) } }],
        start: p.map[from] as number,
        end: (p.map[end - 1] as number) + 1,
        confidence: quoted ? 0.8 : 0.6,
      });
    }
  }
  return out;
}
