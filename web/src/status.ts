/**
 * @module Instrument status for people: a text label for every status and the map's fill for
 * it. Status is never shown by colour alone: every fill sits beside its label, and the stronger
 * statuses also carry a hatch pattern.
 */
import type { Status } from './api';

export const STATUS_LABEL: Readonly<Record<Status | 'none', string>> = {
  in_force: 'in force',
  ratified: 'ratified by all, not in force',
  ratified_by_some: 'ratified by some',
  signed: 'signed',
  negotiated: 'negotiated',
  rejected: 'rejected',
  suspended: 'suspended',
  terminated: 'terminated',
  unknown: 'status unknown',
  none: 'no instrument recorded',
};

/** Legend order: strongest reach first. */
export const STATUS_ORDER: readonly (Status | 'none')[] = [
  'in_force',
  'ratified',
  'ratified_by_some',
  'signed',
  'negotiated',
  'suspended',
  'terminated',
  'rejected',
  'unknown',
  'none',
];

/** Map fill for a status; patterns are defined in the map's <defs>. */
export const STATUS_FILL: Readonly<Record<Status | 'none', string>> = {
  in_force: '#99000d',
  ratified: '#cb181d',
  ratified_by_some: '#ef3b2c',
  signed: '#fb6a4a',
  negotiated: '#fcae91',
  suspended: 'url(#pat-suspended)',
  terminated: 'url(#pat-terminated)',
  rejected: 'url(#pat-rejected)',
  unknown: 'url(#pat-unknown)',
  none: '#eef0f2',
};

export function statusLabel(s: string): string {
  return STATUS_LABEL[s as Status] ?? s.replace(/_/g, ' ');
}
