/**
 * @module The assess engine: a cited screening brief for a person facing an extradition request.
 * It reads the record once through the caller's role, derives the treaty situation and the
 * ranked precedents, runs every rule in `rules/` (one per legal ground), resolves each finding's
 * statements into citations, and returns findings ordered by weight, precedents, and the open
 * questions that would change the result. No single score; missing data is `unknown`.
 */
import type { Role } from '../domain/index.js';
import { isCountryCode, isValidDate, today } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { listTreaties } from '../query/index.js';
import type { Store } from '../store/index.js';
import type { Brief, Finding, Precedent, UnknownItem } from './brief.js';
import { DISCLAIMER, EFFECT_WEIGHT } from './brief.js';
import { CitationResolver } from './citations.js';
import { chargeCategories } from './classify.js';
import { rankPrecedents } from './precedents.js';
import type { Profile } from './profile.js';
import { nationalitiesOf, parseProfile } from './profile.js';
import { readRecord } from './record.js';
import { ECTHR, ORG } from './rules/helpers.js';
import { RULES } from './rules/index.js';
import type { AssessContext, Rule } from './rules/index.js';

export * from './brief.js';
export * from './profile.js';
export { RULES } from './rules/index.js';
export type { AssessContext, Rule } from './rules/index.js';
export { renderBrief, renderHtml, renderJson, renderMarkdown, type BriefFormat } from './render/index.js';

/** What to assess. */
export interface AssessRequest {
  /** Host state: ISO 3166-1 alpha-2 (case-insensitive). An unknown code yields `unknown` findings. */
  readonly host: string;
  /** Requesting state: ISO 3166-1 alpha-2; `HK` for Hong Kong SAR. */
  readonly requesting: string;
  /** The person's profile (validated again here). Default: nothing known. */
  readonly profile?: Profile;
  /** The date the brief speaks for; default the profile's `assessment_date`, else today. */
  readonly asOf?: string;
  /** Clock for `generated_at` and the default date (tests). */
  readonly now?: Date;
}

function code(value: string, field: string): string {
  const c = value
    .trim()
    .toUpperCase()
    .replace(/^COUNTRY:/, '');
  if (!/^[A-Z]{2}$/.test(c))
    throw new LongarmError('invalid_input', `${field}: expected a two-letter ISO code, got "${value}"`);
  return c;
}

/**
 * Builds a screening brief.
 * @param store any Store; every read passes `role`, so restricted records appear only for roles allowed to see them.
 * @param request host, requesting state, profile and date.
 * @param role the caller's role.
 * @throws LongarmError `invalid_input` for a malformed code, date or profile field.
 * @example const brief = await assess(store, { host: 'RS', requesting: 'CN', profile }, 'public');
 */
export async function assess(store: Store, request: AssessRequest, role: Role): Promise<Brief> {
  const host = code(request.host, 'host');
  const requesting = code(request.requesting, 'requesting');
  const profile = parseProfile(request.profile ?? {});
  const now = request.now ?? new Date();
  const asOf = request.asOf ?? profile.assessment_date ?? today(now);
  if (!isValidDate(asOf))
    throw new LongarmError('invalid_input', `as-of: "${asOf}" is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)`);

  const record = await readRecord(store, role);
  const hostKnown = isCountryCode(host);
  const requestingKnown = isCountryCode(requesting);
  const treaties =
    hostKnown && requestingKnown
      ? (await listTreaties(store, { party: host, asOf, recordDate: record.recordDate ?? today(now) }, role)).filter(
          (t) => t.parties.includes(`country:${requesting}`),
        )
      : [];
  const charges = [
    ...new Set((profile.charges ?? []).flatMap((c) => [c.category, ...chargeCategories(c.as_stated ?? '')])),
  ];
  const groups = [...new Set(profile.groups ?? [])];
  if (profile.nationalities?.includes('TW') || profile.nationality === 'TW') groups.push('taiwanese_national');
  const nationalities = nationalitiesOf(profile);
  const hostCourts =
    hostKnown && record.membership(`country:${host}`, ORG.coe, asOf).status === 'member' ? [ECTHR] : [];
  const precedents = rankPrecedents(record, { host, requesting, asOf, charges, groups, nationalities, hostCourts });
  const ctx: AssessContext = {
    host,
    requesting,
    hostKnown,
    requestingKnown,
    asOf,
    profile,
    nationalities,
    charges,
    groups: [...new Set(groups)],
    record,
    treaties,
    precedents,
  };

  const citations = new CitationResolver(store, role, record);
  const drafts: { rule: Rule; finding: Finding }[] = [];
  const unknowns: UnknownItem[] = [];
  for (const rule of RULES) {
    const result = rule.evaluate(ctx);
    for (const d of result.findings) {
      drafts.push({
        rule,
        finding: {
          rule: rule.id,
          title: rule.title,
          effect: d.effect,
          summary: d.summary,
          legal_basis: [...rule.legalBasis, ...(d.basis ?? [])],
          facts_used: [...d.facts],
          citations: await citations.citeAll(d.cite),
        },
      });
    }
    for (const u of result.unknowns) unknowns.push({ rule: rule.id, question: u.question, why: u.why });
  }
  drafts.sort(
    (a, b) => EFFECT_WEIGHT[b.finding.effect] - EFFECT_WEIGHT[a.finding.effect] || b.rule.weight - a.rule.weight,
  );

  const precedentViews: Precedent[] = [];
  for (const p of precedents) {
    precedentViews.push({
      case: p.caseId,
      name: p.name,
      host_state: p.host,
      requesting_state: p.requesting,
      charges: [...p.charges],
      groups: [...p.groups],
      latest_decision: p.latest,
      decisions: p.decisions.map((d) => ({
        id: d.id,
        name: d.name,
        court: d.court,
        court_level: d.courtLevel,
        decided_on: d.decidedOn,
        outcomes: [...d.outcomes],
        grounds: [...d.grounds],
      })),
      relevance: [...p.relevance],
      citations: await citations.citeAll(p.statements),
    });
  }

  return {
    kind: 'longarm.assess.brief',
    version: 1,
    generated_at: now.toISOString(),
    assessment_date: asOf,
    record: { date: record.recordDate, statements: record.statementCount, entities: record.entityCount },
    role,
    disclaimer: DISCLAIMER,
    request: {
      host: { code: host, name: hostKnown ? record.name(`country:${host}`) : null, known: hostKnown },
      requesting: {
        code: requesting,
        name: requestingKnown ? record.name(`country:${requesting}`) : null,
        known: requestingKnown,
      },
      profile,
    },
    findings: drafts.map((d) => d.finding),
    precedents: precedentViews,
    unknowns: dedupe(unknowns),
    rules: RULES.map((r) => ({ id: r.id, title: r.title, needs: [...r.needs], decides: r.decides })),
  };
}

function dedupe(items: readonly UnknownItem[]): UnknownItem[] {
  const seen = new Set<string>();
  return items.filter((u) => (seen.has(u.question) ? false : (seen.add(u.question), true)));
}
