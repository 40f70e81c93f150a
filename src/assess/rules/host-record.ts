/**
 * @module Rule: the host state's own record — what its courts and authorities did with requests
 * from the requesting state (and what neighbours did), and the requesting state's police and
 * surveillance presence there: joint patrols, overseas "police service stations", surveillance
 * systems from its companies. All from the data set; nothing recorded is `unknown`, not safety.
 */
import type { Statement } from '../../domain/index.js';
import type { DecisionDraft, RankedPrecedent } from '../precedents.js';
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { cid, fact, unknownJurisdiction } from './types.js';
import { nameOf, unique, when } from './helpers.js';

const SURRENDERED = /approv|surrender|extradited|removed|carried out|admissible|upheld|cassation appeal rejected/i;
const REFUSED = /refus|block|overrul|breach|annul|denied|stopped/i;

type Category = 'patrol' | 'station' | 'surveillance';

function categoryOf(types: readonly string[]): Category | null {
  const t = types.join(' ').toLowerCase();
  if (/patrol/.test(t)) return 'patrol';
  if (/police (service )?station|service cent/.test(t)) return 'station';
  if (/surveillance|safe city|smart city|camera|monitoring|body camera/.test(t)) return 'surveillance';
  return null;
}

const LABEL: Record<Category, string> = {
  patrol: 'joint police patrols',
  station: 'overseas police service stations',
  surveillance: 'surveillance cooperation',
};

const LEVELS: readonly [RegExp, number][] = [
  [/international/i, 5],
  [/supreme|constitutional|cassation/i, 4],
  [/appeal/i, 3],
  [/first instance|municipal|regional|district/i, 2],
];

function level(d: DecisionDraft): number {
  if (d.courtId && !d.courtId.startsWith('court:')) return 0; // a committee's interim measure is not a final decision
  return LEVELS.find(([re]) => re.test(d.courtLevel ?? ''))?.[1] ?? 1;
}

/** What finally happened in a precedent: the highest court's outcome, the latest among equals. */
export function verdict(p: RankedPrecedent): 'surrendered' | 'refused' | 'open' {
  const ranked = p.decisions.filter((d) => level(d) > 0);
  if (!ranked.length) return 'open';
  const top = Math.max(...ranked.map(level));
  const final = ranked.filter((d) => level(d) === top);
  const last = final[final.length - 1]!;
  const outcomes = last.outcomes.join(' ');
  if (REFUSED.test(outcomes)) return 'refused';
  if (SURRENDERED.test(outcomes)) return 'surrendered';
  return 'open';
}

