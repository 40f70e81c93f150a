/**
 * @module Detecting a document's format from its first bytes (magic numbers), never its name.
 */
import type { MediaType } from '../types.js';
import { listZip } from './zip.js';

/** The format the bytes look like; `null` for a zip that is not a Word document. */
export function detectMediaType(bytes: Uint8Array): MediaType | 'application/zip' {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'application/pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      const entries = listZip(bytes);
      if (entries.some((e) => e.name === 'word/document.xml')) {
        return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      }
    } catch {
      // A broken zip is reported by the DOCX reader's checks; here it is just "a zip".
    }
    return 'application/zip';
  }
  if (looksLikeHtml(bytes)) return 'text/html';
  return 'text/plain';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Sniffs the first kilobyte: after a BOM and whitespace, an HTML doctype or a known tag. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (!head.startsWith('<')) return false;
  return /^<(!doctype html|html|head|body|meta|title|article|div|p|!--|\?xml[^>]*>\s*<(!doctype html|html))/.test(head);
}
