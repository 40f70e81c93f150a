/**
 * @module A plain server-rendered index page: instruments with their derived status.
 * Every piece of data is escaped; no scripts.
 */
import type { TreatyView } from '../query/index.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Renders the plain index page (no scripts), used when the web UI is not built. */
export function renderIndexPage(treaties: readonly TreatyView[]): string {
  const rows = treaties
    .map(
      (t) =>
        `<tr><td><a href="/api/entities/${encodeURIComponent(t.id)}">${escapeHtml(t.name)}</a></td><td>${escapeHtml(t.types.join(', '))}</td>` +
        `<td>${escapeHtml(t.parties.map((p) => p.replace('country:', '')).join(', '))}</td><td>${escapeHtml(t.label)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Longarm</title></head><body>
<h1>Longarm</h1><p>Instruments and their status as derived from sourced events (as of today).</p>
<table><thead><tr><th>Instrument</th><th>Type</th><th>Parties</th><th>Status</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}
