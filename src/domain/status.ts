/**
 * @module Instrument status derived from dated lifecycle events, per party and overall,
 * as of any date. Nothing here is typed in by hand: the status is a function of the events.
 *
 * An event is a `signed`, `ratified`, … statement whose value is a date, `unknown` (reported,
 * date not known) or `none` (reported as not having happened as of its `as_of` qualifier).
 * Events without a party apply to every party. Disagreeing sources are reported as conflicts.
 */
import { parseDate, type PartialDate } from './dates.js';
import type { LifecycleEvent } from './properties.js';
import type { Value } from './values.js';

/** One lifecycle claim, as the derivation needs it. */
export interface LifecycleFact {
  readonly statement: string;
  readonly source: string;
  readonly event: LifecycleEvent;
  /** `country:XX`, or null when the event concerns the instrument as a whole. */
  readonly party: string | null;
  readonly value: Value;
  /** For `unknown` and `none` values: the date the claim speaks for (the source's date if not stated). */
  readonly asOf?: string | undefined;
}

export type PartyStatus =
  'unknown' | 'negotiated' | 'signed' | 'ratified' | 'in_force' | 'rejected' | 'suspended' | 'terminated';

export type OverallStatus = PartyStatus | 'ratified_by_some';

/** How one fact stands at the as-of date. */
export type Standing = 'happened' | 'not_yet' | 'possibly' | 'not_by' | 'silent';

export interface FactAtDate {
  readonly fact: LifecycleFact;
  readonly standing: Standing;
}

export interface PartyReport {
  readonly party: string;
  readonly status: PartyStatus;
  /** Events that had happened by the as-of date. */
  readonly happened: readonly LifecycleFact[];
  /** Events a source says had not happened as of a date on or after the as-of date. */
  readonly notYet: readonly LifecycleEvent[];
  /** Events that may or may not have happened by then (the date straddles it, or is unknown). */
  readonly uncertain: readonly LifecycleFact[];
}

export interface Conflict {
  readonly event: LifecycleEvent;
  readonly party: string | null;
  readonly statements: readonly string[];
  readonly reason: string;
}

export interface StatusReport {
  readonly asOf: string;
  readonly overall: OverallStatus;
  /** Parties that reached the overall status (e.g. who ratified, for `ratified_by_some`). */
  readonly overallParties: readonly string[];
  readonly parties: readonly PartyReport[];
  readonly conflicts: readonly Conflict[];
}

export interface DeriveOptions {
  /** The date the record speaks for: claims with no date of their own are taken to hold by then. */
  readonly recordDate: string;
}

/** Ladder for per-party status: the highest reached wins. */
const PARTY_LADDER: readonly [LifecycleEvent, PartyStatus][] = [
  ['terminated', 'terminated'],
  ['suspended', 'suspended'],
  ['entered_into_force', 'in_force'],
  ['rejected', 'rejected'],
  ['ratified', 'ratified'],
  ['signed', 'signed'],
  ['negotiated', 'negotiated'],
];

/** Rank of each status, for monotonicity checks and sorting. */
export const STATUS_RANK: Readonly<Record<OverallStatus, number>> = {
  unknown: 0,
  negotiated: 1,
  signed: 2,
  rejected: 3,
  ratified_by_some: 3,
  ratified: 4,
  in_force: 5,
  suspended: 6,
  terminated: 7,
};

/** Where one fact stands at `asOf` (already parsed). */
export function standingAt(fact: LifecycleFact, asOf: PartialDate, recordDate: PartialDate): Standing {
  const v = fact.value;
  if (v.type === 'date') {
    const d = parseDate(v.date);
    if (d.end <= asOf.end) return 'happened';
    if (d.start > asOf.end) return 'not_yet';
    return 'possibly';
  }
  const claimDate = fact.asOf ? parseDate(fact.asOf) : recordDate;
  if (v.type === 'unknown') return claimDate.end <= asOf.end ? 'happened' : 'possibly';
  if (v.type === 'none') return asOf.end <= claimDate.end ? 'not_by' : 'silent';
  return 'silent';
}

function appliesTo(fact: LifecycleFact, party: string): boolean {
  return fact.party === null || fact.party === party;
}

