/**
 * @module HTML rendering of a brief: one self-contained page — inline CSS with print rules, no
 * scripts, no external resources, every piece of text escaped. Links are only the sources' own
 * http(s) URLs.
 */
import type { Brief, Citation } from '../brief.js';
import { claim, date, EFFECT_LABEL, evidenceWords, firstSentence } from './text.js';

/** Escapes text for HTML element and attribute content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

function link(url: string | undefined, label: string): string {
  return url && /^https?:\/\//i.test(url) ? `<a href="${e(url)}" rel="noreferrer noopener">${e(label)}</a>` : e(label);
}

function citation(c: Citation): string {
  return `<li>${e(claim(c))}. <span class="src">${link(c.source.url, c.source.name)}${c.source.reliability ? ` (${e(c.source.reliability)})` : ''}</span> — <span class="ev ev-${e(c.evidence.status)}">${e(evidenceWords(c))}</span> <code>${e(c.statement)}</code></li>`;
}

const CSS = `
body{font:15px/1.45 Georgia,"Times New Roman",serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{border-bottom:2px solid #333;margin-top:2rem}h3{margin:.2rem 0}
.meta{color:#444;font-size:.9rem}.disclaimer{border:2px solid #900;padding:.5rem .8rem;background:#fff6f6}
.finding,.precedent{border:1px solid #ccc;border-left-width:6px;padding:.5rem .8rem;margin:.8rem 0;break-inside:avoid}
.badge{display:inline-block;font:bold .75rem/1.4 system-ui,sans-serif;padding:0 .4rem;border-radius:3px;margin-right:.4rem;border:1px solid currentColor}
.bar{border-left-color:#7a0000}.bar .badge{color:#7a0000}.risk{border-left-color:#b35900}.risk .badge{color:#b35900}
.protection{border-left-color:#1b5e20}.protection .badge{color:#1b5e20}.unknown{border-left-color:#555;background:#f6f6f6}.unknown .badge{color:#555}
.info{border-left-color:#1f4e79}.info .badge{color:#1f4e79}
ul.cites{font-size:.85rem;color:#222}code{font-size:.75rem;color:#555}.ev-pinpoint,.ev-text_not_held{font-style:italic}
ol.glance li{margin:.2rem 0}ol.glance li.bar .badge{color:#7a0000}ol.glance li.risk .badge{color:#b35900}ol.glance li.protection .badge{color:#1b5e20}ol.glance li.unknown .badge{color:#555}ol.glance li.info .badge{color:#1f4e79}
dl{margin:.3rem 0}dt{font-weight:bold;font-size:.85rem}dd{margin:0 0 .3rem 1rem;font-size:.9rem}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000;text-decoration:none}a[href]::after{content:" <" attr(href) ">";font-size:8pt;word-break:break-all}
.finding,.precedent{page-break-inside:avoid}h2{page-break-after:avoid}@page{margin:1.5cm}}
`;

/** The brief as one self-contained HTML document. */
export function renderHtml(brief: Brief): string {
  const { host, requesting } = brief.request;
  const name = (j: typeof host): string => (j.name ? `${j.name} (${j.code})` : `${j.code} (unknown)`);
  const title = `Screening brief: request from ${name(requesting)} to ${name(host)}`;
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${e(title)}</h1>`,
    `<p class="meta">Assessment date: <strong>${e(date(brief.assessment_date))}</strong> · Record as of: <strong>${e(date(brief.record.date))}</strong> (${brief.record.statements} statements) · Read as: ${e(brief.role)} · Generated: ${e(brief.generated_at)}</p>`,
    `<p class="disclaimer"><strong>Not legal advice.</strong> ${e(brief.disclaimer)}</p>`,
    `<h2>At a glance</h2><ol class="glance">`,
    ...brief.findings.map(
      (f) =>
        `<li class="${e(f.effect)}"><span class="badge">${EFFECT_LABEL[f.effect]}</span>${e(f.title)}: ${e(firstSentence(f.summary))}</li>`,
    ),
    `</ol>`,
    `<h2>Findings</h2>`,
  );
  brief.findings.forEach((f, i) => {
    parts.push(
      `<section class="finding ${e(f.effect)}"><h3><span class="badge">${EFFECT_LABEL[f.effect]}</span>${i + 1}. ${e(f.title)}</h3><p>${e(f.summary)}</p><dl>`,
      `<dt>Legal basis</dt>${f.legal_basis.map((b) => `<dd>${link(b.url, b.name)}${b.note ? ` — ${e(b.note)}` : ''}</dd>`).join('')}`,
      f.facts_used.length
        ? `<dt>Facts used</dt><dd>${f.facts_used.map((x) => `${e(x.name)}: ${e(x.value)} <em>(${e(x.from)})</em>`).join('; ')}</dd>`
        : '',
      `</dl>`,
      f.citations.length
        ? `<ul class="cites">${f.citations.map(citation).join('')}</ul>`
        : `<p class="meta">No citation in the record.</p>`,
      `</section>`,
    );
  });
  parts.push(`<h2>Precedents</h2>`);
  if (!brief.precedents.length) parts.push(`<p>No precedent in the record for this host or requesting state.</p>`);
  for (const p of brief.precedents) {
    parts.push(
      `<section class="precedent info"><h3>${e(p.name)}</h3>`,
      `<p class="meta">${e(p.host_state ?? '?')} → ${e(p.requesting_state ?? '?')}${p.charges.length ? ` · charges: ${e(p.charges.join('; '))}` : ''} · why listed: ${e(p.relevance.join('; '))}</p><ul>`,
      p.decisions
        .map(
          (d) =>
            `<li><strong>${e(date(d.decided_on))}</strong> — ${e(d.name)}${d.court ? `, ${e(d.court)}` : ''}: ${e(d.outcomes.join('; ') || 'outcome not recorded')}${d.grounds.length ? `. Grounds: ${e(d.grounds.join('; '))}` : ''}</li>`,
        )
        .join('') || '<li>No decision recorded.</li>',
      `</ul>`,
      p.citations.length ? `<ul class="cites">${p.citations.map(citation).join('')}</ul>` : '',
      `</section>`,
    );
  }
  parts.push(`<h2>What the record does not know</h2><ul>`);
  for (const u of brief.unknowns) parts.push(`<li>${e(u.question)} — ${e(u.why)} <em>(${e(u.rule)})</em></li>`);
  if (!brief.unknowns.length) parts.push('<li>Nothing flagged.</li>');
  parts.push(`</ul><h2>Rules applied</h2><dl>`);
  for (const r of brief.rules) parts.push(`<dt>${e(r.title)} <code>${e(r.id)}</code></dt><dd>${e(r.decides)}</dd>`);
  parts.push(`</dl></body></html>\n`);
  return parts.join('');
}
