/**
 * @module Typed statement values: text, number with unit, money, date, entity reference,
 * and the two explicit non-values `unknown` ("happened, date unknown") and `none` ("did not happen").
 */
import { compareDates, formatDate, InvalidDateError, parseDate } from './dates.js';
import { parseId, InvalidIdError } from './kinds.js';

export type Value =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'number'; readonly amount: number; readonly unit?: string }
  | { readonly type: 'money'; readonly amount: number; readonly currency: string }
  | { readonly type: 'date'; readonly date: string }
  | { readonly type: 'ref'; readonly id: string }
  | { readonly type: 'unknown' }
  | { readonly type: 'none' };

export type ValueType = Value['type'];

/** ISO 4217 codes the data set uses; extend when a source brings a new currency. */
export const CURRENCIES = new Set([
  'EUR',
  'USD',
  'CNY',
  'RSD',
  'GBP',
  'CHF',
  'HUF',
  'BAM',
  'MKD',
  'ALL',
  'HKD',
  'TWD',
  'RUB',
  'TRY',
  'JPY',
  'SEK',
  'PLN',
  'CZK',
  'BGN',
  'RON',
  'MAD',
]);

export class InvalidValueError extends Error {
  override name = 'InvalidValueError';
}

function fail(message: string): never {
  throw new InvalidValueError(message);
}

/**
 * Checks an untrusted value and returns it typed, with keys in canonical order.
 * @throws InvalidValueError saying which field is wrong and what was expected.
 */
export function parseValue(input: unknown): Value {
  if (typeof input !== 'object' || input === null) fail('value must be an object with a "type"');
  const v = input as Record<string, unknown>;
  switch (v.type) {
    case 'text':
      if (typeof v.text !== 'string' || v.text.trim() === '') fail('text value needs a non-empty "text"');
      return { type: 'text', text: v.text };
    case 'number': {
      if (typeof v.amount !== 'number' || !Number.isFinite(v.amount)) fail('number value needs a finite "amount"');
      if (v.unit !== undefined && (typeof v.unit !== 'string' || v.unit === ''))
        fail('"unit" must be a non-empty string');
      return v.unit === undefined
        ? { type: 'number', amount: v.amount }
        : { type: 'number', amount: v.amount, unit: v.unit };
    }
    case 'money':
      if (typeof v.amount !== 'number' || !Number.isFinite(v.amount)) fail('money value needs a finite "amount"');
      if (typeof v.currency !== 'string' || !CURRENCIES.has(v.currency))
        fail(`money "currency" must be an ISO 4217 code the data set knows, got ${JSON.stringify(v.currency)}`);
      return { type: 'money', amount: v.amount, currency: v.currency };
    case 'date':
      if (typeof v.date !== 'string') fail('date value needs a "date" string');
      try {
        parseDate(v.date);
      } catch (e) {
        if (e instanceof InvalidDateError) fail(e.message);
        throw e;
      }
      return { type: 'date', date: v.date };
    case 'ref':
      if (typeof v.id !== 'string') fail('ref value needs an "id"');
      try {
        parseId(v.id);
      } catch (e) {
        if (e instanceof InvalidIdError) fail(e.message);
        throw e;
      }
      return { type: 'ref', id: v.id };
    case 'unknown':
      return { type: 'unknown' };
    case 'none':
      return { type: 'none' };
    default:
      return fail(`unknown value type ${JSON.stringify(v.type)}`);
  }
}

/** Formats a value for people. */
export function formatValue(value: Value): string {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'number':
      return value.unit ? `${value.amount.toLocaleString('en')} ${value.unit}` : value.amount.toLocaleString('en');
    case 'money':
      return `${value.currency} ${value.amount.toLocaleString('en')}`;
    case 'date':
      return formatDate(value.date);
    case 'ref':
      return value.id;
    case 'unknown':
      return 'unknown';
    case 'none':
      return 'none';
  }
}

/**
 * True when two values for the same single-valued property cannot both be right: dates whose
 * intervals do not overlap, different amounts, units, currencies or entities. Text is worded by
 * people and never compared; `unknown` agrees with anything.
 */
export function valuesConflict(a: Value, b: Value): boolean {
  if (a.type === 'unknown' || b.type === 'unknown' || a.type === 'text' || b.type === 'text') return false;
  if (a.type === 'date' && b.type === 'date') {
    const order = compareDates(a.date, b.date);
    return order === 'before' || order === 'after';
  }
  if (a.type === 'number' && b.type === 'number') return a.amount !== b.amount || (a.unit ?? '') !== (b.unit ?? '');
  if (a.type === 'money' && b.type === 'money') return a.amount !== b.amount || a.currency !== b.currency;
  if (a.type === 'ref' && b.type === 'ref') return a.id !== b.id;
  return a.type !== b.type;
}
