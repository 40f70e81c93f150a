/**
 * @module What a rule is: one legal ground, declaring its legal basis, what it needs to know and
 * how it decides, with a pure `evaluate` over the {@link AssessContext}. Rules return draft
 * findings that name the statements they rely on; the engine resolves those into citations.
 */
import type { TreatyView } from '../../query/index.js';
import type { Effect, Fact, LegalBasis } from '../brief.js';
import type { RankedPrecedent } from '../precedents.js';
import type { ChargeCategory, Group, Profile } from '../profile.js';
import type { RecordIndex } from '../record.js';

/** Everything a rule may read. Built once per brief by the engine (or by hand in unit tests). */
export interface AssessContext {
  /** Host state, ISO 3166-1 alpha-2 (upper case). */
  readonly host: string;
  readonly requesting: string;
  /** False when the code is not one Longarm knows: every rule then answers `unknown`. */
  readonly hostKnown: boolean;
  readonly requestingKnown: boolean;
  /** The date the brief speaks for (partial date). */
  readonly asOf: string;
  readonly profile: Profile;
  readonly nationalities: readonly string[];
  readonly charges: readonly ChargeCategory[];
  readonly groups: readonly Group[];
  readonly record: RecordIndex;
  /** Instruments to which both the host and the requesting state are parties, status as of `asOf`. */
  readonly treaties: readonly TreatyView[];
  readonly precedents: readonly RankedPrecedent[];
}

/** A finding before its citations are resolved. */
export interface DraftFinding {
  readonly effect: Effect;
  readonly summary: string;
  readonly facts: readonly Fact[];
  /** Statement ids the finding relies on. */
  readonly cite: readonly string[];
  /** Extra legal basis beyond the rule's own (e.g. a precedent's court). */
  readonly basis?: readonly LegalBasis[];
}

/** A question the record or profile leaves open, and why it matters. */
export interface OpenQuestion {
  readonly question: string;
  readonly why: string;
}

/** What a rule returns: findings and open questions. */
export interface RuleResult {
  readonly findings: readonly DraftFinding[];
  readonly unknowns: readonly OpenQuestion[];
}

/** One legal ground. */
export interface Rule {
  /** Stable id, e.g. `echr-art3`. */
  readonly id: string;
  readonly title: string;
  /** Tie-break order among findings of the same effect (higher first). */
  readonly weight: number;
  readonly legalBasis: readonly LegalBasis[];
  /** What the rule needs to know: request fields, profile fields, record facts. */
  readonly needs: readonly string[];
  /** How it decides, in one paragraph. */
  readonly decides: string;
  evaluate(ctx: AssessContext): RuleResult;
}

/** Shorthand for a fact taken from the request, the profile or the record. */
export function fact(name: string, value: string, from: Fact['from'], statements?: readonly string[]): Fact {
  return statements && statements.length ? { name, value, from, statements: [...statements] } : { name, value, from };
}

/** The result of a rule that cannot say anything because the host or requesting state is unknown. */
export function unknownJurisdiction(ctx: AssessContext, what: string): RuleResult | null {
  const bad = [
    !ctx.hostKnown ? `host "${ctx.host}"` : null,
    !ctx.requestingKnown ? `requesting state "${ctx.requesting}"` : null,
  ].filter((x): x is string => x !== null);
  if (!bad.length) return null;
  return {
    findings: [
      {
        effect: 'unknown',
        summary: `The record has no country for the ${bad.join(' and ')}, so ${what} cannot be assessed. This is not a finding that no protection or risk exists.`,
        facts: [fact('host', ctx.host, 'request'), fact('requesting state', ctx.requesting, 'request')],
        cite: [],
      },
    ],
    unknowns: [],
  };
}

/** `country:XX` for a code. */
export function cid(code: string): string {
  return `country:${code}`;
}
