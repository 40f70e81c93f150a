/**
 * @module The one error handler: every error leaves as an `application/problem+json` document
 * built from the error catalogue. Validation failures name the field; unknown errors are logged
 * with their context and returned as a plain 500 that reveals nothing.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE, LongarmError, toLongarmError, type ErrorCode } from '../errors.js';

/** One invalid field. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The body of every error response (RFC 9457). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
}

/** The media type of every error response. */
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/**
 * An `invalid_input` error naming the parameter or body field at fault.
 * @example throw invalidInput('as_of', 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD')
 */
export function invalidInput(field: string, message: string): LongarmError {
  return new LongarmError('invalid_input', `${field}: ${message}`, { record: field });
}

/** A `not_found` error for an id. */
export function notFound(what: string, id: string): LongarmError {
  return new LongarmError('not_found', `no ${what} ${id}`, { record: id });
}

interface ValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

function fieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'request';
  const items = (error.validation ?? []) as readonly ValidationItem[];
  return items.map((v) => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const missing = typeof v.params?.missingProperty === 'string' ? v.params.missingProperty : '';
    const name = [path, missing].filter(Boolean).join('.');
    const allowed = Array.isArray(v.params?.allowedValues) ? ` (${v.params.allowedValues.join(', ')})` : '';
    return { field: name ? `${context}.${name}` : context, message: `${v.message ?? 'is invalid'}${allowed}` };
  });
}

function codeForStatus(status: number): ErrorCode {
  const found = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).find((c) => ERROR_CATALOGUE[c].status === status);
  return found ?? (status >= 500 ? 'internal' : 'invalid_input');
}

/** Builds the problem document for any thrown value. */
export function toProblem(error: unknown, instance: string): { problem: Problem; logIt: boolean } {
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) {
    const errors = fieldErrors(error as FastifyError);
    const first = errors[0];
    return {
      problem: {
        type: 'urn:longarm:error:invalid_input',
        title: first ? `${first.field}: ${first.message}` : 'invalid input',
        status: 400,
        code: 'invalid_input',
        instance,
        errors,
      },
      logIt: false,
    };
  }
  if (error instanceof LongarmError || (error instanceof Error && error.name === 'StoreError')) {
    const e = toLongarmError(error);
    if (e.code !== 'internal') {
      const field = e.details.record;
      return {
        problem: {
          type: `urn:longarm:error:${e.code}`,
          title: e.message,
          status: e.status,
          code: e.code,
          instance,
          ...(e.code === 'invalid_input' && field
            ? {
                errors: [
                  {
                    field,
                    message: e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message,
                  },
                ],
              }
            : {}),
        },
        logIt: false,
      };
    }
  }
  // Fastify's own client errors (bad JSON, wrong media type, body too large) carry a 4xx status and a safe message.
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500 && typeof fastifyError.message === 'string') {
    const code = codeForStatus(status);
    return {
      problem: { type: `urn:longarm:error:${code}`, title: fastifyError.message, status, code, instance },
      logIt: false,
    };
  }
  return {
    problem: { type: 'urn:longarm:error:internal', title: 'internal error', status: 500, code: 'internal', instance },
    logIt: true,
  };
}

/** Sends a problem document. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_TYPE).send(JSON.stringify(problem));
}

/** The Fastify error handler: the only place errors become responses. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { problem, logIt } = toProblem(error, request.url.split('?')[0] ?? request.url);
  if (logIt) request.log.error({ err: error, url: request.url, method: request.method }, 'unhandled error');
  return sendProblem(reply, problem);
}
