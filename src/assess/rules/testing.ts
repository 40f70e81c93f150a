/**
 * @module Test fixtures for the rules' decision tables: build statements, a record, treaty views
 * and a whole {@link AssessContext} from a few lines, without a store.
 * @internal
 */
import type { Entity, LifecycleEvent, Qualifiers, Statement, Value } from '../../domain/index.js';
import { countryName, deriveStatus, describeStatus, isLifecycleEvent, parseId } from '../../domain/index.js';
import type { TreatyView } from '../../query/index.js';
import { chargeCategories } from '../classify.js';
import { rankPrecedents } from '../precedents.js';
import type { Profile } from '../profile.js';
import { nationalitiesOf } from '../profile.js';
import { RecordIndex } from '../record.js';
import { ECTHR, ORG } from './helpers.js';
import type { AssessContext } from './types.js';

let counter = 0;

/** Value shorthand: `country:XX` and other ids become refs; `YYYY…` dates; `?` unknown; `-` none; else text. */
export function v(value: string | number | Value): Value {
  if (typeof value === 'number') return { type: 'number', amount: value };
  if (typeof value !== 'string') return value;
  if (value === '?') return { type: 'unknown' };
  if (value === '-') return { type: 'none' };
  if (/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/.test(value)) return { type: 'date', date: value };
  if (/^[a-z]+:[A-Za-z0-9.-]+$/.test(value)) return { type: 'ref', id: value };
  return { type: 'text', text: value };
}

/** One accepted statement with a fresh id. */
export function st(
  entity: string,
  property: string,
  value: string | number | Value,
  options: { qualifiers?: Qualifiers; sensitivity?: Statement['sensitivity']; source?: string; id?: string } = {},
): Statement {
  counter++;
  return {
    id: options.id ?? `st_test_${counter}`,
    entity,
    property,
    value: v(value),
    qualifiers: options.qualifiers ?? {},
    source: options.source ?? 'source:test',
    locator: null,
    pinpoint: 'p. 1',
    status: 'accepted',
    rank: 'normal',
    sensitivity: options.sensitivity ?? 'public',
    recorded_at: '2026-11-23',
    recorded_by: 'test',
  };
}

/** Entities for every id the statements mention (countries named from the ISO table). */
export function entitiesFor(statements: readonly Statement[], extra: readonly Entity[] = []): Entity[] {
  const ids = new Set<string>(['source:test']);
  for (const s of statements) {
    ids.add(s.entity);
    if (s.value.type === 'ref') ids.add(s.value.id);
  }
  const given = new Map(extra.map((e) => [e.id, e]));
  return [...ids].map((id) => {
    const known = given.get(id);
    if (known) return known;
    const { kind, slug } = parseId(id);
    return {
      id,
      kind: kind,
      name: kind === 'country' ? (countryName(slug) ?? slug) : slug.replace(/-/g, ' '),
      aliases: [],
      sensitivity: 'public',
    };
  });
}

/** Council of Europe membership with a complete-list count, as the reference data records it. */
export function coeMembers(codes: readonly string[]): Statement[] {
  return [
    ...codes.map((c) => st(`country:${c}`, 'member_of', ORG.coe)),
    st(ORG.coe, 'member_count', { type: 'number', amount: codes.length, unit: 'member states' }),
  ];
}

/** Liu v. Poland as the seeds record it: an ECtHR Art 3 ruling on removal to China. */
export function liuStatements(decided = '2022-10-06'): Statement[] {
  return [
    st('case:liu-v-poland', 'host_state', 'country:PL'),
    st('case:liu-v-poland', 'requesting_state', 'country:CN'),
    st('case:liu-v-poland', 'charge', 'economic crimes'),
    st('decision:echr-liu-v-poland-2022', 'in_case', 'case:liu-v-poland'),
    st('decision:echr-liu-v-poland-2022', 'decided_by', ECTHR),
    st('decision:echr-liu-v-poland-2022', 'decided_on', decided),
    st('decision:echr-liu-v-poland-2022', 'outcome', 'extradition would breach article 3 (non-refoulement)'),
    st(
      'decision:echr-liu-v-poland-2022',
      'outcome',
      'lengthy extradition detention was arbitrary: article 5 §1 breached',
    ),
    st('decision:echr-liu-v-poland-2022', 'ground', 'Chinese prisons: general situation of violence'),
  ];
}

/** A treaty view built from lifecycle statements, as `listTreaties` would return it. */
export function treatyView(
  id: string,
  parties: readonly string[],
  statements: readonly Statement[],
  asOf: string,
  type = 'extradition',
): TreatyView {
  const events = statements
    .filter((s) => isLifecycleEvent(s.property))
    .map((s) => ({
      statement: s.id,
      event: s.property as LifecycleEvent,
      party: s.qualifiers.party ?? null,
      value: s.value,
      ...(s.qualifiers.as_of ? { asOf: s.qualifiers.as_of } : {}),
      source: s.source,
      locator: null,
    }));
  const status = deriveStatus(parties, events, asOf, { recordDate: '2026-11-23' });
  return {
    id,
    name: id.replace('instrument:', ''),
    types: [type],
    parties: status.parties.map((p) => p.party),
    status,
    label: describeStatus(status),
    events,
  };
}

/** A context for one rule test. */
export function context(options: {
  host?: string;
  requesting?: string;
  asOf?: string;
  profile?: Profile;
  statements?: readonly Statement[];
  entities?: readonly Entity[];
  treaties?: readonly TreatyView[];
  hostKnown?: boolean;
}): AssessContext {
  const host = options.host ?? 'RS';
  const requesting = options.requesting ?? 'CN';
  const asOf = options.asOf ?? '2026-11-23';
  const profile = options.profile ?? {};
  const statements = options.statements ?? [];
  const record = new RecordIndex(entitiesFor(statements, options.entities ?? []), statements);
  const charges = [
    ...new Set((profile.charges ?? []).flatMap((c) => [c.category, ...chargeCategories(c.as_stated ?? '')])),
  ];
  const groups = [...new Set(profile.groups ?? [])];
  const nationalities = nationalitiesOf(profile);
  const hostCourts = record.membership(`country:${host}`, ORG.coe, asOf).status === 'member' ? [ECTHR] : [];
  return {
    host,
    requesting,
    hostKnown: options.hostKnown ?? true,
    requestingKnown: true,
    asOf,
    profile,
    nationalities,
    charges,
    groups,
    record,
    treaties: options.treaties ?? [],
    precedents: rankPrecedents(record, { host, requesting, asOf, charges, groups, nationalities, hostCourts }),
  };
}