/** The host's record. */
export const hostRecordRule: Rule = {
  id: 'host-record',
  title: "The host state's own record",
  weight: 6,
  legalBasis: [
    {
      name: 'Practice of the host and its region (legal-framework §1.14)',
      note: 'what courts and governments did with earlier requests, and the requesting state’s police presence, bear on the real risk',
      url: 'https://rferl.org/amp/china-serbia-extradition-bri-workers-investment/33219326.html',
    },
  ],
  needs: [
    'host state',
    'requesting state',
    'assessment date',
    'record: cases and decisions with that host or region',
    'record: programs in the host involving the requesting state or its companies',
  ],
  decides:
    'Earlier surrenders by the host to the requesting state → risk; refusals → protection; regional decisions → info. Joint patrols, police service stations or surveillance systems of the requesting state in the host → risk, each cited. Nothing recorded for the host → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, "the host state's record");
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const record = ctx.record;
    const host = nameOf(ctx, ctx.host);
    const requesting = nameOf(ctx, ctx.requesting);
    const hostId = cid(ctx.host);
    const reqId = cid(ctx.requesting);

    // precedents in the host
    const mine = ctx.precedents.filter((p) => p.sameHost && p.sameRequesting);
    const surrendered = mine.filter((p) => verdict(p) === 'surrendered');
    const refused = mine.filter((p) => verdict(p) === 'refused');
    const list = (ps: readonly RankedPrecedent[]): string => ps.map((p) => `${p.name} (${when(p.latest)})`).join('; ');
    if (surrendered.length) {
      findings.push({
        effect: 'risk',
        summary: `${host} has surrendered or approved surrender to ${requesting} before: ${list(surrendered)}.`,
        facts: [fact('earlier surrenders or approvals', String(surrendered.length), 'record')],
        cite: unique(surrendered.flatMap((p) => p.statements)),
      });
    }
    if (refused.length) {
      findings.push({
        effect: 'protection',
        summary: `${host}'s courts have refused or overturned surrender to ${requesting}: ${list(refused)}.`,
        facts: [fact('earlier refusals', String(refused.length), 'record')],
        cite: unique(refused.flatMap((p) => p.statements)),
      });
    }
    const regional = ctx.precedents.filter(
      (p) => !p.sameHost && p.sameRequesting && p.relevance.some((r) => r.startsWith('same region')),
    );
    if (regional.length) {
      findings.push({
        effect: 'info',
        summary: `In the region: ${regional.map((p) => `${p.name} — ${verdict(p) === 'open' ? 'outcome not recorded' : verdict(p)} (${when(p.latest)})`).join('; ')}.`,
        facts: [fact('regional precedents', String(regional.length), 'record')],
        cite: unique(regional.flatMap((p) => p.statements)),
      });
    }

    // programs in the host linked to the requesting state
    const programs = new Set<string>(
      [...record.pointingTo(hostId, 'country').map((s) => s.entity)].filter((id) => id.startsWith('program:')),
    );
    const companies = new Set(
      [...record.pointingTo(reqId, 'located_in', 'nationality')]
        .map((s) => s.entity)
        .filter((id) => id.startsWith('organization:')),
    );
    const byCategory = new Map<Category, { id: string; statements: Statement[] }[]>();
    for (const id of programs) {
      const links = record
        .about(id, 'participant', 'owner', 'vendor')
        .filter((s) => s.value.type === 'ref' && (s.value.id === reqId || companies.has(s.value.id)));
      const partOf = record.refs(id, 'part_of').some((parent) => record.refs(parent, 'owner').includes(reqId));
      if (!links.length && !partOf) continue;
      const category = categoryOf(record.texts(id, 'program_type'));
      if (!category) continue;
      const inHost = record.about(id, 'country').filter((s) => s.value.type === 'ref' && s.value.id === hostId);
      const statements = [
        ...record.about(id, 'program_type').slice(0, 1),
        ...inHost.slice(0, 1),
        ...links.slice(0, 2),
        ...record.about(id, 'city').slice(0, 3),
        ...record.about(id, 'started', 'year').slice(0, 2),
        ...record
          .about(id, 'description', 'reported_problem')
          .filter(
            (s) =>
              s.value.type === 'text' &&
              /monitor|police|protest|train|critic|civil liberties|extraterritorial/i.test(s.value.text),
          )
          .slice(0, 2),
      ];
      const list = byCategory.get(category) ?? [];
      list.push({ id, statements });
      byCategory.set(category, list);
    }
    for (const category of ['station', 'patrol', 'surveillance'] as const) {
      const items = byCategory.get(category);
      if (!items?.length) continue;
      const described = items.map(({ id }) => {
        const cities = record.texts(id, 'city');
        const years = record.about(id, 'started', 'year').map((s) => record.display(s));
        return `${record.name(id)}${cities.length ? ` (${cities.join(', ')}${years.length ? `; ${[...new Set(years)].join(', ')}` : ''})` : ''}`;
      });
      const denial =
        category === 'station'
          ? record
              .about(hostId, 'position')
              .filter((s) => s.value.type === 'text' && /police station/i.test(s.value.text))
          : [];
      findings.push({
        effect: 'risk',
        summary: `${LABEL[category][0]!.toUpperCase()}${LABEL[category].slice(1)} of ${requesting} in ${host}: ${described.join('; ')}.${
          category === 'patrol'
            ? ` ${requesting}'s police work alongside ${host}'s, which raises the risk of informal pressure and monitoring of diaspora members.`
            : ''
        }${category === 'station' ? ` Such stations have been linked to pressure to return.${denial.length ? ` ${host}'s authorities deny they exist.` : ''}` : ''}${
          category === 'surveillance'
            ? ` Systems built by ${requesting}'s companies can identify and track people.`
            : ''
        }`,
        facts: items.map(({ id }) => fact(LABEL[category], record.name(id), 'record', [id])),
        cite: unique([...items.flatMap((i) => i.statements.map((s) => s.id)), ...denial.map((s) => s.id)]),
      });
    }
    if (!findings.length) {
      findings.push({
        effect: 'unknown',
        summary: `The record holds no precedents, police cooperation or surveillance programs linking ${host} and ${requesting} as of ${when(ctx.asOf)}. Absence from the record is not absence of cooperation.`,
        facts: [],
        cite: [],
      });
      unknowns.push({
        question: `Has ${host} surrendered people to ${requesting} before, or does it host ${requesting}'s police (patrols, stations)?`,
        why: 'A record of surrenders or police presence raises the practical risk.',
      });
    }
    return { findings, unknowns };
  },
};
