/**
 * @module Rule: ECHR Article 3 (Soering line) for Council of Europe host states, with the
 * ECtHR's assessment of China's detention system in Liu v. Poland (legal-framework §1.1–1.2).
 * Membership comes from the data set (46 members, Russia until 16 March 2022), not from code.
 */
import type { DraftFinding, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, ecthrRulingsOnRequester, hostIn, nameOf, ORG, unique, when } from './helpers.js';

/** ECHR Art 3 non-refoulement. */
export const echrArt3Rule: Rule = {
  id: 'echr-art3',
  title: 'ECHR Art 3: torture and inhuman treatment',
  weight: 9,
  legalBasis: [
    {
      name: 'ECHR Art 3 (Soering v. UK, 1989)',
      note: 'absolute: no removal where substantial grounds show a real risk of torture or inhuman or degrading treatment, whatever the charge',
      url: 'https://lawfaremedia.org/european-court-uk-cannot-deport-abu-qatada-jordan',
    },
    {
      name: 'Liu v. Poland, ECtHR, no. 37610/18, 6 Oct 2022',
      note: 'a general situation of violence in Chinese detention: the person need not show individual risk; informal assurances inadequate; persuasive for every Council of Europe host',
      url: 'https://beta.bailii.org/eu/cases/ECHR/2022/793.html',
    },
  ],
  needs: [
    'host state',
    'requesting state',
    'assessment date',
    'record: Council of Europe membership of the host',
    'record: ECtHR rulings on removal to the requesting state',
  ],
  decides:
    'Host a Council of Europe member on the date and an ECtHR ruling already found removal to the requesting state contrary to Art 3 (Liu v. Poland for China) → bar. Member without such a ruling → protection (individual risk must be shown). Not a member by a complete membership list → info. Membership not recorded for the date → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'ECHR Art 3');
    if (early) return early;
    const coe = hostIn(ctx, ORG.coe);
    const host = nameOf(ctx, ctx.host);
    const requesting = nameOf(ctx, ctx.requesting);
    const member = fact(
      'Council of Europe member',
      coe.status === 'member' ? 'yes' : coe.status === 'not_member' ? 'no' : 'not recorded',
      'record',
      coe.statements.map((s) => s.id),
    );
    if (coe.status === 'unknown') {
      return {
        findings: [
          {
            effect: 'unknown',
            summary: `The record does not say whether ${host} was bound by the ECHR on ${when(ctx.asOf)}.`,
            facts: [member],
            cite: [],
          },
        ],
        unknowns: [
          {
            question: `Was ${host} a Council of Europe member on ${when(ctx.asOf)}?`,
            why: 'ECHR Art 3 would bar removal on a real risk of ill-treatment.',
          },
        ],
      };
    }
    if (coe.status === 'not_member') {
      return {
        findings: [
          {
            effect: 'info',
            summary: `${host} is not among the Council of Europe members recorded for ${when(ctx.asOf)}, so ECHR Art 3 does not bind it; look to UN CAT Art 3 and ICCPR Art 7 instead.`,
            facts: [member],
            cite: coe.statements.map((s) => s.id),
          },
        ],
        unknowns: [],
      };
    }
    const rulings = ecthrRulingsOnRequester(ctx);
    const findings: DraftFinding[] = [];
    if (rulings.length) {
      const r = rulings[0]!;
      const cite = unique([
        ...coe.statements.map((s) => s.id),
        ...decisionStatements(
          ctx,
          r.decision.id,
          /article 3|art(icle)? 3|violence|ill-treat|individual risk|monitoring|assurances/i,
          ['decided_on', 'decided_by', 'effective_on'],
        ),
      ]);
      findings.push({
        effect: 'bar',
        summary: `${host} is a Council of Europe member, bound by the absolute ECHR Art 3. In ${r.precedent.name} (${r.decision.court ?? 'ECtHR'}, ${when(r.decision.decidedOn)}) the Court found that extradition to ${requesting} would breach Art 3 because of the general situation in its detention system, so a person likely to be detained there need not show individual risk, whatever their nationality. ${
          r.precedent.host === ctx.host
            ? `The judgment binds ${host} (Art 46).`
            : `It binds the respondent state (${r.precedent.host ?? 'unknown'}) and is persuasive authority for ${host}; national courts have followed it.`
        } Invoke it before every court, and ask the ECtHR for an interim measure (Rule 39) if surrender is imminent.`,
        facts: [
          member,
          fact('ECtHR ruling on the requesting state', `${r.decision.name} (${when(r.decision.decidedOn)})`, 'record', [
            r.decision.id,
          ]),
        ],
        cite,
      });
    } else {
      findings.push({
        effect: 'protection',
        summary: `${host} is a Council of Europe member, bound by the absolute ECHR Art 3: no removal where there is a real risk of torture or inhuman treatment in ${requesting}. The record holds no ECtHR ruling on removal to ${requesting} decided by ${when(ctx.asOf)}, so individual risk must be shown.`,
        facts: [member],
        cite: coe.statements.map((s) => s.id),
      });
    }
    return { findings, unknowns: [] };
  },
};
