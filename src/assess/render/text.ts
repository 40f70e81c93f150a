/**
 * @module Shared wording for the renderers: effect labels, citation and date lines.
 * @internal
 */
import { formatDate, isValidDate } from '../../domain/index.js';
import type { Citation, Effect } from '../brief.js';

/** Upper-case label of an effect. */
export const EFFECT_LABEL: Readonly<Record<Effect, string>> = {
  bar: 'BAR',
  protection: 'PROTECTION',
  risk: 'RISK',
  info: 'INFO',
  unknown: 'UNKNOWN',
};

/** A partial date for people, or the input when it is not one. */
export function date(value: string | null | undefined): string {
  if (!value) return 'date not recorded';
  return isValidDate(value) ? formatDate(value) : value;
}

/** How the evidence of a citation stands, in words. */
export function evidenceWords(c: Citation): string {
  switch (c.evidence.status) {
    case 'verified':
      return c.evidence.quote ? `“${c.evidence.quote}”` : 'verified against the source text';
    case 'pinpoint':
      return `at ${c.evidence.pinpoint ?? 'an unstated place'} (not verified against text)`;
    case 'text_not_held':
      return 'source text not held (not verified)';
    case 'mismatch':
      return 'locator does not match the stored text';
  }
}

/** The claim a citation supports, in one line. */
export function claim(c: Citation): string {
  const extra = [c.confidence !== undefined && c.confidence < 1 ? `confidence ${c.confidence}` : '', c.note ?? '']
    .filter(Boolean)
    .join('; ');
  return `${c.entity_name} — ${c.property.replace(/_/g, ' ')}: ${c.value}${extra ? ` (${extra})` : ''}`;
}

/** The first sentence of a summary (up to the first ". " or ": "), for the at-a-glance list. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m?.[1] ?? text;
}
