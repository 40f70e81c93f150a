/**
 * @module Rule: EU Charter Article 19(2) — no removal or extradition on a serious risk of the
 * death penalty, torture or inhuman treatment; binds the 27 EU states when applying EU law, e.g.
 * when the requested person is a citizen of another EU state (Petruhhin line)
 * (legal-framework §1.8).
 */
import type { Rule, RuleResult } from './types.js';
import { cid, fact, unknownJurisdiction } from './types.js';
import { hostIn, nameOf, ORG, when } from './helpers.js';

/** EU Charter Art 19(2). */
export const euCharterRule: Rule = {
  id: 'eu-charter',
  title: 'EU Charter Art 19(2)',
  weight: 5,
  legalBasis: [
    {
      name: 'Charter of Fundamental Rights of the EU, Art 19(2)',
      note: 'no removal, expulsion or extradition to a state with a serious risk of the death penalty, torture or inhuman treatment',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A12007P019',
    },
    {
      name: 'Petruhhin (CJEU, C-182/15)',
      note: 'a request for another EU state’s citizen engages EU law: that state must be informed and may prosecute instead',
    },
  ],
  needs: [
    'host state',
    'profile.nationalities',
    'record: EU membership of the host and of the person’s states of nationality',
  ],
  decides:
    'Host an EU member → protection (Art 19(2) when applying EU law); stronger where the person is a citizen of another EU state (Petruhhin). Not a member by the complete list → info. Not recorded for the date → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'EU Charter Art 19(2)');
    if (early) return early;
    const eu = hostIn(ctx, ORG.eu);
    const host = nameOf(ctx, ctx.host);
    const memberFact = fact(
      'EU member',
      eu.status === 'member' ? 'yes' : eu.status === 'not_member' ? 'no' : 'not recorded',
      'record',
      eu.statements.map((s) => s.id),
    );
    if (eu.status === 'unknown') {
      return {
        findings: [
          {
            effect: 'unknown',
            summary: `The record does not say whether ${host} was an EU member on ${when(ctx.asOf)}.`,
            facts: [memberFact],
            cite: [],
          },
        ],
        unknowns: [
          {
            question: `Was ${host} an EU member on ${when(ctx.asOf)}?`,
            why: 'EU Charter Art 19(2) would apply when EU law is engaged.',
          },
        ],
      };
    }
    if (eu.status === 'not_member') {
      return {
        findings: [
          {
            effect: 'info',
            summary: `${host} is not an EU member state; the EU Charter does not bind it.`,
            facts: [memberFact],
            cite: eu.statements.map((s) => s.id),
          },
        ],
        unknowns: [],
      };
    }
    const euCitizenships = ctx.nationalities.filter(
      (n) => n !== ctx.host && ctx.record.membership(cid(n), ORG.eu, ctx.asOf).status === 'member',
    );
    const citizenship = euCitizenships
      .map((n) => ctx.record.membership(cid(n), ORG.eu, ctx.asOf).statements.map((s) => s.id))
      .flat();
    return {
      findings: [
        {
          effect: 'protection',
          summary: `${host} is an EU member: Charter Art 19(2) bars extradition on a serious risk of the death penalty, torture or inhuman treatment whenever EU law is engaged.${
            euCitizenships.length
              ? ` The person is a citizen of ${euCitizenships.map((n) => nameOf(ctx, n)).join(', ')}: under Petruhhin, that state must be informed and may ask to prosecute instead.`
              : ''
          }`,
          facts: [memberFact, fact('nationalities', ctx.nationalities.join(', ') || 'not stated', 'profile')],
          cite: [...eu.statements.map((s) => s.id), ...citizenship],
        },
      ],
      unknowns: ctx.nationalities.length
        ? []
        : [
            {
              question: 'What are the person’s nationalities?',
              why: 'A citizen of another EU state engages EU law (Petruhhin).',
            },
          ],
    };
  },
};
