/**
 * @module The shape of a screening brief, as zod schemas with their inferred types. The JSON
 * Schema in `schemas/brief.schema.json` is generated from {@link BriefSchema}, so the published
 * contract and the code cannot drift apart (a test checks the file is up to date).
 */
import { z } from 'zod';
import { ProfileSchema } from './profile.js';

/** What a finding means for the person: ordered from heaviest to lightest in {@link EFFECT_WEIGHT}. */
export const EffectSchema = z
  .enum(['bar', 'protection', 'risk', 'info', 'unknown'])
  .describe(
    'bar: the record shows a ground that should stop surrender; protection: a ground to invoke; risk: a factor favouring surrender or harm; info: context; unknown: the record or profile does not say',
  );
/** One of bar, protection, risk, info, unknown. */
export type Effect = z.infer<typeof EffectSchema>;

/** Sort weight of each effect (higher first). */
export const EFFECT_WEIGHT: Readonly<Record<Effect, number>> = { bar: 5, risk: 4, protection: 3, unknown: 2, info: 1 };

/** A provision or ruling a rule rests on, with a URL where legal-framework.md gives one. */
export const LegalBasisSchema = z
  .object({
    name: z.string().describe('the provision, e.g. "ECHR Art 3"'),
    note: z.string().optional(),
    url: z.string().optional(),
  })
  .strict();
/** A legal basis. */
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** How a citation’s evidence stands: the quoted span, or a pinpoint not verified against text. */
export const EvidenceSchema = z
  .object({
    status: z.enum(['verified', 'mismatch', 'text_not_held', 'pinpoint']),
    quote: z.string().optional().describe('the evidence span, derived from the stored source text'),
    pinpoint: z.string().optional().describe('where in a source whose text is not held (not verified against text)'),
  })
  .strict();

/** The source of a cited statement. */
export const SourceRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string().optional(),
    published: z.string().optional(),
    reliability: z.string().optional(),
  })
  .strict();

/** One cited statement: what it says, its source and its evidence. */
export const CitationSchema = z
  .object({
    statement: z.string().describe('statement id (st_…)'),
    entity: z.string(),
    entity_name: z.string(),
    property: z.string(),
    value: z.string().describe('the value for people'),
    confidence: z.number().optional(),
    note: z.string().optional(),
    source: SourceRefSchema,
    evidence: EvidenceSchema,
  })
  .strict();
/** A citation. */
export type Citation = z.infer<typeof CitationSchema>;

/** A fact a finding used, and where it came from (request, profile or record). */
export const FactSchema = z
  .object({
    name: z.string(),
    value: z.string(),
    from: z.enum(['request', 'profile', 'record']),
    statements: z.array(z.string()).optional().describe('ids of the statements (st_…) or entities the fact comes from'),
  })
  .strict();
/** A fact used. */
export type Fact = z.infer<typeof FactSchema>;

/** One finding of one rule. */
export const FindingSchema = z
  .object({
    rule: z.string(),
    title: z.string(),
    effect: EffectSchema,
    summary: z.string(),
    legal_basis: z.array(LegalBasisSchema),
    facts_used: z.array(FactSchema),
    citations: z.array(CitationSchema),
  })
  .strict();
/** A finding. */
export type Finding = z.infer<typeof FindingSchema>;

/** One decision of a precedent, as of the assessment date. */
export const PrecedentDecisionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    court: z.string().nullable(),
    court_level: z.string().nullable(),
    decided_on: z.string().nullable().describe('partial date; null when the record has no date'),
    outcomes: z.array(z.string()),
    grounds: z.array(z.string()),
  })
  .strict();

/** A recorded case relevant to the request, with why it is listed. */
export const PrecedentSchema = z
  .object({
    case: z.string(),
    name: z.string(),
    host_state: z.string().nullable(),
    requesting_state: z.string().nullable(),
    charges: z.array(z.string()),
    groups: z.array(z.string()),
    latest_decision: z.string().nullable(),
    decisions: z.array(PrecedentDecisionSchema),
    relevance: z.array(z.string()).describe('why it is listed, in ranking order: no numeric score'),
    citations: z.array(CitationSchema),
  })
  .strict();
/** A precedent. */
export type Precedent = z.infer<typeof PrecedentSchema>;

/** A question the record or profile leaves open. */
export const UnknownSchema = z
  .object({
    rule: z.string(),
    question: z.string().describe('what the record or profile does not say'),
    why: z.string().describe('how the answer would change the result'),
  })
  .strict();
/** An open question. */
export type UnknownItem = z.infer<typeof UnknownSchema>;

/** A host or requesting state as asked, and whether Longarm knows the code. */
export const JurisdictionSchema = z
  .object({ code: z.string(), name: z.string().nullable(), known: z.boolean() })
  .strict();

/** The whole brief (`--format json`). */
export const BriefSchema = z
  .object({
    kind: z.literal('longarm.assess.brief'),
    version: z.literal(1),
    generated_at: z.string().describe('ISO timestamp'),
    assessment_date: z.string().describe('the date the brief speaks for'),
    record: z
      .object({
        date: z.string().nullable().describe('latest recorded_at of the statements read'),
        statements: z.number().int(),
        entities: z.number().int(),
      })
      .strict(),
    role: z.enum(['public', 'researcher', 'admin']),
    disclaimer: z.string(),
    request: z.object({ host: JurisdictionSchema, requesting: JurisdictionSchema, profile: ProfileSchema }).strict(),
    findings: z.array(FindingSchema),
    precedents: z.array(PrecedentSchema),
    unknowns: z.array(UnknownSchema),
    rules: z
      .array(z.object({ id: z.string(), title: z.string(), needs: z.array(z.string()), decides: z.string() }).strict())
      .describe('the rules applied, each with what it needs and how it decides'),
  })
  .strict()
  .describe('Longarm screening brief for a person facing an extradition request');
/** A screening brief. */
export type Brief = z.infer<typeof BriefSchema>;

/** The text every brief carries. */
export const DISCLAIMER =
  'Screening aid, not legal advice. It reports what the Longarm record holds as of the dates stated; a fact the record lacks is shown as unknown, never as safe. Check every citation and the current law before relying on it.';
