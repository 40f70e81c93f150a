import { describe, expect, it } from 'vitest';
import type { Brief } from '../brief.js';
import { DISCLAIMER } from '../brief.js';
import { renderBrief } from './index.js';

const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

const BRIEF: Brief = {
  kind: 'longarm.assess.brief',
  version: 1,
  generated_at: '2026-11-23T12:00:00.000Z',
  assessment_date: '2026-11-23',
  record: { date: '2026-11-23', statements: 3, entities: 2 },
  role: 'public',
  disclaimer: DISCLAIMER,
  request: {
    host: { code: 'RS', name: 'Serbia', known: true },
    requesting: { code: 'CN', name: 'China', known: true },
    profile: {},
  },
  findings: [
    {
      rule: 'echr-art3',
      title: 'ECHR Art 3',
      effect: 'bar',
      summary: `Summary with ${hostile}`,
      legal_basis: [{ name: 'ECHR Art 3', url: 'javascript:alert(1)' }],
      facts_used: [{ name: 'member', value: 'yes', from: 'record' }],
      citations: [
        {
          statement: 'st_1',
          entity: 'decision:x',
          entity_name: hostile,
          property: 'outcome',
          value: 'breach',
          source: { id: 'source:a', name: 'Source A', url: 'https://example.org/a' },
          evidence: { status: 'verified', quote: hostile },
        },
        {
          statement: 'st_2',
          entity: 'decision:x',
          entity_name: 'X',
          property: 'decided_on',
          value: '6 October 2022',
          source: { id: 'source:b', name: 'Source B' },
          evidence: { status: 'pinpoint', pinpoint: '§ 12' },
        },
      ],
    },
  ],
  precedents: [],
  unknowns: [{ rule: 'uncat-art3', question: 'Is the host a CAT party?', why: 'It matters.' }],
  rules: [{ id: 'echr-art3', title: 'ECHR Art 3', needs: ['host'], decides: 'member → bar' }],
};

describe('brief renderers', () => {
  it('HTML is self-contained, escaped, script-free and printable', () => {
    const html = renderBrief(BRIEF, 'html');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|src=["']http/i);
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('not verified against text');
    expect(html).toContain('Not legal advice');
  });

  it('Markdown keeps record text from becoming HTML and shows every citation', () => {
    const md = renderBrief(BRIEF, 'md');
    expect(md).not.toContain('<script>');
    expect(md).toContain('[BAR] ECHR Art 3');
    expect(md).toContain('`st_1`');
    expect(md).toContain('at § 12 (not verified against text)');
    expect(md).toContain('Is the host a CAT party?');
  });

  it('JSON round-trips the brief', () => {
    expect(JSON.parse(renderBrief(BRIEF, 'json'))).toEqual(BRIEF);
  });
});
