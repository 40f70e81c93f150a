/**
 * @module Turning a metadata date (ISO string, PDF `D:YYYYMMDD…`) into a partial date, keeping
 * only the precision it states.
 */
import { isValidDate } from '../../domain/index.js';

/** `2024-05-08T10:00Z` → `2024-05-08`; `D:202405` → `2024-05`; anything else → undefined. */
export function partialDateFrom(input: string): string | undefined {
  const m = /^(?:D:)?(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?/.exec(input.trim());
  if (!m) return undefined;
  const date = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return isValidDate(date) ? date : undefined;
}
