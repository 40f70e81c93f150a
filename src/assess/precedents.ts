/**
 * @module Precedents for a brief: the recorded cases with the same host or the same requesting
 * state, each with its decisions as of the assessment date, ranked by explicit criteria in this
 * order — same host state, a court whose rulings reach the host (the ECtHR for Council of Europe
 * states), same requesting state, shared charges or group, same region, most recent. The brief
 * lists the criteria each precedent meets instead of a score.
 */
import type { Statement } from '../domain/index.js';
import { parseDate, sortKey } from '../domain/index.js';
import { chargeCategories, groupsIn } from './classify.js';
import type { ChargeCategory, Group } from './profile.js';
import type { RecordIndex } from './record.js';
import { sharedRegion } from './regions.js';

/** One decision in a precedent, as of the assessment date. */
export interface DecisionDraft {
  readonly id: string;
  readonly name: string;
  readonly court: string | null;
  readonly courtId: string | null;
  readonly courtLevel: string | null;
  readonly decidedOn: string | null;
  readonly outcomes: readonly string[];
  readonly grounds: readonly string[];
  readonly statements: readonly string[];
}

/** A ranked precedent with the statements that support it. */
export interface RankedPrecedent {
  readonly caseId: string;
  readonly name: string;
  readonly host: string | null;
  readonly requesting: string | null;
  readonly charges: readonly string[];
  readonly groups: readonly string[];
  readonly nationalities: readonly string[];
  readonly decisions: readonly DecisionDraft[];
  readonly latest: string | null;
  readonly relevance: readonly string[];
  readonly statements: readonly string[];
  readonly sameHost: boolean;
  readonly sameRequesting: boolean;
  readonly reachesHost: boolean;
}

/** What ranking needs to know about the request. */
export interface PrecedentQuery {
  readonly host: string;
  readonly requesting: string;
  readonly asOf: string;
  readonly charges: readonly ChargeCategory[];
  readonly groups: readonly Group[];
  readonly nationalities: readonly string[];
  /** Courts whose rulings bind or guide the host (e.g. `court:echr` for a Council of Europe member). */
  readonly hostCourts: readonly string[];
}

const CODE = (id: string | null): string | null => (id ? id.replace(/^country:/, '') : null);

function bestDate(statements: readonly Statement[]): string | null {
  const dates = statements.flatMap((s) => (s.value.type === 'date' ? [s.value.date] : []));
  if (!dates.length) return null;
  const rank = { day: 4, month: 3, quarter: 2, year: 1 } as const;
  return [...dates].sort((a, b) => rank[parseDate(b).precision] - rank[parseDate(a).precision])[0] ?? null;
}

function decisionsOf(record: RecordIndex, caseId: string, asOf: string): DecisionDraft[] {
  const at = parseDate(asOf).end;
  const ids = [...new Set(record.pointingTo(caseId, 'in_case').map((s) => s.entity))];
  const drafts: DecisionDraft[] = [];
  for (const id of ids) {
    const entity = record.entity(id);
    if (!entity || entity.kind !== 'decision') continue;
    const dated = record.about(id, 'decided_on');
    const decidedOn = bestDate(dated);
    if (decidedOn && parseDate(decidedOn).start > at) continue; // not yet decided as of the date
    const courtId = record.refs(id, 'decided_by')[0] ?? null;
    const used = record.about(id, 'decided_on', 'decided_by', 'court_level', 'outcome', 'ground');
    drafts.push({
      id,
      name: entity.name,
      court: courtId ? record.name(courtId) : null,
      courtId,
      courtLevel: record.texts(id, 'court_level')[0] ?? null,
      decidedOn,
      outcomes: record.texts(id, 'outcome'),
      grounds: record.texts(id, 'ground'),
      statements: used.map((s) => s.id),
    });
  }
  return drafts.sort((a, b) =>
    a.decidedOn && b.decidedOn ? sortKey(a.decidedOn).localeCompare(sortKey(b.decidedOn)) : a.decidedOn ? -1 : 1,
  );
}

