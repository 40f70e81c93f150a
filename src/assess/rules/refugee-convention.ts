/**
 * @module Rule: Refugee Convention Article 33 (non-refoulement) and pending asylum claims;
 * Article 1F exclusion does not remove ECHR Art 3 or CAT protection (legal-framework §1.7).
 */
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, hostIn, nameOf, ORG, unique } from './helpers.js';

/** Refugee status and asylum claims. */
export const refugeeRule: Rule = {
  id: 'refugee-convention',
  title: 'Refugee Convention Art 33; pending asylum',
  weight: 8,
  legalBasis: [
    {
      name: 'Refugee Convention Art 33(1)–(2)',
      note: 'no return of a refugee to persecution; exceptions only for a danger to security or a final conviction for a particularly serious crime',
      url: 'https://publications.parliament.uk/pa/jt200304/jtselect/jtrights/190/19005.htm',
    },
    {
      name: 'Refugee Convention Art 1F',
      note: 'exclusion for serious non-political crimes abroad and other grounds; ECHR Art 3 and CAT still protect',
      url: 'https://www.daniellecohenimmigration.com/who-is-excluded-from-the-refugee-convention/',
    },
  ],
  needs: [
    'profile.asylum (status, country)',
    'record: Refugee Convention parties',
    'record: rulings that weighed asylum',
  ],
  decides:
    'Recognised refugee (or UNHCR mandate) in a recorded party → bar, subject to Art 33(2) and 1F. Pending claim → protection (courts weighed pending claims: Sweden 2019, Cyprus 2022). Rejected or none → info. Not stated → unknown. Host party status not recorded → the finding says so and the question is listed.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'refugee protection');
    if (early) return early;
    const host = nameOf(ctx, ctx.host);
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const party = hostIn(ctx, ORG.refugee);
    const partyFact = fact(
      'host a Refugee Convention party',
      party.status === 'member' ? 'yes' : 'not recorded',
      'record',
      party.statements.map((s) => s.id),
    );
    const asylumRulings = decisionsWhere(ctx, (d) => d.grounds.some((g) => /asylum|refugee/i.test(g)));
    const rulingCite = unique(asylumRulings.flatMap((h) => decisionStatements(ctx, h.decision.id, /asylum|refugee/i)));
    const a = ctx.profile.asylum;
    if (party.status !== 'member') {
      unknowns.push({
        question: `Is ${host} a party to the 1951 Refugee Convention?`,
        why: 'Art 33 would bar returning a recognised refugee to persecution.',
      });
    }
    if (!a) {
      findings.push({
        effect: 'unknown',
        summary: 'The profile does not say whether the person has claimed asylum or holds refugee status.',
        facts: [partyFact],
        cite: [],
      });
      unknowns.push({
        question: 'Has the person claimed asylum, or been recognised as a refugee by a state or UNHCR?',
        why: 'Recognised status bars return to persecution (Art 33); a pending claim weighs against extradition.',
      });
      return { findings, unknowns };
    }
    const where = a.country ? ` (${nameOf(ctx, a.country)})` : '';
    const statusFact = fact('asylum status', `${a.status}${where}`, 'profile');
    const partyCite = party.statements.map((s) => s.id);
    switch (a.status) {
      case 'recognised':
      case 'unhcr_mandate':
        findings.push({
          effect: party.status === 'member' ? 'bar' : 'protection',
          summary: `The person is a recognised refugee${where}. ${party.status === 'member' ? `${host} is a recorded party to the Refugee Convention:` : `The record does not say whether ${host} is a party; if it is,`} Art 33(1) bars return to persecution, subject only to Art 33(2) and Art 1F — and exclusion does not remove ECHR Art 3 or CAT protection.`,
          facts: [statusFact, partyFact],
          cite: unique([...partyCite, ...rulingCite]),
        });
        break;
      case 'pending':
        findings.push({
          effect: 'protection',
          summary: `An asylum claim is pending${where}. Courts have weighed pending or recognised asylum against extradition${asylumRulings.length ? ` (${asylumRulings.map((h) => h.decision.name).join('; ')})` : ''}; ask that the extradition wait for the asylum decision.`,
          facts: [statusFact, partyFact],
          cite: unique([...partyCite, ...rulingCite]),
        });
        break;
      case 'rejected':
        findings.push({
          effect: 'info',
          summary: `An asylum claim was rejected${where}. Non-refoulement under ECHR Art 3 and CAT Art 3 still applies; check appeal and fresh-claim options.`,
          facts: [statusFact],
          cite: [],
        });
        break;
      case 'none':
        findings.push({
          effect: 'info',
          summary:
            'No asylum claim has been made. If the person fears persecution, a claim may be made and would weigh against extradition.',
          facts: [statusFact],
          cite: [],
        });
        break;
    }
    return { findings, unknowns };
  },
};
