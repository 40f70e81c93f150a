/**
 * @module Treaty status from the record: gathers each instrument's lifecycle statements and
 * derives its status per party and overall as of a date. Nothing is cached or typed in.
 */
import type { Entity, LifecycleEvent, Locator, Role, Statement, StatusReport, Value } from '../domain/index.js';
import { deriveStatus, describeStatus, isLifecycleEvent, LIFECYCLE_EVENTS, parseDate, today } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import type { Store } from '../store/index.js';

export interface TreatyEvent {
  readonly statement: string;
  readonly event: LifecycleEvent;
  readonly party: string | null;
  readonly value: Value;
  readonly asOf?: string;
  readonly source: string;
  readonly locator: Locator | null;
  readonly pinpoint?: string;
}

export interface TreatyView {
  readonly id: string;
  readonly name: string;
  readonly types: readonly string[];
  readonly parties: readonly string[];
  readonly status: StatusReport;
  readonly label: string;
  readonly events: readonly TreatyEvent[];
}

export interface TreatyQuery {
  /** `RS` or `country:RS`: only instruments this state is party to. */
  readonly party?: string;
  /** Instrument type, e.g. `extradition`. */
  readonly type?: string;
  /** Partial date; default today. */
  readonly asOf?: string;
  /** The date the record speaks for; default today. */
  readonly recordDate?: string;
  /** Only this instrument. */
  readonly instrument?: string;
}

/** Normalizes `RS` / `country:RS` to `country:RS`. */
export function countryId(code: string): string {
  return code.startsWith('country:') ? code : `country:${code.toUpperCase()}`;
}

/**
 * Instruments with derived status, sorted by name.
 * @throws LongarmError `invalid_input` for a malformed `asOf`.
 */
export async function listTreaties(store: Store, query: TreatyQuery, role: Role): Promise<TreatyView[]> {
  const asOf = query.asOf ?? today();
  try {
    parseDate(asOf);
  } catch (e) {
    throw new LongarmError('invalid_input', `--as-of: ${(e as Error).message}`);
  }
  const recordDate = query.recordDate ?? today();
  const properties = ['party', 'instrument_type', ...LIFECYCLE_EVENTS];
  const statements = await store.listStatements(
    query.instrument ? { entity: query.instrument, property: properties } : { property: properties },
    role,
  );
  const byInstrument = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!s.entity.startsWith('instrument:') || s.rank === 'deprecated') continue;
    const list = byInstrument.get(s.entity) ?? [];
    list.push(s);
    byInstrument.set(s.entity, list);
  }
  const sourceDates = await publishedDates(store, statements, role);
  const wantParty = query.party ? countryId(query.party) : undefined;
  const views: TreatyView[] = [];
  for (const [id, list] of byInstrument) {
    const entity = await store.getEntity(id, role);
    if (!entity) continue;
    const view = buildView(entity, list, asOf, recordDate, sourceDates);
    if (wantParty && !view.parties.includes(wantParty)) continue;
    if (query.type && !view.types.includes(query.type)) continue;
    views.push(view);
  }
  return views.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

async function publishedDates(
  store: Store,
  statements: readonly Statement[],
  role: Role,
): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  for (const id of new Set(statements.map((s) => s.source))) {
    const source = await store.getEntity(id, role);
    if (source?.source?.published) dates.set(id, source.source.published);
  }
  return dates;
}

function buildView(
  entity: Entity,
  statements: readonly Statement[],
  asOf: string,
  recordDate: string,
  sourceDates: ReadonlyMap<string, string>,
): TreatyView {
  const parties = [
    ...new Set(
      statements
        .filter((s) => s.property === 'party' && s.value.type === 'ref')
        .map((s) => (s.value as { id: string }).id),
    ),
  ].sort();
  const types = [
    ...new Set(
      statements
        .filter((s) => s.property === 'instrument_type' && s.value.type === 'text')
        .map((s) => (s.value as { text: string }).text),
    ),
  ].sort();
  const events: TreatyEvent[] = statements
    .filter((s) => isLifecycleEvent(s.property))
    .map((s) => {
      // An undated claim speaks for its own as_of, else for the date its source was published.
      const asOfClaim = s.qualifiers.as_of ?? (s.value.type === 'date' ? undefined : sourceDates.get(s.source));
      return {
        statement: s.id,
        event: s.property as LifecycleEvent,
        party: s.qualifiers.party ?? null,
        value: s.value,
        ...(asOfClaim ? { asOf: asOfClaim } : {}),
        source: s.source,
        locator: s.locator,
        ...(s.pinpoint ? { pinpoint: s.pinpoint } : {}),
      };
    })
    .sort(
      (a, b) =>
        LIFECYCLE_EVENTS.indexOf(a.event) - LIFECYCLE_EVENTS.indexOf(b.event) || a.statement.localeCompare(b.statement),
    );
  const status = deriveStatus(
    parties,
    events.map((e) => ({
      statement: e.statement,
      source: e.source,
      event: e.event,
      party: e.party,
      value: e.value,
      asOf: e.asOf,
    })),
    asOf,
    { recordDate },
  );
  return {
    id: entity.id,
    name: entity.name,
    types,
    parties: status.parties.map((p) => p.party),
    status,
    label: describeStatus(status),
    events,
  };
}
