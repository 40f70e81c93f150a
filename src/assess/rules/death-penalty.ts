/**
 * @module Rule: exposure to the death penalty and the assurances it calls for — ECHR Protocols
 * 6 and 13, EU Charter Art 19(2), European Convention on Extradition Art 11; Sweden 2019 saw a
 * real capital risk for embezzlement, Bulgaria 2018 accepted the offence was not capital
 * (legal-framework §1.10).
 */
import type { ChargeCategory } from '../profile.js';
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, hostIn, nameOf, ORG, unique } from './helpers.js';

/**
 * Requesting states whose law keeps the death penalty, with the charge categories that can carry
 * it there. Legal knowledge declared by the rule (legal-framework §1.10 for the PRC); a state not
 * listed yields `unknown`, never "no exposure".
 */
export const CAPITAL_CHARGES: Readonly<Record<string, readonly ChargeCategory[]>> = {
  CN: [
    'corruption',
    'embezzlement',
    'drug_trafficking',
    'violent_crime',
    'terrorism',
    'separatism',
    'national_security',
    'state_secrets',
    'espionage',
    'subversion',
  ],
};

/** Death penalty exposure. */
export const deathPenaltyRule: Rule = {
  id: 'death-penalty',
  title: 'Death penalty exposure and assurances',
  weight: 8,
  legalBasis: [
    {
      name: 'ECHR Protocols 6 and 13; EU Charter Art 19(2); European Convention on Extradition Art 11',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A12007P019',
    },
    {
      name: 'Sweden 2019 and Bulgaria 2018',
      note: 'Sweden found a real capital risk for embezzlement and discounted assurances; Bulgaria accepted that the offence was not capital',
      url: 'https://www.thelocal.se/20190709/sweden-refuses-to-extradite-chinese-man-death-penalty-risk/',
    },
  ],
  needs: [
    'requesting state',
    'profile.charges',
    'profile.assurances',
    'record: Council of Europe and EU membership of the host',
    'record: rulings on capital risk',
  ],
  decides:
    'A charge that can carry the death penalty in the requesting state → risk, plus protection where the host is bound by Protocols 6/13 or the EU Charter (removal barred without effective assurances). A Hong Kong request whose charges are capital on the mainland → risk (onward transfer under the NSL). Charges outside the capital list → info; charges not stated or a requesting state whose capital offences the rule does not know → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'death-penalty exposure');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const requesting = nameOf(ctx, ctx.requesting);
    const host = nameOf(ctx, ctx.host);
    const list = CAPITAL_CHARGES[ctx.requesting];
    const rulings = decisionsWhere(ctx, (d) => d.grounds.some((g) => /death|capital/i.test(g)));
    const rulingCite = unique(rulings.flatMap((h) => decisionStatements(ctx, h.decision.id, /death|capital/i)));
    if (!ctx.charges.length) {
      findings.push({
        effect: 'unknown',
        summary: 'The charges are not stated, so death-penalty exposure cannot be assessed.',
        facts: [],
        cite: [],
      });
      return { findings, unknowns };
    }
    if (!list && ctx.requesting === 'HK') {
      // Hong Kong has no death penalty, but the NSL lets mainland organs take cases (legal-framework §2)
      const mainland = ctx.charges.filter((c) => (CAPITAL_CHARGES.CN ?? []).includes(c));
      if (mainland.length) {
        findings.push({
          effect: 'risk',
          summary: `Hong Kong has no death penalty, but the charges (${mainland.join(', ')}) can carry it on the mainland, where the National Security Law lets cases be transferred. Ask for a guarantee against onward transfer.`,
          facts: [fact('charges', ctx.charges.join(', '), 'profile'), fact('requesting state', 'HK', 'request')],
          cite: rulingCite,
        });
        return { findings, unknowns };
      }
    }
    if (!list) {
      findings.push({
        effect: 'unknown',
        summary: `The rule does not know which offences carry the death penalty in ${requesting}.`,
        facts: [fact('requesting state', ctx.requesting, 'request')],
        cite: [],
      });
      unknowns.push({
        question: `Can the charged offence carry the death penalty in ${requesting}?`,
        why: 'Capital exposure bars extradition from Council of Europe and EU states without effective assurances.',
      });
      return { findings, unknowns };
    }
    const capital = ctx.charges.filter((c) => list.includes(c));
    const chargesFact = fact('charges', ctx.charges.join(', '), 'profile');
    if (!capital.length) {
      findings.push({
        effect: 'info',
        summary: `None of the stated charges is in the rule's list of capital offences for ${requesting}; confirm against the statute cited in the request.`,
        facts: [chargesFact],
        cite: [],
      });
      unknowns.push({
        question:
          'Which provision of the requesting state’s criminal code does the request cite, and what is its maximum penalty?',
        why: 'Some economic offences carry the death penalty depending on the amount.',
      });
      return { findings, unknowns };
    }
    const a = ctx.profile.assurances;
    const dpAssurance = a?.offered && a.kinds?.includes('death_penalty');
    findings.push({
      effect: 'risk',
      summary: `The charges (${capital.join(', ')}) can carry the death penalty in ${requesting}. ${dpAssurance ? 'A death-penalty assurance has been offered: test whether it binds the courts that would sentence.' : 'No death-penalty assurance is stated.'}${rulings.length ? ` Recorded rulings: ${rulings.map((h) => `${h.decision.name} (${h.decision.grounds.filter((g) => /death|capital/i.test(g)).join('; ')})`).join('; ')}.` : ''}`,
      facts: [
        chargesFact,
        fact(
          'death-penalty assurance',
          a === undefined ? 'not stated' : dpAssurance ? 'offered' : 'not offered',
          'profile',
        ),
      ],
      cite: rulingCite,
    });
    const coe = hostIn(ctx, ORG.coe);
    const eu = hostIn(ctx, ORG.eu);
    if (coe.status === 'member' || eu.status === 'member') {
      findings.push({
        effect: 'protection',
        summary: `${host} is bound by ${[coe.status === 'member' ? 'ECHR Protocols 6/13' : '', eu.status === 'member' ? 'EU Charter Art 19(2)' : ''].filter(Boolean).join(' and ')}: no extradition on a serious risk of the death penalty without effective assurances.`,
        facts: [chargesFact],
        cite: unique([...coe.statements, ...eu.statements].map((s) => s.id)),
      });
    }
    if (a === undefined)
      unknowns.push({
        question: 'Has the requesting state given a death-penalty assurance, and from which authority?',
        why: 'Without an effective assurance, capital exposure bars extradition from Council of Europe and EU states.',
      });
    return { findings, unknowns };
  },
};
