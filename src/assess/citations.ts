/**
 * @module Turning statement ids into citations: the statement, its entity, its value for people,
 * its source and the evidence — the quoted span where the source text is held, the pinpoint
 * (shown as not verified against text) where it is not. Reads through the caller's role.
 */
import type { Role, Statement } from '../domain/index.js';
import { EvidenceResolver } from '../query/index.js';
import type { Store } from '../store/index.js';
import type { Citation } from './brief.js';
import type { RecordIndex } from './record.js';

/** Resolves and caches citations for one brief. */
export class CitationResolver {
  private readonly evidence: EvidenceResolver;
  private readonly cache = new Map<string, Citation | null>();

  constructor(
    private readonly store: Store,
    private readonly role: Role,
    private readonly record: RecordIndex,
  ) {
    this.evidence = new EvidenceResolver(store, role);
  }

  private async quote(s: Statement): Promise<Citation['evidence']> {
    if (!s.locator) return { status: 'pinpoint', ...(s.pinpoint ? { pinpoint: s.pinpoint } : {}) };
    const held = await this.evidence.heldText(s.locator.sha256);
    if (!held) return { status: 'text_not_held' };
    if (!held.intact || s.locator.end > held.text.length) return { status: 'mismatch' };
    const quote = held.text.slice(s.locator.start, s.locator.end).replace(/\s+/g, ' ').trim();
    return { status: 'verified', quote };
  }

  /** The citation for one statement id, or null when the statement is not in the visible record. */
  async cite(id: string): Promise<Citation | null> {
    const hit = this.cache.get(id);
    if (hit !== undefined) return hit;
    const s = this.record.statement(id);
    if (!s) {
      this.cache.set(id, null);
      return null;
    }
    const source = await this.evidence.source(s.source);
    const evidence = await this.quote(s);
    const confidence = s.qualifiers.confidence ?? s.confidence;
    const citation: Citation = {
      statement: s.id,
      entity: s.entity,
      entity_name: this.record.name(s.entity),
      property: s.property,
      value: this.record.display(s),
      ...(confidence !== undefined ? { confidence } : {}),
      ...(s.qualifiers.note ? { note: s.qualifiers.note } : {}),
      source,
      evidence,
    };
    this.cache.set(id, citation);
    return citation;
  }

  /** Citations for many ids, unique, in order, skipping ids not visible. */
  async citeAll(ids: Iterable<string>): Promise<Citation[]> {
    const out: Citation[] = [];
    for (const id of new Set(ids)) {
      const c = await this.cite(id);
      if (c) out.push(c);
    }
    return out;
  }
}
