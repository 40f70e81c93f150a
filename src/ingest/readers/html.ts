/**
 * @module HTML: the main text only (Readability on linkedom), converted to text with block
 * breaks; scripts, styles and templates never reach the text. Metadata from meta/og tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMeta } from '../types.js';
import { partialDateFrom } from './meta-date.js';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'caption',
  'summary',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'head']);

/** A DOM node, as far as `htmlToText` reads one. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Converts an element tree to text: blocks separated by blank lines, `<br>` as a line break. */
export function htmlToText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      out.push(pre ? t : t.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('\n\n');
    if (tag === 'li') out.push('• ');
    if (tag === 'td' || tag === 'th') out.push(' ');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      if (kid) walk(kid, pre || tag === 'pre');
    }
    if (block) out.push('\n\n');
  };
  walk(root, false);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An element, as far as this module uses one (the project has no DOM lib types). */
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}

/** A parsed document, as far as this module uses one. */
interface HtmlDocument extends DomNode {
  readonly title: string;
  readonly body: DomNode | null;
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  cloneNode(deep: boolean): unknown;
}

/** Parses HTML with linkedom, typed structurally. */
export function parseDocument(html: string): HtmlDocument {
  const parsed: unknown = parseHTML(html);
  return (parsed as { document: HtmlDocument }).document;
}

function metaContent(document: HtmlDocument, names: readonly string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Reads an HTML document's main text and metadata. */
export function readHtml(html: string): { text: string; meta: DocumentMeta } {
  const document = parseDocument(html);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const date = metaContent(document, [
    'article:published_time',
    'og:published_time',
    'date',
    'dc.date',
    'DC.date.issued',
    'pubdate',
  ]);
  const published = date ? partialDateFrom(date) : undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = metaContent(document, ['og:url']) ?? canonical;
  const title = metaContent(document, ['og:title', 'dc.title']) ?? (document.title.trim() || undefined);
  const author = metaContent(document, ['author', 'article:author', 'dc.creator']);
  const publisher = metaContent(document, ['og:site_name', 'publisher']);
  const language = document.documentElement?.getAttribute('lang') ?? undefined;
  const bodyText = document.body ? htmlToText(document.body) : '';
  let text = bodyText;
  try {
    const article = new Readability(document.cloneNode(true), {
      charThreshold: 200,
    }).parse();
    if (article?.content) {
      const content = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`);
      const main = content.body ? htmlToText(content.body) : '';
      // Readability sometimes keeps only a fragment of a plain page; then the whole body is the main text.
      if (main.length >= bodyText.length * 0.6) text = main;
    }
  } catch {
    // Readability failing is not fatal: the body text (scripts removed) is used.
  }
  const meta: DocumentMeta = {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  };
  return { text, meta };
}
