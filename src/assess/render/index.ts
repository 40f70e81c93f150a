/**
 * @module Brief renderers: JSON (the published schema), Markdown, and a self-contained HTML page
 * that prints well. All three render the same brief; none adds or drops a finding.
 */
import type { Brief } from '../brief.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';

/** Output formats of `longarm assess --format`. */
export type BriefFormat = 'json' | 'md' | 'html';

/** Renders a brief in a format. */
export function renderBrief(brief: Brief, format: BriefFormat): string {
  switch (format) {
    case 'json':
      return renderJson(brief);
    case 'md':
      return renderMarkdown(brief);
    case 'html':
      return renderHtml(brief);
  }
}
