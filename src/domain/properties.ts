/**
 * @module The property vocabulary: which properties exist, the value types they take, and
 * which ones are lifecycle events or give an entity's start and end dates (for timelines).
 * Add a property here before using it in data.
 */
import type { ValueType } from './values.js';

export interface PropertySpec {
  readonly values: readonly ValueType[];
  readonly label: string;
}

/** Lifecycle events of an instrument, in the order they normally happen. */
export const LIFECYCLE_EVENTS = [
  'negotiated',
  'signed',
  'ratified',
  'entered_into_force',
  'suspended',
  'terminated',
  'rejected',
] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

const DATE_LIKE: readonly ValueType[] = ['date', 'unknown', 'none'];
const REF: readonly ValueType[] = ['ref'];
const TEXT: readonly ValueType[] = ['text'];
const NUM: readonly ValueType[] = ['number'];
const MONEY: readonly ValueType[] = ['money', 'number'];

export const PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  // instruments
  instrument_type: { values: TEXT, label: 'type' },
  party: { values: REF, label: 'party' },
  part_of: { values: REF, label: 'part of' },
  negotiated: { values: DATE_LIKE, label: 'negotiations concluded' },
  signed: { values: DATE_LIKE, label: 'signed' },
  ratified: { values: DATE_LIKE, label: 'ratified' },
  entered_into_force: { values: DATE_LIKE, label: 'entered into force' },
  suspended: { values: DATE_LIKE, label: 'suspended' },
  terminated: { values: DATE_LIKE, label: 'terminated' },
  rejected: { values: DATE_LIKE, label: 'rejected or withdrawn' },
  signed_at: { values: REF, label: 'signed at' },
  member_count: { values: NUM, label: 'number of members' },
  // decisions and cases
  decided_by: { values: REF, label: 'decided by' },
  decided_on: { values: DATE_LIKE, label: 'decided on' },
  court_level: { values: TEXT, label: 'court level' },
  outcome: { values: TEXT, label: 'outcome' },
  ground: { values: TEXT, label: 'ground' },
  effective_on: { values: DATE_LIKE, label: 'took effect' },
  effect: { values: TEXT, label: 'effect' },
  in_case: { values: REF, label: 'in case' },
  requesting_state: { values: REF, label: 'requesting state' },
  host_state: { values: REF, label: 'host state' },
  charge: { values: TEXT, label: 'charge' },
  nationality: { values: REF, label: 'nationality' },
  person_group: { values: TEXT, label: 'group' },
  cites_precedent: { values: REF, label: 'cites precedent' },
  interim_measure: { values: DATE_LIKE, label: 'interim measure' },
  arrested_on: { values: DATE_LIKE, label: 'arrested on' },
  // programs and projects
  program_type: { values: TEXT, label: 'type' },
  country: { values: REF, label: 'country' },
  city: { values: TEXT, label: 'city' },
  participant: { values: REF, label: 'participant' },
  started: { values: DATE_LIKE, label: 'started' },
  ended: { values: DATE_LIKE, label: 'ended' },
  year: { values: ['date'], label: 'year' },
  iteration: { values: NUM, label: 'iteration' },
  officer_count: { values: NUM, label: 'officers' },
  camera_count: { values: NUM, label: 'cameras' },
  vendor: { values: REF, label: 'vendor' },
  sector: { values: TEXT, label: 'sector' },
  amount: { values: MONEY, label: 'amount' },
  share_financed: { values: NUM, label: 'share financed' },
  financier: { values: REF, label: 'financier' },
  contractor: { values: REF, label: 'contractor' },
  subcontractor: { values: REF, label: 'subcontractor' },
  owner: { values: REF, label: 'owner' },
  reported_problem: { values: TEXT, label: 'reported problem' },
  located_in: { values: REF, label: 'located in' },
  // figures, positions and relations
  figure: { values: ['number', 'money'], label: 'figure' },
  population: { values: NUM, label: 'population' },
  member_of: { values: REF, label: 'member of' },
  position: { values: TEXT, label: 'position' },
  adopted: { values: DATE_LIKE, label: 'adopted' },
  adopted_by: { values: REF, label: 'adopted by' },
  vote_count: { values: NUM, label: 'votes' },
  concerns: { values: REF, label: 'concerns' },
  role: { values: TEXT, label: 'role' },
  description: { values: TEXT, label: 'description' },
  // sources
  cites: { values: REF, label: 'cites' },
  names_person: { values: TEXT, label: 'names a person' },
  published: { values: DATE_LIKE, label: 'published' },
};

/** Properties that give an entity's start and end dates, per kind, so timelines need no special cases. */
export const TIMELINE_PROPERTIES: readonly string[] = [
  'negotiated',
  'signed',
  'ratified',
  'entered_into_force',
  'suspended',
  'terminated',
  'rejected',
  'decided_on',
  'effective_on',
  'interim_measure',
  'arrested_on',
  'started',
  'ended',
  'year',
  'adopted',
];

export function isLifecycleEvent(property: string): property is LifecycleEvent {
  return (LIFECYCLE_EVENTS as readonly string[]).includes(property);
}
