/**
 * @module The profile of the person facing a request: what a lawyer knows about them, validated
 * with zod. Every field is optional, because a missing fact is an `unknown` in the brief, never a
 * reassuring default. The JSON Schema in `schemas/assess-profile.schema.json` is generated from
 * {@link ProfileSchema}; `docs/assess-profile.md` documents each field.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isCountryCode, isValidDate } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { ASYLUM_STATUSES, CHARGE_CATEGORIES, GROUPS, INTERPOL_NOTICES, STAGES } from './vocabulary.js';

export { ASYLUM_STATUSES, CHARGE_CATEGORIES, GROUPS, INTERPOL_NOTICES, STAGES } from './vocabulary.js';

/** ISO 3166-1 alpha-2 code Longarm knows (upper case; `HK`, `TW`, `XK` included). */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an upper-case ISO 3166-1 alpha-2 code such as "CN" or "HK"')
  .refine(isCountryCode, { message: 'not a country code Longarm knows (ISO 3166-1 alpha-2, plus HK, TW, XK)' })
  .describe('ISO 3166-1 alpha-2 code; HK for Hong Kong SAR, TW for Taiwan, XK for Kosovo');

/** A partial date: `2024`, `2024-Q2`, `2024-05` or `2024-05-08`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD')
  .refine(isValidDate, { message: 'not a valid calendar date' })
  .describe('partial date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD');

/** A group of {@link GROUPS}. */
export type Group = (typeof GROUPS)[number];

/** A category of {@link CHARGE_CATEGORIES}. */
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** One charge: its category and the words of the request. */
export const ChargeSchema = z
  .object({
    category: z.enum(CHARGE_CATEGORIES).describe('the kind of offence the request alleges'),
    as_stated: z.string().min(1).optional().describe('the charge in the words of the request'),
  })
  .strict();

/** Asylum or refugee status. */
export const AsylumSchema = z
  .object({
    status: z
      .enum(ASYLUM_STATUSES)
      .describe('none: never applied; pending: claim lodged, not decided; recognised: refugee status granted'),
    country: CountryCodeSchema.optional().describe('where the claim was made or status granted'),
    since: PartialDateSchema.optional(),
  })
  .strict();

/** INTERPOL notice and any request to the CCF. */
export const InterpolSchema = z
  .object({
    notice: z.enum(INTERPOL_NOTICES).describe('INTERPOL notice or diffusion known to exist'),
    issued: PartialDateSchema.optional(),
    ccf: z
      .enum(['none', 'pending', 'deleted', 'refused'])
      .optional()
      .describe('request to the Commission for the Control of INTERPOL’s Files and its result'),
  })
  .strict();

/** Extradition detention so far. */
export const DetentionSchema = z
  .object({
    in_custody: z.boolean().describe('detained now for the purpose of extradition'),
    since: PartialDateSchema.optional().describe('date the extradition detention began'),
    months: z.number().nonnegative().optional().describe('months detained so far, when the start date is not known'),
    last_step: PartialDateSchema.optional().describe('date of the last decision or procedural step (to spot a stall)'),
  })
  .strict();

/** Diplomatic assurances offered by the requesting state. */
export const AssurancesSchema = z
  .object({
    offered: z.boolean(),
    kinds: z
      .array(z.enum(['death_penalty', 'torture', 'fair_trial', 'monitoring', 'consular_access', 'other']))
      .optional(),
  })
  .strict();

/** The profile file. Unknown keys are errors, so a misspelt field is not silently ignored. */
export const ProfileSchema = z
  .object({
    nationality: CountryCodeSchema.optional().describe('one nationality; use nationalities for several'),
    nationalities: z.array(CountryCodeSchema).optional(),
    ethnicity: z.string().min(1).optional(),
    religion: z.string().min(1).optional(),
    groups: z.array(z.enum(GROUPS)).optional().describe('groups bearing on persecution risk'),
    political_activity: z
      .boolean()
      .optional()
      .describe('true when the person is known for political, religious or rights activity; absent when not known'),
    activity_description: z.string().min(1).optional(),
    charges: z.array(ChargeSchema).optional().describe('the charges as the request states them'),
    asylum: AsylumSchema.optional(),
    interpol: InterpolSchema.optional(),
    detention: DetentionSchema.optional(),
    stage: z.enum(STAGES).optional().describe('stage of the extradition proceedings'),
    assurances: AssurancesSchema.optional().describe('diplomatic assurances offered by the requesting state'),
    assessment_date: PartialDateSchema.optional().describe('date the brief speaks for; default today'),
    notes: z.string().optional().describe('free notes; not used by any rule'),
  })
  .strict()
  .describe('Longarm assess profile: what is known about the person facing an extradition request');

/** A validated profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * Formats zod issues as one line per field: `charges.0.category: Invalid option: …`.
 * @internal
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field "${issue.path.length ? issue.path.join('.') : '(root)'}": ${issue.message}`)
    .join('; ');
}

/**
 * Validates an untrusted profile object.
 * @throws LongarmError `invalid_input` naming each bad field.
 */
export function parseProfile(input: unknown, file?: string): Profile {
  const result = ProfileSchema.safeParse(input);
  if (!result.success) {
    throw new LongarmError('invalid_input', `invalid profile: ${describeIssues(result.error)}`, file ? { file } : {});
  }
  return result.data;
}

/**
 * Reads and validates a profile JSON file.
 * @throws LongarmError `not_found` when the file is missing, `invalid_input` for bad JSON or a bad field.
 */
export async function readProfile(path: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new LongarmError('not_found', `cannot read profile: ${(e as Error).message}`, { file: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LongarmError('invalid_input', `profile is not valid JSON: ${(e as Error).message}`, { file: path });
  }
  return parseProfile(json, path);
}

/** All nationalities of a profile (`nationality` and `nationalities` merged, in order, unique). */
export function nationalitiesOf(profile: Profile): string[] {
  return [...new Set([...(profile.nationality ? [profile.nationality] : []), ...(profile.nationalities ?? [])])];
}

/**
 * The body of an assess request (for the HTTP API): host and requesting state as two-letter codes
 * (an unknown code is allowed and yields `unknown` findings), an optional profile and date.
 */
export const AssessRequestSchema = z
  .object({
    host: z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter ISO 3166-1 alpha-2 code'),
    requesting: z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter ISO 3166-1 alpha-2 code'),
    profile: ProfileSchema.optional(),
    as_of: PartialDateSchema.optional(),
  })
  .strict();

/** A validated assess request body. */
export type AssessRequestBody = z.infer<typeof AssessRequestSchema>;
