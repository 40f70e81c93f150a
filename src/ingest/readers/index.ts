/**
 * @module Reading any supported document: size check before reading, format from the bytes,
 * per-format reader, normalization and hash exactly as `src/domain/text.ts` does them.
 */
import { readFileSync, statSync } from 'node:fs';
import { normalizeText, sha256 } from '../../domain/index.js';
import { LongarmError } from '../../errors.js';
import { DEFAULT_LIMITS, type DocumentMeta, type ReadDocument, type ReadLimits } from '../types.js';
import { detectMediaType } from './detect.js';
import { checkDocx, readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { decodeUtf8, readText } from './text.js';

export { detectMediaType } from './detect.js';
export { htmlToText, readHtml } from './html.js';
export { listZip } from './zip.js';

/** Reads bytes already in memory (uploads, tests). `file` names the document in errors. */
export async function readBytes(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ReadDocument> {
  if (bytes.length > limits.maxBytes) throw tooLarge(file, bytes.length, limits.maxBytes);
  const mediaType = detectMediaType(bytes);
  const work = async (): Promise<{ text: string; meta: DocumentMeta }> => {
    switch (mediaType) {
      case 'application/pdf':
        return readPdf(bytes, file, limits.maxPdfPages);
      case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
        checkDocx(bytes, file, limits.maxUncompressedBytes);
        return readDocx(bytes, file);
      case 'application/zip':
        throw new LongarmError('unsupported', `${file}: a zip archive that is not a Word document`, { file });
      case 'text/html':
        return readHtml(decodeUtf8(bytes, file));
      case 'text/plain':
        return readText(bytes, file);
    }
  };
  const read = await withTimeout(work(), limits.timeoutMs, file);
  const text = normalizeText(read.text);
  if (text.trim() === '') throw new LongarmError('invalid_data', `${file}: no text found`, { file });
  return {
    file,
    mediaType: mediaType as ReadDocument['mediaType'],
    bytes: bytes.length,
    text,
    sha256: sha256(text),
    meta: read.meta,
  };
}

/**
 * Reads a document from disk. The size is checked before a byte is read, so a huge file is refused at once.
 * The bytes are read with blocking calls: readers run on a worker thread or on the storing thread
 * between its own work, and an await per file on a busy machine's I/O thread pool cost more than the
 * reads (ADR 0005).
 * @throws LongarmError naming the file: `too_large`, `invalid_data`, `unsupported` or `not_found`.
 */
export async function readDocument(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadDocument> {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new LongarmError('invalid_input', `${path}: not a regular file`, { file: path });
    size = info.size;
  } catch (cause) {
    if (cause instanceof LongarmError) throw cause;
    throw new LongarmError(
      'not_found',
      `${path}: cannot read (${(cause as Error).message})`,
      { file: path },
      { cause },
    );
  }
  if (size > limits.maxBytes) throw tooLarge(path, size, limits.maxBytes);
  return readBytes(readFileSync(path), path, limits);
}

function tooLarge(file: string, size: number, max: number): LongarmError {
  return new LongarmError(
    'too_large',
    `${file}: ${(size / 1048576).toFixed(1)} MB, more than the limit of ${(max / 1048576).toFixed(1)} MB`,
    { file },
  );
}

async function withTimeout<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LongarmError('too_large', `${file}: reading took longer than ${ms} ms`, { file })),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
