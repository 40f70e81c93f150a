/**
 * @module A tiny PDF writer for tests: text paragraphs wrapped into lines, written with a
 * Type0 font whose ToUnicode map makes every UTF-16 code unit extractable. No browser, no library.
 */

/** Options for `writePdf`. */
export interface PdfWriterOptions {
  readonly title?: string;
  readonly author?: string;
  /** PDF date, e.g. `D:20240508`. */
  readonly created?: string;
  /** Characters per line before wrapping at a space. Default 90. */
  readonly width?: number;
  /** Lines per page. Default 50. */
  readonly linesPerPage?: number;
}

function wrap(paragraph: string, width: number): string[] {
  const words = paragraph.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

function pdfString(s: string): string {
  return `<FEFF${hex(s)}>`;
}

function toUnicodeCmap(): string {
  const ranges: string[] = [];
  for (let hi = 0; hi < 256; hi++) {
    if (hi >= 0xd8 && hi <= 0xdf) continue;
    const h = hi.toString(16).padStart(2, '0');
    ranges.push(`<${h}00> <${h}ff> <${h}00>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

/** Writes paragraphs (separated by blank lines in `text`) as a PDF. */
export function writePdf(text: string, options: PdfWriterOptions = {}): Uint8Array {
  const width = options.width ?? 90;
  const perPage = options.linesPerPage ?? 50;
  const rows: (string | null)[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    const lines = para.split('\n').flatMap((l) => wrap(l, width));
    if (!lines.length) continue;
    if (rows.length) rows.push(null);
    rows.push(...lines);
  }
  const pages: (string | null)[][] = [];
  for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const cmap = toUnicodeCmap();
  const cmapObj = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  // pdf.js treats a font without a descriptor as a simple (one-byte) font, so the CID font needs one.
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /Helvetica /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const cid = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Helvetica /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmapObj} 0 R >>`,
  );
  // Long unbreakable words (URLs) widen the page rather than run off it (pdf.js drops text outside the page).
  const pageWidth = Math.max(595, 80 + 5 * Math.max(0, ...rows.map((r) => r?.length ?? 0)));
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = ['BT', '/F1 10 Tf'];
    let y = 800;
    for (const row of page) {
      if (row !== null) ops.push(`1 0 0 1 40 ${y} Tm <${hex(row)}> Tj`);
      y -= row === null ? 8 : 14;
    }
    ops.push('ET');
    const content = ops.join('\n');
    const stream = add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${pageWidth} 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoParts = [
    options.title ? `/Title ${pdfString(options.title)}` : '',
    options.author ? `/Author ${pdfString(options.author)}` : '',
    options.created ? `/CreationDate (${options.created})` : '',
  ].join(' ');
  const info = add(`<< ${infoParts} >>`);
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
