/**
 * @module Rule: requests from Hong Kong SAR — the 2020 National Security Law lets mainland organs
 * take cases, so surrender to Hong Kong can mean onward transfer to the PRC; HK agreements
 * suspended by many states; Hong Kong as a non-sovereign requester (French Cour de cassation,
 * 2012) (legal-framework §1.13 and §2).
 */
import type { DraftFinding, Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, textMatching, unique } from './helpers.js';

const NSL = 'instrument:hk-national-security-law';

/** Hong Kong NSL and onward transfer. */
export const hongKongRule: Rule = {
  id: 'hong-kong-nsl',
  title: 'Hong Kong: National Security Law and onward transfer',
  weight: 7,
  legalBasis: [
    {
      name: 'Hong Kong National Security Law (2020), Arts 55–61',
      note: 'mainland security organs and courts may take cases',
    },
    {
      name: 'VCLT Art 62',
      note: 'fundamental change of circumstances, invoked to suspend HK agreements after the NSL',
      url: 'https://sinopsis.cz/en/czech-republic-moves-closer-to-suspending-extradition-treaty-with-hong-kong/',
    },
    {
      name: 'Cour de cassation, 14 Feb 2012, no. 11-87.679',
      note: 'a request from a non-sovereign entity',
      url: 'https://www.francepenal.org/crim-14-fevr-2012-n-11-87-679-bull-crim-n-41/',
    },
  ],
  needs: [
    'requesting state',
    'profile.groups (Hong Kong activist)',
    'record: the NSL',
    'record: rulings on Hong Kong requests',
  ],
  decides:
    'Request from HK → risk: onward transfer to the mainland under the NSL brings the PRC grounds (Liu v. Poland) into play; a recorded ruling on HK as a non-sovereign requester → protection. A Hong Kong activist requested by the PRC → risk (NSL offences). Otherwise not applicable.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'the Hong Kong grounds');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const nsl = textMatching(ctx, NSL, ['description'], /mainland|moved|55/i);
    const nslCite = nsl.map((s) => s.id);
    if (ctx.requesting === 'HK') {
      const liu = ctx.record.entity('decision:echr-liu-v-poland-2022');
      findings.push({
        effect: 'risk',
        summary: `The request comes from Hong Kong SAR. Under the 2020 National Security Law mainland organs can take cases, so surrender to Hong Kong can mean transfer to the PRC: argue the PRC grounds${liu ? ' (Liu v. Poland)' : ''} as well, and ask for a guarantee against onward transfer.`,
        facts: [
          fact('requesting state', 'HK', 'request'),
          fact('NSL provisions recorded', String(nsl.length), 'record', nslCite),
        ],
        cite: nslCite,
      });
      const sovereign = decisionsWhere(
        ctx,
        (d, p) => p.requesting === 'HK' && d.grounds.some((g) => /sovereign/i.test(g)),
      );
      if (sovereign.length) {
        findings.push({
          effect: 'protection',
          summary: `A court has treated a Hong Kong request as coming from a non-sovereign entity: ${sovereign.map((h) => `${h.decision.name} — ${h.decision.outcomes.join('; ')}`).join('; ')}. Check whether the host's law allows extradition to a non-state.`,
          facts: [],
          cite: unique(
            sovereign.flatMap((h) =>
              decisionStatements(ctx, h.decision.id, /sovereign|annul/i, ['decided_on', 'decided_by']),
            ),
          ),
        });
      }
    } else if (ctx.requesting === 'CN' && ctx.groups.includes('hong_kong_activist')) {
      findings.push({
        effect: 'risk',
        summary:
          'A Hong Kong activist requested by the PRC: the charges may rest on the National Security Law, whose offences are political in substance.',
        facts: [fact('group', 'hong_kong_activist', 'profile')],
        cite: nslCite,
      });
    }
    return { findings, unknowns: [] };
  },
};
