/**
 * @module Rule: the political-offence exception and persecution clause (European Convention on
 * Extradition Art 3, mirrored in PRC treaties), and charges that look political; the PRC often
 * frames targets as economic criminals (legal-framework §1.9).
 */
import { ECONOMIC_CHARGES, PERSECUTED_GROUPS, POLITICAL_CHARGES } from '../classify.js';
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, nameOf, unique } from './helpers.js';

/** Political offence and persecution. */
export const politicalOffenceRule: Rule = {
  id: 'political-offence',
  title: 'Political offence and persecution',
  weight: 8,
  legalBasis: [
    {
      name: 'European Convention on Extradition Art 3',
      note: 'no extradition for a political offence, or where the request aims at persecution for race, religion, nationality or political opinion',
    },
    {
      name: 'PRC treaty refusal clauses',
      note: 'e.g. Italy–PRC allows refusal for political or military offences',
      url: 'https://agenziastampaitalia.it/cronaca/estera/127-contenuti-principali/527-italia-cina-firmati-due-trattati-su-estradizione-e-assistenza-giudiziaria-penale?tmpl=component&print=1&layout=default',
    },
    {
      name: 'Economic charges as cover',
      note: 'Sweden 2019 found a persecution risk for an embezzlement suspect active in the China Democracy Party',
      url: 'https://safeguarddefenders.com/en/blog/analysis-swedens-decision-bar-extradition-china',
    },
  ],
  needs: [
    'profile.charges',
    'profile.political_activity',
    'profile.groups',
    'record: rulings that found a persecution risk',
  ],
  decides:
    'Charges political on their face (national security, state secrets, subversion, separatism, terrorism, espionage) → protection. Ordinary charges but political activity or a persecuted group → protection (the request may aim at persecution). Economic charges, no activity and no such group → info (watch for economic framing). Charges or activity not stated → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'the political-offence exception');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const requesting = nameOf(ctx, ctx.requesting);
    const charges = ctx.profile.charges;
    const political = ctx.charges.filter((c) => POLITICAL_CHARGES.includes(c));
    const economic = ctx.charges.filter((c) => ECONOMIC_CHARGES.includes(c));
    const groups = ctx.groups.filter((g) => PERSECUTED_GROUPS.includes(g));
    const activity = ctx.profile.political_activity;
    const persecution = decisionsWhere(
      ctx,
      (d, p) => p.requesting === ctx.requesting && d.grounds.some((g) => /persecut|political/i.test(g)),
    );
    const cite = unique(persecution.flatMap((h) => decisionStatements(ctx, h.decision.id, /persecut|political/i)));
    const rulings = persecution.length
      ? ` Courts refused on this ground: ${persecution.map((h) => h.decision.name).join('; ')}.`
      : '';
    const facts = [
      fact(
        'charges',
        charges?.length ? charges.map((c) => c.as_stated ?? c.category).join('; ') : 'not stated',
        'profile',
      ),
      fact('political or rights activity', activity === undefined ? 'not stated' : activity ? 'yes' : 'no', 'profile'),
      fact('groups', groups.length ? groups.join(', ') : 'none stated', 'profile'),
    ];
    if (!charges?.length)
      unknowns.push({
        question: 'What are the charges, as the request states them?',
        why: 'Political charges bar extradition; capital charges raise the death-penalty ground.',
      });
    if (political.length) {
      findings.push({
        effect: 'protection',
        summary: `The charges (${political.join(', ')}) are political on their face or routinely used against ${requesting}'s critics and minorities: invoke the political-offence exception and the persecution clause.${rulings}`,
        facts,
        cite,
      });
    } else if (activity === true || groups.length) {
      findings.push({
        effect: 'protection',
        summary: `The person ${[activity ? 'is politically or socially active' : '', groups.length ? `belongs to a group at risk (${groups.join(', ')})` : ''].filter(Boolean).join(' and ')}: where the facts support it, argue that the request${economic.length ? `, though framed as ${economic.join(', ')},` : ''} aims at persecution for opinion, ethnicity, religion or nationality.${rulings}`,
        facts,
        cite,
      });
    } else if (activity === undefined) {
      findings.push({
        effect: 'unknown',
        summary: 'The profile does not say whether the person is politically, religiously or socially active.',
        facts,
        cite: [],
      });
      unknowns.push({
        question: 'Is the person known for political, religious or rights activity, or a member of a persecuted group?',
        why: 'Ordinary charges against an activist can be refused as persecution (Sweden 2019, Albania).',
      });
    } else if (charges?.length) {
      findings.push({
        effect: 'info',
        summary:
          `The charges look ordinary and no political activity or group is stated. ${economic.length ? `${requesting} has framed political targets as economic criminals; check the person's background before relying on that.` : ''}`.trim(),
        facts,
        cite: [],
      });
    }
    return { findings, unknowns };
  },
};
