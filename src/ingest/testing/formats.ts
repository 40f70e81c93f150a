/**
 * @module Test helpers: the same text rendered as HTML, PDF and DOCX, one paragraph per line.
 */
import { segment } from '../segment.js';
import { writePdf } from './pdf-writer.js';
import { writeDocx } from './zip-writer.js';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The text's paragraphs as the segmenter reads them (soft line breaks and hyphenation undone). */
function lines(text: string): string[] {
  return segment(text).paragraphs.map((p) => p.view);
}

/** An HTML article page with a script and a style that must not reach the text. */
export function toHtml(text: string, title = 'Document', published?: string): Uint8Array {
  const body = lines(text)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:url" content="https://example.org/article">${published ? `<meta property="article:published_time" content="${published}">` : ''}
<script>var secret = "SCRIPT-TEXT";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav><article>${body}</article><script>document.write("SCRIPT-TEXT")</script></body></html>`;
  return new Uint8Array(Buffer.from(html, 'utf8'));
}

/** A PDF with the text's lines as paragraphs, wrapped at 90 characters. */
export function toPdf(text: string, title = 'Document', created?: string): Uint8Array {
  return writePdf(lines(text).join('\n\n'), { title, ...(created ? { created } : {}) });
}

/** A DOCX with the text's lines as paragraphs. */
export function toDocx(text: string): Uint8Array {
  return writeDocx(lines(text).join('\n\n'));
}
