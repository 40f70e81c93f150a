/**
 * @module Rule: the treaty situation between the host and the requesting state as of the date —
 * none recorded, negotiated, signed, ratified by some, in force, suspended — derived from dated
 * lifecycle events by `listTreaties`. No treaty recorded is never read as no risk
 * (legal-framework §1.14): people have been surrendered without treaties.
 */
import { formatValue, parseDate } from '../../domain/index.js';
import type { TreatyView } from '../../query/index.js';
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { cid, fact, unknownJurisdiction } from './types.js';
import { nameOf, textMatching, unique, when } from './helpers.js';

const EXTRADITION = 'extradition';

function eventLine(t: TreatyView, asOf: string): string {
  const end = parseDate(asOf).end;
  const lines = t.events
    .filter((e) => e.value.type !== 'none' || e.asOf)
    .filter((e) => e.value.type !== 'date' || parseDate(e.value.date).start <= end)
    .map(
      (e) =>
        `${e.event.replace(/_/g, ' ')}${e.party ? ` by ${e.party.replace('country:', '')}` : ''}: ${
          e.value.type === 'none' ? `not as of ${when(e.asOf)}` : formatValue(e.value)
        }`,
    );
  return [...new Set(lines)].join('; ');
}

function citedEvents(t: TreatyView, asOf: string): string[] {
  // events dated after the assessment date are not cited: the brief speaks for that date
  return t.events
    .filter((e) => e.value.type !== 'date' || parseDate(e.value.date).start <= parseDate(asOf).end)
    .map((e) => e.statement);
}

function describe(ctx: Parameters<Rule['evaluate']>[0], t: TreatyView): DraftFinding {
  const s = t.status;
  const host = cid(ctx.host);
  const parties = t.status.parties
    .map((p) => `${p.party.replace('country:', '')}: ${p.status.replace('_', ' ')}`)
    .join(', ');
  const base = `${t.name} — as of ${when(ctx.asOf)}: ${t.label} (${parties}).`;
  const facts = [
    fact('instrument', t.name, 'record', [t.id]),
    fact('status', t.label, 'record'),
    fact('events', eventLine(t, ctx.asOf) || 'none recorded', 'record'),
  ];
  const cite = citedEvents(t, ctx.asOf);
  switch (s.overall) {
    case 'in_force':
      return {
        effect: 'risk',
        summary: `${base} The request has a treaty route. A treaty does not lift the host's human-rights duties: courts in treaty states (Cyprus, Italy) have still refused.`,
        facts,
        cite,
      };
    case 'suspended': {
      const byHost = s.overallParties.includes(host);
      return {
        effect: 'protection',
        summary: `${base} The treaty route is suspended${byHost ? ' by the host' : ''}; surrender under domestic law or by deportation may remain possible.`,
        facts,
        cite,
      };
    }
    case 'terminated':
    case 'rejected':
      return {
        effect: 'info',
        summary: `${base} No treaty route; domestic-law surrender may remain possible.`,
        facts,
        cite,
      };
    case 'ratified_by_some':
    case 'ratified':
    case 'signed':
    case 'negotiated':
      return {
        effect: 'risk',
        summary: `${base} Not in force as of that date, so there is no treaty route yet — but the host may surrender under domestic law, and entry into force during the proceedings would open one.`,
        facts,
        cite,
      };
    case 'unknown':
      return {
        effect: 'unknown',
        summary: `${base} The record holds the instrument but no dated event that fixes its status on that date.`,
        facts,
        cite,
      };
  }
}

/** Treaty situation between the pair (legal-framework §2, §1.14). */
export const treatyStatusRule: Rule = {
  id: 'treaty-status',
  title: 'Treaty situation',
  weight: 10,
  legalBasis: [
    {
      name: 'Bilateral extradition treaty',
      note: 'status derived per party from dated signature, ratification, entry-into-force and suspension events',
    },
    {
      name: 'No treaty is not no risk (legal-framework §1.14)',
      note: 'Hungary and Greece extradited to China without treaties; Serbia sent five people under domestic law',
      url: 'https://thediplomat.com/2017/01/the-pitfalls-of-law-enforcement-cooperation-with-china',
    },
  ],
  needs: [
    'host state',
    'requesting state',
    'assessment date',
    'record: instruments with both states as parties, their type and lifecycle events',
  ],
  decides:
    'Extradition instruments between the pair: in force → risk (a treaty route exists); signed or ratified by some → risk (no route yet, domestic law and entry into force remain); suspended → protection; none recorded → unknown, never reassurance. Other bilateral police or security instruments are listed as info.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'the treaty situation');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const extradition = ctx.treaties.filter((t) => t.types.includes(EXTRADITION));
    const host = nameOf(ctx, ctx.host);
    const requesting = nameOf(ctx, ctx.requesting);
    if (!extradition.length) {
      const noTreaty = textMatching(ctx, cid(ctx.host), ['description'], /no extradition treaty/i).filter((s) =>
        new RegExp(requesting, 'i').test(s.value.type === 'text' ? s.value.text : ''),
      );
      findings.push({
        effect: 'unknown',
        summary: `No extradition treaty between ${host} and ${requesting} is recorded as of ${when(ctx.asOf)}${
          noTreaty.length ? ' (a source says there is none)' : ''
        }. This is not protection: people have been surrendered without treaties under domestic law or by deportation.`,
        facts: [
          fact(
            'extradition instruments recorded',
            '0',
            'record',
            noTreaty.map((s) => s.id),
          ),
        ],
        cite: noTreaty.map((s) => s.id),
      });
      unknowns.push({
        question: `Is there an extradition treaty, or a domestic-law route, between ${host} and ${requesting} that the record lacks?`,
        why: 'A treaty in force gives the request a route; domestic extradition law or deportation can be used without one.',
      });
    }
    for (const t of extradition) {
      findings.push(describe(ctx, t));
      for (const p of t.status.parties) {
        for (const f of p.uncertain) {
          unknowns.push({
            question: `Had ${p.party.replace('country:', '')} ${f.event.replace(/_/g, ' ')} ${t.name} by ${when(ctx.asOf)}? The record's date straddles or follows it.`,
            why: 'It changes whether the treaty route was open on the assessment date.',
          });
        }
      }
      if (t.status.conflicts.length) {
        unknowns.push({
          question: `Sources disagree on ${t.name}: ${t.status.conflicts.map((c) => c.reason).join('; ')}.`,
          why: 'The derived status may be wrong until the disagreement is resolved.',
        });
      }
    }
    const other = ctx.treaties.filter((t) => !t.types.includes(EXTRADITION) && !t.types.every((x) => x === 'other'));
    if (other.length) {
      findings.push({
        effect: 'info',
        summary: `Other instruments between ${host} and ${requesting}: ${other.map((t) => `${t.name} (${t.types.join(', ')}; ${t.label})`).join('; ')}.`,
        facts: other.map((t) => fact('instrument', `${t.name}: ${t.label}`, 'record', [t.id])),
        cite: unique(other.flatMap((t) => citedEvents(t, ctx.asOf).slice(0, 3))),
      });
    }
    return { findings, unknowns };
  },
};
