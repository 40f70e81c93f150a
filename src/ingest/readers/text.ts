/**
 * @module Plain text and Markdown: strict UTF-8 decoding, and a title from the first line.
 */
import { LongarmError } from '../../errors.js';
import type { DocumentMeta } from '../types.js';

/**
 * Decodes UTF-8 strictly.
 * @throws LongarmError `invalid_data` naming the file and the byte offset of the first bad sequence.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const offset = firstInvalidUtf8(bytes);
    throw new LongarmError(
      'invalid_data',
      `${file}: not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8 and retry`,
      { file, offset },
      { cause },
    );
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes: a prefix that decodes (streaming, so a cut sequence is fine) is clean.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Reads a text or Markdown document: the first non-empty line (without `#`) is its title. */
export function readText(bytes: Uint8Array, file: string): { text: string; meta: DocumentMeta } {
  const text = decodeUtf8(bytes, file);
  const first = /^\s*([^\n]{1,300})/.exec(text.replace(/^\uFEFF/, ''));
  const title = first?.[1]?.replace(/^#+\s*/, '').trim();
  return { text, meta: title ? { title } : {} };
}