/**
 * Collects and ranks the precedents relevant to a request, as of its date.
 * @example rankPrecedents(record, { host: 'RS', requesting: 'CN', asOf: '2026-11-23', charges: [], groups: [], nationalities: [], hostCourts: ['court:echr'] })
 */
export function rankPrecedents(record: RecordIndex, q: PrecedentQuery): RankedPrecedent[] {
  const at = parseDate(q.asOf).end;
  const out: (RankedPrecedent & { key: (number | string)[] })[] = [];
  for (const c of record.entitiesOfKind('case')) {
    const host = CODE(record.refs(c.id, 'host_state')[0] ?? null);
    const requesting = CODE(record.refs(c.id, 'requesting_state')[0] ?? null);
    const sameHost = host === q.host;
    const sameRequesting = requesting === q.requesting;
    if (!sameHost && !sameRequesting) continue;
    const decisions = decisionsOf(record, c.id, q.asOf);
    const allDecisions = record.pointingTo(c.id, 'in_case').length;
    if (allDecisions > 0 && decisions.length === 0) continue; // every decision came later
    const started = bestDate(record.about(c.id, 'started'));
    if (allDecisions === 0 && started && parseDate(started).start > at) continue;
    const charges = record.texts(c.id, 'charge');
    const groups = record.texts(c.id, 'person_group');
    const nationalities = record.refs(c.id, 'nationality').map((id) => id.replace(/^country:/, ''));
    const reachesHost = decisions.some((d) => d.courtId !== null && q.hostCourts.includes(d.courtId));
    const sharedCharges = [...new Set(charges.flatMap(chargeCategories))].filter((x) => q.charges.includes(x));
    const sharedGroups = [...new Set(groups.flatMap(groupsIn))].filter((g) => q.groups.includes(g));
    const sharedNationality = nationalities.filter((n) => q.nationalities.includes(n));
    const region = host && !sameHost ? sharedRegion(host, q.host) : undefined;
    const relevance: string[] = [];
    if (sameHost) relevance.push(`same host state (${q.host})`);
    if (reachesHost) relevance.push('decided by a court whose rulings reach the host state');
    if (sameRequesting) relevance.push(`same requesting state (${q.requesting})`);
    if (sharedCharges.length) relevance.push(`similar charges (${sharedCharges.join(', ')})`);
    if (sharedGroups.length) relevance.push(`same group (${sharedGroups.join(', ')})`);
    if (sharedNationality.length) relevance.push(`same nationality (${sharedNationality.join(', ')})`);
    if (region) relevance.push(`same region (${region})`);
    const dates = decisions.flatMap((d) => (d.decidedOn ? [d.decidedOn] : []));
    const latest = dates.length ? dates.reduce((a, b) => (sortKey(a) > sortKey(b) ? a : b)) : null;
    const caseStatements = record
      .about(c.id, 'host_state', 'requesting_state', 'charge', 'person_group', 'nationality')
      .map((s) => s.id);
    out.push({
      caseId: c.id,
      name: c.name,
      host,
      requesting,
      charges,
      groups,
      nationalities,
      decisions,
      latest,
      relevance,
      statements: [...caseStatements, ...decisions.flatMap((d) => d.statements)],
      sameHost,
      sameRequesting,
      reachesHost,
      key: [
        sameHost ? 1 : 0,
        reachesHost ? 1 : 0,
        sameRequesting ? 1 : 0,
        sharedCharges.length + sharedGroups.length + sharedNationality.length,
        region ? 1 : 0,
        latest ? sortKey(latest) : '',
      ],
    });
  }
  out.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const x = a.key[i]!;
      const y = b.key[i]!;
      if (x !== y) return x > y ? -1 : 1;
    }
    return a.caseId.localeCompare(b.caseId);
  });
  return out.map(({ key: _key, ...rest }) => rest);
}
