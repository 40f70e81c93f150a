/**
 * @module Source text identity: normalization, hashing and locators.
 * Every locator is a pair of UTF-16 offsets into the *normalized* text, so the same
 * function must run at ingestion, at load and at verification.
 */
import * as crypto from 'node:crypto';

/** A pinned span of a source: UTF-16 offsets `[start, end)` into its normalized text. */
export interface Locator {
  readonly sha256: string;
  readonly start: number;
  readonly end: number;
}

/** Unicode NFC, `\r\n` and lone `\r` to `\n`, a leading byte-order mark dropped. */
export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // A scan for '\r' is several times cheaper than the replace, which walks the whole text even when nothing matches.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.normalize('NFC');
}

/**
 * Lower-case hex sha256 of a string's UTF-8 bytes. One call per statement id on ingestion: the one-shot
 * `crypto.hash` where the runtime has it (Node ≥ 20.12), as `engines` still allows any Node 20.
 */
export const sha256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export class LocatorError extends Error {
  override name = 'LocatorError';
}

/**
 * Builds a locator for `[start, end)` of `text` (already normalized).
 * @throws LocatorError when the span is empty or out of range.
 */
export function createLocator(text: string, start: number, end: number, hash = sha256(text)): Locator {
  checkSpan(text, start, end);
  return { sha256: hash, start, end };
}

function checkSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new LocatorError(`span [${start}, ${end}) is outside the text (length ${text.length}) or empty`);
  }
}

/**
 * Returns the quoted span a locator points to.
 * @throws LocatorError when the text's hash differs from the locator's or the span is out of range.
 */
export function resolveLocator(locator: Locator, text: string, hash = sha256(text)): string {
  if (hash !== locator.sha256) {
    throw new LocatorError(`locator is for text ${locator.sha256.slice(0, 12)}…, given text ${hash.slice(0, 12)}…`);
  }
  checkSpan(text, locator.start, locator.end);
  return text.slice(locator.start, locator.end);
}

/** True when the locator resolves against this text. */
export function verifyLocator(locator: Locator, text: string, hash = sha256(text)): boolean {
  try {
    resolveLocator(locator, text, hash);
    return true;
  } catch {
    return false;
  }
}

/** The span with up to `radius` characters of context on each side, for showing evidence. */
export function spanInContext(
  text: string,
  start: number,
  end: number,
  radius = 160,
): { before: string; quote: string; after: string } {
  return {
    before: text.slice(Math.max(0, start - radius), start),
    quote: text.slice(start, end),
    after: text.slice(end, end + radius),
  };
}
