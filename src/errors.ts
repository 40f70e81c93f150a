/**
 * @module The one error catalogue: every error the surfaces show has a stable snake_case code,
 * an HTTP status and a safe message. Unknown errors become `internal` with a plain message.
 */

export const ERROR_CATALOGUE = {
  invalid_input: { status: 400, exit: 2 },
  invalid_data: { status: 422, exit: 3 },
  not_found: { status: 404, exit: 4 },
  conflict: { status: 409, exit: 5 },
  too_large: { status: 413, exit: 6 },
  unsupported: { status: 415, exit: 7 },
  forbidden: { status: 403, exit: 8 },
  internal: { status: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error whose message is safe to show a user, with where it happened when known. */
export class LongarmError extends Error {
  override name = 'LongarmError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { file?: string; record?: string; offset?: number; line?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }

  get exitCode(): number {
    return ERROR_CATALOGUE[this.code].exit;
  }
}

/** Describes any thrown value as a LongarmError (unknown errors become `internal`). */
export function toLongarmError(error: unknown): LongarmError {
  if (error instanceof LongarmError) return error;
  if (error instanceof Error && error.name === 'StoreError' && (error as { code?: string }).code === 'not_found') {
    return new LongarmError('not_found', error.message, {}, { cause: error });
  }
  return new LongarmError('internal', 'internal error', {}, { cause: error });
}
