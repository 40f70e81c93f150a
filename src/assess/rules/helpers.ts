/**
 * @module Small lookups several rules share: membership of the host in the organizations whose
 * treaties bind it, statements whose text matches a pattern, and the precedent decisions that
 * speak to a point (Liu v. Poland, rulings on assurances, asylum, the death penalty).
 * @internal
 */
import type { Statement } from '../../domain/index.js';
import { formatDate, parseDate } from '../../domain/index.js';
import type { DecisionDraft, RankedPrecedent } from '../precedents.js';
import type { Membership } from '../record.js';
import type { AssessContext } from './types.js';
import { cid } from './types.js';

/** Organization ids of the membership lists in `data/reference-memberships.json`. */
export const ORG = {
  coe: 'organization:council-of-europe',
  eu: 'organization:european-union',
  cat: 'organization:un-cat-states-parties',
  cat22: 'organization:un-cat-article-22-declarants',
  refugee: 'organization:refugee-convention-states-parties',
} as const;

/** The ECtHR's id in the data set. */
export const ECTHR = 'court:echr';

/** The host's membership of an organization as of the brief's date. */
export function hostIn(ctx: AssessContext, organization: string): Membership {
  return ctx.record.membership(cid(ctx.host), organization, ctx.asOf);
}

/** Statements about an entity whose text value matches a pattern. */
export function textMatching(
  ctx: AssessContext,
  entity: string,
  properties: readonly string[],
  re: RegExp,
): Statement[] {
  return ctx.record.about(entity, ...properties).filter((s) => s.value.type === 'text' && re.test(s.value.text));
}

/** A decision with its precedent. */
export interface DecisionHit {
  readonly precedent: RankedPrecedent;
  readonly decision: DecisionDraft;
}

/** Decisions among the brief's precedents that satisfy a test. */
export function decisionsWhere(
  ctx: AssessContext,
  test: (d: DecisionDraft, p: RankedPrecedent) => boolean,
): DecisionHit[] {
  return ctx.precedents.flatMap((p) =>
    p.decisions.filter((d) => test(d, p)).map((decision) => ({ precedent: p, decision })),
  );
}

/** Statements of a decision whose outcome or ground matches a pattern (for precise citations). */
export function decisionStatements(
  ctx: AssessContext,
  decision: string,
  re: RegExp,
  also: readonly string[] = ['decided_on'],
): string[] {
  const record = ctx.record;
  const matching = record
    .about(decision, 'outcome', 'ground', 'effect')
    .filter((s) => s.value.type === 'text' && re.test(s.value.text));
  const extra = also.length ? record.about(decision, ...also) : [];
  return [...matching, ...extra].map((s) => s.id);
}

/** ECtHR decisions against removal to the requesting state, as of the date (Liu v. Poland for China). */
export function ecthrRulingsOnRequester(ctx: AssessContext): DecisionHit[] {
  return decisionsWhere(
    ctx,
    (d, p) =>
      d.courtId === ECTHR &&
      p.requesting === ctx.requesting &&
      d.outcomes.some((o) => /article 3|art(icle)?\.? 3\b|non-refoulement/i.test(o)),
  );
}

/** "6 October 2022" for a partial date, or "date not recorded". */
export function when(date: string | null | undefined): string {
  return date ? formatDate(date) : 'date not recorded';
}

/** Whole months between a partial date's start and the end of `asOf`. */
export function monthsBetween(from: string, asOf: string): number {
  const a = parseDate(from).start;
  const b = parseDate(asOf).end;
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return Math.max(0, (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0));
}

/** Unique ids, in first-seen order. */
export function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

/** The requesting state's or host's display name. */
export function nameOf(ctx: AssessContext, code: string): string {
  return ctx.record.name(cid(code));
}
