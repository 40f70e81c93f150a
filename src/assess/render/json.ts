/**
 * @module JSON rendering of a brief: stable two-space JSON matching `schemas/brief.schema.json`.
 */
import type { Brief } from '../brief.js';

/** The brief as JSON text, with a trailing newline. */
export function renderJson(brief: Brief): string {
  return JSON.stringify(brief, null, 2) + '\n';
}
