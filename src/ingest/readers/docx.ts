/**
 * @module DOCX (mammoth): declared sizes are checked from the zip's central directory before
 * mammoth inflates anything (zip-bomb guard); the HTML mammoth makes is turned into text.
 */
import mammoth from 'mammoth';
import { LongarmError } from '../../errors.js';
import type { DocumentMeta } from '../types.js';
import { htmlToText, parseDocument } from './html.js';
import { listZip, ZipFormatError } from './zip.js';

/**
 * Checks a DOCX's declared uncompressed size and compression ratio.
 * @throws LongarmError `too_large` (zip bomb) or `invalid_data` (not a readable zip).
 */
export function checkDocx(bytes: Uint8Array, file: string, maxUncompressed: number): void {
  let entries;
  try {
    entries = listZip(bytes);
  } catch (cause) {
    if (cause instanceof ZipFormatError) {
      throw new LongarmError('invalid_data', `${file}: damaged DOCX (${cause.message})`, { file }, { cause });
    }
    throw cause;
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > 1_000_000 && e.uncompressedSize > e.compressedSize * 200) {
      throw new LongarmError(
        'too_large',
        `${file}: ${e.name} would inflate ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}× (zip bomb?)`,
        { file },
      );
    }
  }
  if (total > maxUncompressed) {
    throw new LongarmError(
      'too_large',
      `${file}: declares ${total} bytes uncompressed, more than the limit of ${maxUncompressed}`,
      { file },
    );
  }
}

/** Reads a DOCX's text (after `checkDocx`). */
export async function readDocx(bytes: Uint8Array, file: string): Promise<{ text: string; meta: DocumentMeta }> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch (cause) {
    throw new LongarmError('invalid_data', `${file}: damaged DOCX (${(cause as Error).message})`, { file }, { cause });
  }
  const body = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;
  const text = body ? htmlToText(body) : '';
  const first = /^[^\n]{1,300}/.exec(text)?.[0]?.trim();
  return { text, meta: first ? { title: first } : {} };
}
