/**
 * @module Markdown rendering of a brief: findings by weight with their legal basis, facts and
 * citations (statement id, source, evidence), then precedents, open questions and the rules.
 * Angle brackets are escaped so record text cannot become HTML when the Markdown is rendered.
 */
import type { Brief, Citation } from '../brief.js';
import { claim, date, EFFECT_LABEL, evidenceWords, firstSentence } from './text.js';

function md(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function citationLine(c: Citation): string {
  const source = c.source.url ? `[${md(c.source.name)}](${c.source.url})` : md(c.source.name);
  return `  - ${md(claim(c))}. Source: ${source}${c.source.reliability ? ` (${c.source.reliability})` : ''} — ${md(evidenceWords(c))} \`${c.statement}\``;
}

/** The brief as Markdown. */
export function renderMarkdown(brief: Brief): string {
  const { host, requesting } = brief.request;
  const name = (j: typeof host): string => (j.name ? `${j.name} (${j.code})` : `${j.code} (unknown)`);
  const out: string[] = [];
  out.push(`# Screening brief: request from ${md(name(requesting))} to ${md(name(host))}`, '');
  out.push(
    `Assessment date: **${date(brief.assessment_date)}** · Record as of: **${date(brief.record.date)}** (${brief.record.statements} statements) · Read as: ${brief.role} · Generated: ${brief.generated_at}`,
    '',
  );
  out.push(`> **Not legal advice.** ${md(brief.disclaimer)}`, '');
  out.push('## At a glance', '');
  brief.findings.forEach((f, i) =>
    out.push(`${i + 1}. **${EFFECT_LABEL[f.effect]}** — ${md(f.title)}: ${md(firstSentence(f.summary))}`),
  );
  out.push('', '## Findings', '');
  brief.findings.forEach((f, i) => {
    out.push(`### ${i + 1}. [${EFFECT_LABEL[f.effect]}] ${md(f.title)}`, '', md(f.summary), '');
    out.push(
      `- **Legal basis:** ${f.legal_basis.map((b) => `${md(b.name)}${b.note ? ` — ${md(b.note)}` : ''}${b.url ? ` (${b.url})` : ''}`).join('; ')}`,
    );
    if (f.facts_used.length)
      out.push(
        `- **Facts used:** ${f.facts_used.map((x) => `${md(x.name)}: ${md(x.value)} _(${x.from})_`).join('; ')}`,
      );
    if (f.citations.length) {
      out.push('- **Citations:**');
      for (const c of f.citations) out.push(citationLine(c));
    } else out.push('- **Citations:** none in the record');
    out.push('');
  });
  out.push('## Precedents', '');
  if (!brief.precedents.length) out.push('No precedent in the record for this host or requesting state.', '');
  for (const p of brief.precedents) {
    out.push(`### ${md(p.name)}`, '');
    out.push(
      `- **Host → requesting:** ${p.host_state ?? '?'} → ${p.requesting_state ?? '?'}${p.charges.length ? ` · charges: ${md(p.charges.join('; '))}` : ''}${p.groups.length ? ` · group: ${md(p.groups.join('; '))}` : ''}`,
    );
    out.push(`- **Why listed:** ${md(p.relevance.join('; '))}`);
    for (const d of p.decisions) {
      out.push(
        `- **${date(d.decided_on)}** — ${md(d.name)}${d.court ? `, ${md(d.court)}` : ''}${d.court_level ? ` (${md(d.court_level)})` : ''}: ${md(d.outcomes.join('; ') || 'outcome not recorded')}${d.grounds.length ? `. Grounds: ${md(d.grounds.join('; '))}` : ''}`,
      );
    }
    if (!p.decisions.length) out.push('- No decision recorded.');
    if (p.citations.length) {
      out.push('- **Sources:**');
      for (const c of p.citations) out.push(citationLine(c));
    }
    out.push('');
  }
  out.push('## What the record does not know', '');
  if (!brief.unknowns.length) out.push('Nothing flagged.');
  for (const u of brief.unknowns) out.push(`- ${md(u.question)} — ${md(u.why)} _(${u.rule})_`);
  out.push('', '## Rules applied', '');
  for (const r of brief.rules) out.push(`- **${md(r.title)}** (\`${r.id}\`): ${md(r.decides)}`);
  out.push('');
  return out.join('\n');
}
