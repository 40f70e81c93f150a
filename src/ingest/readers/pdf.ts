/**
 * @module PDF (unpdf / pdf.js): text lines rebuilt from positioned items, paragraphs from the
 * vertical gaps between lines, metadata from the document info. Page count is limited.
 */
import { getDocumentProxy } from 'unpdf';
import { LongarmError } from '../../errors.js';
import type { DocumentMeta } from '../types.js';
import { partialDateFrom } from './meta-date.js';

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Line {
  text: string;
  readonly y: number;
  readonly height: number;
}

function toLines(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let lastEnd = 0;
  for (const item of items) {
    if (!current || Math.abs(item.y - current.y) > Math.max(1, item.height * 0.3)) {
      current = { text: item.str, y: item.y, height: item.height };
      lines.push(current);
    } else {
      const gap = item.x - lastEnd;
      const needsSpace = gap > item.height * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.str;
    }
    lastEnd = item.x + item.width;
  }
  return lines.filter((l) => l.text.trim() !== '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Joins lines into paragraphs: a gap clearly wider than the usual line spacing starts a new one. */
function toText(pages: readonly Line[][]): string {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
      if (gap > 0) gaps.push(gap);
    }
  }
  const usual = median(gaps);
  const parts: string[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const prev = i > 0 ? lines[i - 1] : undefined;
      if (parts.length > 0) {
        const gap = prev ? prev.y - line.y : 0;
        parts.push(prev && (gap > usual * 1.4 || gap < 0) ? '\n\n' : '\n');
      }
      parts.push(line.text.replace(/\s+$/, ''));
    });
  }
  return parts.join('');
}

/**
 * Reads a PDF's text and metadata.
 * @throws LongarmError `invalid_data` for a damaged PDF, `too_large` for too many pages.
 */
export async function readPdf(
  bytes: Uint8Array,
  file: string,
  maxPages: number,
): Promise<{ text: string; meta: DocumentMeta }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: true, verbosity: 0 });
  } catch (cause) {
    throw new LongarmError(
      'invalid_data',
      `${file}: damaged or unreadable PDF (${(cause as Error).message})`,
      { file },
      { cause },
    );
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new LongarmError('too_large', `${file}: ${pdf.numPages} pages, more than the limit of ${maxPages}`, {
        file,
      });
    }
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const t = raw.transform as number[];
        items.push({
          str: raw.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: raw.width,
          height: raw.height || Math.abs(t[3] ?? 10),
        });
      }
      pages.push(toLines(items));
      page.cleanup();
    }
    const info = ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>;
    const str = (k: string): string | undefined => {
      const v = info[k];
      return (typeof v === 'string' && v.trim()) || undefined;
    };
    const created = str('CreationDate');
    const published = created ? partialDateFrom(created) : undefined;
    const title = str('Title');
    const author = str('Author');
    const meta: DocumentMeta = {
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      ...(published ? { published } : {}),
    };
    return { text: toText(pages), meta };
  } catch (cause) {
    if (cause instanceof LongarmError) throw cause;
    throw new LongarmError('invalid_data', `${file}: damaged PDF (${(cause as Error).message})`, { file }, { cause });
  } finally {
    await pdf.destroy();
  }
}
