/**
 * @module Test helper: analyse a made-up text as a document, for extractor tests.
 */
import { normalizeText } from '../../domain/index.js';
import { analyse, type DocumentContext } from './context.js';

/** The analysed context of `text`, with an optional document date. */
export function docOf(text: string, published?: string): { text: string; doc: DocumentContext } {
  const normalized = normalizeText(text);
  return { text: normalized, doc: analyse(normalized, { id: 'source:test', kind: 'source', name: 'Test' }, published) };
}
