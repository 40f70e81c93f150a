/**
 * @module Rule: ECHR Article 6 — removal breaches Art 6 only where the trial abroad would be a
 * flagrant denial of justice (Othman v. UK, 2012), and diplomatic assurances are tested against
 * the Othman criteria; courts have rejected Chinese assurances (Czech Republic 2020, Cyprus
 * 2022, Italy 2023) and accepted them elsewhere (legal-framework §1.4).
 */
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { cid, fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, hostIn, nameOf, ORG, textMatching, unique, when } from './helpers.js';

/** The Othman assurance tests, paraphrased (legal-framework §1.4; verify against the judgment). */
export const OTHMAN_CRITERIA: readonly string[] = [
  'terms disclosed',
  'specific rather than general',
  'given by someone who can bind the state',
  'local officials likely to comply',
  'covers acts legal or illegal in the requesting state',
  'whether the requesting state is an ECHR party',
  'strength of relations and past compliance',
  'independent verification (monitoring, lawyer access)',
  'effective local protection against torture',
  'prior ill-treatment of the person',
  'reliability tested by domestic courts',
];

/** Flagrant denial of justice and assurances. */
export const echrArt6Rule: Rule = {
  id: 'echr-art6-fair-trial',
  title: 'ECHR Art 6: flagrant denial of justice; diplomatic assurances',
  weight: 7,
  legalBasis: [
    {
      name: 'Othman (Abu Qatada) v. UK, ECtHR, no. 8139/09, 17 Jan 2012',
      note: 'a real risk that torture-obtained evidence would be used amounted to a flagrant denial of justice; assurance tests at §189',
      url: 'https://dipublico.org/1979/diplomatic-assurances-torture-and-extradition-the-case-of-othman-abu-qatada-v-the-united-kingdom',
    },
    {
      name: 'Court rulings on Chinese assurances',
      note: 'rejected: Czech Constitutional Court 2020, Cyprus 2022, Italy 2023; accepted: Canada 2011, New Zealand 2022; breached in the Wang Jianye and Yang Fong cases',
      url: 'https://safeguarddefenders.com/en/blog/hide-and-seek-major-report-chinas-extradition-campaign',
    },
  ],
  needs: [
    'host state',
    'requesting state',
    'profile.assurances',
    'record: Council of Europe membership',
    'record: the requesting state’s justice system',
    'record: rulings on assurances',
  ],
  decides:
    'Council of Europe host → protection (argue a flagrant denial of justice, citing what the record holds on the requesting state’s trials). Assurances offered → risk: they will be tested against the Othman criteria; rulings on that state’s assurances are listed. Assurances not stated → unknown. Non-member → info; membership not recorded → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'ECHR Art 6');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const coe = hostIn(ctx, ORG.coe);
    const host = nameOf(ctx, ctx.host);
    const requesting = nameOf(ctx, ctx.requesting);
    const justice = textMatching(ctx, cid(ctx.requesting), ['description'], /ICCPR|judicial|trial|justice|conviction/i);
    const conviction = ctx.record
      .about(cid(ctx.requesting), 'figure')
      .filter((s) => s.value.type === 'number' && /conviction/i.test(s.value.unit ?? ''));
    const judicialGrounds = decisionsWhere(
      ctx,
      (d, p) =>
        p.requesting === ctx.requesting && d.grounds.some((g) => /judicial safeguard|fair trial|justice/i.test(g)),
    );
    const recordCite = unique([
      ...justice.map((s) => s.id),
      ...conviction.map((s) => s.id),
      ...judicialGrounds.flatMap((h) =>
        decisionStatements(ctx, h.decision.id, /judicial safeguard|fair trial|justice/i, []),
      ),
    ]);
    if (coe.status === 'member') {
      findings.push({
        effect: 'protection',
        summary: `${host} is bound by ECHR Art 6: removal is barred where the trial in ${requesting} would be a flagrant denial of justice (Othman).${
          recordCite.length
            ? ` The record holds ${recordCite.length} sourced facts on ${requesting}'s justice system to support it.`
            : ` The record holds nothing on ${requesting}'s trials; evidence must come from elsewhere.`
        }`,
        facts: [
          fact(
            'Council of Europe member',
            'yes',
            'record',
            coe.statements.map((s) => s.id),
          ),
        ],
        cite: unique([...coe.statements.map((s) => s.id), ...recordCite]),
      });
    } else if (coe.status === 'not_member') {
      findings.push({
        effect: 'info',
        summary: `${host} is not bound by the ECHR; fair-trial arguments rest on domestic law and ICCPR Art 14.`,
        facts: [fact('Council of Europe member', 'no', 'record')],
        cite: coe.statements.map((s) => s.id),
      });
    } else {
      findings.push({
        effect: 'unknown',
        summary: `The record does not say whether ${host} was bound by the ECHR on ${when(ctx.asOf)}.`,
        facts: [],
        cite: [],
      });
    }
    const a = ctx.profile.assurances;
    const rulings = decisionsWhere(
      ctx,
      (d, p) => p.requesting === ctx.requesting && d.grounds.some((g) => /assurance/i.test(g)),
    );
    const rulingCite = unique(rulings.flatMap((h) => decisionStatements(ctx, h.decision.id, /assurance/i)));
    const rulingList = rulings
      .map((h) => `${h.decision.name} (${h.decision.grounds.filter((g) => /assurance/i.test(g)).join('; ')})`)
      .join('; ');
    if (!a) {
      unknowns.push({
        question: `Has ${requesting} offered diplomatic assurances (death penalty, torture, fair trial, monitoring)?`,
        why: 'Assurances are tested against the Othman criteria; courts have rejected Chinese assurances.',
      });
    } else if (a.offered) {
      findings.push({
        effect: 'risk',
        summary: `Assurances offered${a.kinds?.length ? ` (${a.kinds.join(', ')})` : ''}: a court may accept them. Test them against the Othman criteria: ${OTHMAN_CRITERIA.join('; ')}.${rulingList ? ` Recorded rulings on ${requesting}'s assurances: ${rulingList}.` : ''}`,
        facts: [fact('assurances offered', a.kinds?.join(', ') || 'yes', 'profile')],
        cite: rulingCite,
      });
    } else if (rulingList) {
      findings.push({
        effect: 'info',
        summary: `No assurances offered so far. Recorded rulings on ${requesting}'s assurances: ${rulingList}.`,
        facts: [fact('assurances offered', 'no', 'profile')],
        cite: rulingCite,
      });
    }
    return { findings, unknowns };
  },
};