/** Conflicts between claims about the same event and party, whatever the as-of date. */
export function findConflicts(facts: readonly LifecycleFact[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const groups = new Map<string, LifecycleFact[]>();
  for (const f of facts) {
    const key = `${f.event}|${f.party ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => (a.statement < b.statement ? -1 : 1));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const reason = conflictBetween(sorted[i]!, sorted[j]!);
        if (reason) {
          conflicts.push({
            event: sorted[i]!.event,
            party: sorted[i]!.party,
            statements: [sorted[i]!.statement, sorted[j]!.statement],
            reason,
          });
        }
      }
    }
  }
  return conflicts;
}

function conflictBetween(a: LifecycleFact, b: LifecycleFact): string | null {
  const va = a.value;
  const vb = b.value;
  if (va.type === 'date' && vb.type === 'date') {
    const x = parseDate(va.date);
    const y = parseDate(vb.date);
    if (x.end < y.start || y.end < x.start) return `dates disagree: ${va.date} vs ${vb.date}`;
    return null;
  }
  const [none, other] = va.type === 'none' ? [a, b] : vb.type === 'none' ? [b, a] : [null, null];
  if (!none || !other || !none.asOf) return null;
  const notBy = parseDate(none.asOf);
  if (other.value.type === 'date' && parseDate(other.value.date).end < notBy.start) {
    return `one source dates it ${other.value.date}, another says it had not happened as of ${none.asOf}`;
  }
  if (other.value.type === 'unknown' && other.asOf && parseDate(other.asOf).end <= notBy.start) {
    return `one source reports it by ${other.asOf}, another says it had not happened as of ${none.asOf}`;
  }
  return null;
}

/**
 * Derives the status of one instrument as of a date.
 * @param parties the instrument's parties (`country:XX`); parties named only on events are added.
 * @param facts its lifecycle claims, from every source.
 * @param asOf a partial date; the status holds at the end of that period.
 * @throws InvalidDateError when `asOf` or a fact's date is malformed.
 * @example deriveStatus(['country:CN','country:RS'], facts, '2024-06-01', { recordDate: '2026-11-23' })
 */
export function deriveStatus(
  parties: readonly string[],
  facts: readonly LifecycleFact[],
  asOf: string,
  options: DeriveOptions,
): StatusReport {
  const at = parseDate(asOf);
  const record = parseDate(options.recordDate);
  const standings: FactAtDate[] = facts.map((fact) => ({ fact, standing: standingAt(fact, at, record) }));
  const allParties = [...new Set([...parties, ...facts.flatMap((f) => (f.party ? [f.party] : []))])].sort();

  const reports: PartyReport[] = allParties.map((party) => {
    const mine = standings.filter((s) => appliesTo(s.fact, party));
    const happened = mine.filter((s) => s.standing === 'happened').map((s) => s.fact);
    const seen = new Set(happened.map((f) => f.event));
    const status = PARTY_LADDER.find(([event]) => seen.has(event))?.[1] ?? 'unknown';
    const notYet = [...new Set(mine.filter((s) => s.standing === 'not_by').map((s) => s.fact.event))].filter(
      (e) => !seen.has(e),
    );
    const uncertain = mine.filter((s) => s.standing === 'possibly' && !seen.has(s.fact.event)).map((s) => s.fact);
    return { party, status, happened, notYet, uncertain };
  });

  const { overall, overallParties } = combine(reports, standings);
  return { asOf, overall, overallParties, parties: reports, conflicts: findConflicts(facts) };
}

function combine(
  reports: readonly PartyReport[],
  standings: readonly FactAtDate[],
): { overall: OverallStatus; overallParties: string[] } {
  const having = (status: PartyStatus): string[] => reports.filter((r) => r.status === status).map((r) => r.party);
  const atLeast = (status: PartyStatus): string[] =>
    reports.filter((r) => r.status !== 'rejected' && STATUS_RANK[r.status] >= STATUS_RANK[status]).map((r) => r.party);
  const globalHappened = (event: LifecycleEvent): boolean =>
    standings.some((s) => s.fact.party === null && s.fact.event === event && s.standing === 'happened');

  for (const status of ['terminated', 'suspended'] as const) {
    const who = having(status);
    if (who.length > 0) return { overall: status, overallParties: who };
  }
  if (reports.length === 0) return { overall: 'unknown', overallParties: [] };
  if (globalHappened('entered_into_force') || reports.every((r) => r.status === 'in_force')) {
    return { overall: 'in_force', overallParties: reports.map((r) => r.party) };
  }
  const rejected = having('rejected');
  if (rejected.length > 0) return { overall: 'rejected', overallParties: rejected };
  // A party in force for itself has necessarily ratified.
  const ratified = atLeast('ratified');
  if (ratified.length > 0) {
    return ratified.length === reports.length
      ? { overall: 'ratified', overallParties: ratified }
      : { overall: 'ratified_by_some', overallParties: ratified };
  }
  for (const status of ['signed', 'negotiated'] as const) {
    const who = atLeast(status);
    if (who.length > 0) return { overall: status, overallParties: who };
  }
  return { overall: 'unknown', overallParties: [] };
}

/** A short human label: "signed; ratified by CN", "in force", "suspended by CA". */
export function describeStatus(report: StatusReport): string {
  const short = (ids: readonly string[]): string => ids.map((id) => id.replace(/^country:/, '')).join(', ');
  switch (report.overall) {
    case 'ratified_by_some':
      return `signed; ratified by ${short(report.overallParties)}; not in force`;
    case 'ratified':
      return 'ratified by all parties; not yet in force';
    case 'in_force':
      return 'in force';
    case 'suspended':
      return `suspended by ${short(report.overallParties)}`;
    case 'terminated':
      return `terminated by ${short(report.overallParties)}`;
    case 'rejected':
      return `rejected by ${short(report.overallParties)}`;
    case 'signed':
      return 'signed; not in force';
    case 'negotiated':
      return 'negotiated; not signed';
    case 'unknown':
      return 'unknown';
  }
}
