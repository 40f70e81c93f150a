/**
 * @module Rule: UN Convention against Torture Article 3 (no return where there are substantial
 * grounds for danger of torture) and interim measures under Article 22 (legal-framework §1.5).
 * Which states are parties is data (`data/reference-memberships.json`), as far as recorded.
 */
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, hostIn, nameOf, ORG, unique, when } from './helpers.js';

const CAT_COMMITTEE = 'organization:un-committee-against-torture';

/** CAT Art 3 and Art 22 interim measures. */
export const uncatRule: Rule = {
  id: 'uncat-art3',
  title: 'UN CAT Art 3 and interim measures (Art 22)',
  weight: 8,
  legalBasis: [
    {
      name: 'UN Convention against Torture Art 3',
      note: 'no extradition where there are substantial grounds for believing the person would be in danger of torture; a consistent pattern of gross violations is relevant',
    },
    {
      name: 'CAT Art 22 interim measures',
      note: 'where the host accepts individual complaints, the Committee can ask it not to remove the person while it examines the case',
      url: 'https://info.5y1.org/nature-communications-for-authors_3_90eac7.html',
    },
  ],
  needs: [
    'host state',
    'record: CAT parties and Art 22 declarations',
    'record: interim measures ordered by the Committee and what followed',
  ],
  decides:
    'Host a recorded CAT party → protection; if it also accepts Art 22 complaints, an interim-measures request is possible (protection). Party status not recorded → unknown, never assumed. Recorded cases where the Committee ordered interim measures are cited, with what the host did.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'CAT Art 3');
    if (early) return early;
    const host = nameOf(ctx, ctx.host);
    const requesting = nameOf(ctx, ctx.requesting);
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const cat = hostIn(ctx, ORG.cat);
    const art22 = hostIn(ctx, ORG.cat22);
    const measures = decisionsWhere(ctx, (d) => d.courtId === CAT_COMMITTEE);
    const measureCite = unique(
      measures.flatMap((h) =>
        decisionStatements(ctx, h.decision.id, /interim|not to be carried out/i, ['decided_on', 'decided_by']),
      ),
    );
    const measureText = measures.length
      ? ` Recorded: the Committee ordered interim measures in ${measures.map((h) => `${h.precedent.name} (${when(h.decision.decidedOn)})`).join('; ')}${
          measures.some((h) => h.precedent.decisions.some((d) => /approved/i.test(d.outcomes.join(' '))))
            ? ' — and a court there still approved extradition, so the measure must be pressed actively'
            : ''
        }.`
      : '';
    if (cat.status === 'member') {
      findings.push({
        effect: 'protection',
        summary: `${host} is a recorded party to the UN Convention against Torture: no extradition to ${requesting} where there are substantial grounds for believing the person would face torture.${
          art22.status === 'member'
            ? ` ${host} accepts individual complaints (Art 22): ask the Committee for interim measures if surrender is close.`
            : ''
        }${measureText}`,
        facts: [
          fact(
            'CAT party',
            'yes',
            'record',
            cat.statements.map((s) => s.id),
          ),
          fact(
            'accepts Art 22 complaints',
            art22.status === 'member' ? 'yes' : 'not recorded',
            'record',
            art22.statements.map((s) => s.id),
          ),
        ],
        cite: unique([...cat.statements.map((s) => s.id), ...art22.statements.map((s) => s.id), ...measureCite]),
      });
      if (art22.status !== 'member') {
        unknowns.push({
          question: `Does ${host} accept individual complaints under CAT Art 22?`,
          why: 'If so, the Committee can ask it to halt the removal while it examines a complaint.',
        });
      }
    } else {
      findings.push({
        effect: 'unknown',
        summary: `The record does not say whether ${host} is a party to the UN Convention against Torture (the recorded list is partial).${measureText}`,
        facts: [fact('CAT party', 'not recorded', 'record')],
        cite: measureCite,
      });
      unknowns.push({
        question: `Is ${host} a party to the UN Convention against Torture, and does it accept Art 22 complaints?`,
        why: 'CAT Art 3 bars extradition on substantial grounds of danger of torture; Art 22 allows interim measures.',
      });
    }
    return { findings, unknowns };
  },
};
