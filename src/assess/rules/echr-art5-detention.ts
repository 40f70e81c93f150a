/**
 * @module Rule: ECHR Article 5 §1(f) — extradition detention is lawful only while the
 * proceedings move with due diligence. Flags detention over 12 months or a stalled case
 * (no step for 6 months), citing Liu v. Poland's finding on 4+ years of detention
 * (legal-framework §1.3).
 */
import { formatDate } from '../../domain/index.js';
import type { Rule, RuleResult } from './types.js';
import { fact, unknownJurisdiction } from './types.js';
import { decisionStatements, decisionsWhere, ECTHR, hostIn, monthsBetween, nameOf, ORG, unique } from './helpers.js';

/** Months of detention that trigger the flag. */
export const LONG_DETENTION_MONTHS = 12;
/** Months without a procedural step that count as stalled. */
export const STALLED_MONTHS = 6;

/** Length of extradition detention. */
export const echrArt5Rule: Rule = {
  id: 'echr-art5-detention',
  title: 'ECHR Art 5 §1(f): length of extradition detention',
  weight: 6,
  legalBasis: [
    {
      name: 'ECHR Art 5 §1(f)',
      note: 'detention with a view to extradition is justified only while proceedings are pursued with due diligence',
      url: 'https://elenaforum.org/?p=10095',
    },
    { name: 'Khokhlov v. Cyprus, ECtHR, no. 53114/20, 13 Jun 2023', url: 'https://laweuro.com/?p=20939' },
  ],
  needs: [
    'profile.detention (in custody, since or months, last step)',
    'assessment date',
    'record: Council of Europe membership of the host',
    'record: ECtHR rulings on Art 5 in extradition cases',
  ],
  decides: `In custody for more than ${LONG_DETENTION_MONTHS} months, or no procedural step for ${STALLED_MONTHS} months, in a Council of Europe host → protection (ask for release). Shorter and moving → info. Not in custody → info. Detention not stated → unknown.`,
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'the lawfulness of detention');
    if (early) return early;
    const d = ctx.profile.detention;
    if (!d) {
      return {
        findings: [
          {
            effect: 'unknown',
            summary: 'The profile does not say whether the person is detained or for how long.',
            facts: [],
            cite: [],
          },
        ],
        unknowns: [
          {
            question: 'Is the person in extradition detention, since when, and when was the last procedural step?',
            why: `Over ${LONG_DETENTION_MONTHS} months or a stalled case is a ground for release under ECHR Art 5 §1(f).`,
          },
        ],
      };
    }
    if (!d.in_custody) {
      return {
        findings: [
          {
            effect: 'info',
            summary: 'The person is not in extradition detention.',
            facts: [fact('in custody', 'no', 'profile')],
            cite: [],
          },
        ],
        unknowns: [],
      };
    }
    const months = d.since ? monthsBetween(d.since, ctx.asOf) : d.months;
    const stalledFor = d.last_step ? monthsBetween(d.last_step, ctx.asOf) : undefined;
    const facts = [
      fact('in custody', 'yes', 'profile'),
      fact('months detained', months === undefined ? 'not stated' : String(months), 'profile'),
      ...(d.last_step ? [fact('last procedural step', formatDate(d.last_step), 'profile')] : []),
    ];
    const unknowns = [];
    if (months === undefined)
      unknowns.push({
        question: 'Since when has the person been detained?',
        why: `Detention over ${LONG_DETENTION_MONTHS} months is flagged under Art 5 §1(f).`,
      });
    if (!d.last_step)
      unknowns.push({
        question: 'When was the last decision or procedural step?',
        why: `A case with no step for ${STALLED_MONTHS} months may lack due diligence.`,
      });
    const long = months !== undefined && months > LONG_DETENTION_MONTHS;
    const stalled = stalledFor !== undefined && stalledFor >= STALLED_MONTHS;
    const coe = hostIn(ctx, ORG.coe);
    const host = nameOf(ctx, ctx.host);
    const rulings = decisionsWhere(
      ctx,
      (dec) => dec.courtId === ECTHR && dec.outcomes.some((o) => /article 5|5 §\s?1/i.test(o)),
    );
    const cite = unique([
      ...coe.statements.map((s) => s.id),
      ...rulings.flatMap((r) => decisionStatements(ctx, r.decision.id, /article 5|5 §\s?1|detention/i)),
    ]);
    const flags = [
      long ? `${months} months in detention (over ${LONG_DETENTION_MONTHS})` : '',
      stalled ? `no procedural step for ${stalledFor} months` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    if (!long && !stalled) {
      return {
        findings: [
          {
            effect: months === undefined ? 'unknown' : 'info',
            summary:
              months === undefined
                ? 'The person is detained; the length of detention is not stated.'
                : `The person has been detained for ${months} months; not yet over the ${LONG_DETENTION_MONTHS}-month flag. Watch for delays without explanation.`,
            facts,
            cite: [],
          },
        ],
        unknowns,
      };
    }
    if (coe.status === 'member') {
      const liu = rulings[0];
      return {
        findings: [
          {
            effect: 'protection',
            summary: `${flags}: ${host} is bound by ECHR Art 5 §1(f); detention is lawful only while the extradition is pursued with due diligence.${liu ? ` In ${liu.precedent.name} the ECtHR found extradition detention arbitrary.` : ''} Ask for release or alternatives to custody.`,
            facts,
            cite,
          },
        ],
        unknowns,
      };
    }
    return {
      findings: [
        {
          effect: coe.status === 'unknown' ? 'unknown' : 'info',
          summary: `${flags}. ${coe.status === 'unknown' ? `The record does not say whether ${host} is bound by the ECHR;` : `${host} is not bound by the ECHR;`} check domestic time limits and ICCPR Art 9.`,
          facts,
          cite: coe.statements.map((s) => s.id),
        },
      ],
      unknowns,
    };
  },
};
