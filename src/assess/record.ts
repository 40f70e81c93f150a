/**
 * @module The slice of the record a brief reads, held in memory and indexed: statements by
 * entity, by referenced entity, and membership of countries in organizations as of a date. It is
 * read once per brief through the role-aware store, so a rule never sees a record the caller's
 * role may not see. Rules are pure functions over this index, which keeps them unit-testable.
 */
import type { Entity, Role, Statement } from '../domain/index.js';
import { countryName, formatValue, parseDate } from '../domain/index.js';
import type { Store } from '../store/index.js';

/** Whether a country belonged to an organization on a date, and the statements that say so. */
export interface Membership {
  readonly status: 'member' | 'not_member' | 'unknown';
  /** member_of statements (member), or the member_count statements proving the list complete (not_member). */
  readonly statements: readonly Statement[];
}

const PAGE = 10_000;

/** An in-memory, read-only index over entities and current statements. */
export class RecordIndex {
  private readonly byEntity = new Map<string, Statement[]>();
  private readonly byRef = new Map<string, Statement[]>();
  private readonly byId = new Map<string, Statement>();
  private readonly entities: ReadonlyMap<string, Entity>;
  /** Day (`YYYY-MM-DD`) of the latest `recorded_at` of the statements held, or null when there are none. */
  readonly recordDate: string | null;
  readonly statementCount: number;

  /**
   * @param entities entities the caller may see.
   * @param statements statements the caller may see; deprecated and superseded ones are dropped here.
   */
  constructor(entities: Iterable<Entity>, statements: readonly Statement[]) {
    this.entities = new Map([...entities].map((e) => [e.id, e]));
    const superseded = new Set(statements.flatMap((s) => (s.supersedes ? [s.supersedes] : [])));
    let latest: string | null = null;
    let count = 0;
    for (const s of statements) {
      if (s.rank === 'deprecated' || superseded.has(s.id)) continue;
      if (s.status !== 'accepted' && s.status !== 'disputed') continue;
      count++;
      this.byId.set(s.id, s);
      // recorded_at may be a full timestamp (review edits); the record date is its day.
      const day = s.recorded_at.slice(0, 10);
      if (latest === null || day > latest) latest = day;
      push(this.byEntity, s.entity, s);
      if (s.value.type === 'ref') push(this.byRef, s.value.id, s);
    }
    this.recordDate = latest;
    this.statementCount = count;
  }

  /** Number of entities held. */
  get entityCount(): number {
    return this.entities.size;
  }

  /** The entity, or undefined when it does not exist or is not visible. */
  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** All visible entities of a kind. */
  entitiesOfKind(kind: Entity['kind']): Entity[] {
    return [...this.entities.values()].filter((e) => e.kind === kind);
  }

  /** A current statement by id, or undefined. */
  statement(id: string): Statement | undefined {
    return this.byId.get(id);
  }

  /** A display name: the entity's name, a country's short name, or the id. */
  name(id: string): string {
    const e = this.entities.get(id);
    if (e) return e.name;
    if (id.startsWith('country:')) return countryName(id.slice(8)) ?? id;
    return id;
  }

  /** Current statements about an entity, optionally of some properties. */
  about(entity: string, ...properties: string[]): Statement[] {
    const list = this.byEntity.get(entity) ?? [];
    return properties.length ? list.filter((s) => properties.includes(s.property)) : [...list];
  }

  /** Current statements whose value refers to `id`, optionally of some properties. */
  pointingTo(id: string, ...properties: string[]): Statement[] {
    const list = this.byRef.get(id) ?? [];
    return properties.length ? list.filter((s) => properties.includes(s.property)) : [...list];
  }

  /** Distinct texts of an entity's text-valued statements of a property. */
  texts(entity: string, property: string): string[] {
    return [...new Set(this.about(entity, property).flatMap((s) => (s.value.type === 'text' ? [s.value.text] : [])))];
  }

  /** Distinct referenced ids of an entity's statements of a property. */
  refs(entity: string, property: string): string[] {
    return [...new Set(this.about(entity, property).flatMap((s) => (s.value.type === 'ref' ? [s.value.id] : [])))];
  }

  /**
   * Whether `country` was a member of `organization` as of `asOf`: a `member_of` statement valid
   * then makes it a member; otherwise it is known not to be one only when a `member_count` valid
   * then equals the number of members recorded (the list is complete); else unknown.
   */
  membership(country: string, organization: string, asOf: string): Membership {
    const mine = this.about(country, 'member_of').filter(
      (s) => s.value.type === 'ref' && s.value.id === organization && validAt(s, asOf),
    );
    if (mine.length) return { status: 'member', statements: mine };
    const members = new Set(
      this.pointingTo(organization, 'member_of')
        .filter((s) => validAt(s, asOf))
        .map((s) => s.entity),
    );
    const counts = this.about(organization, 'member_count').filter(
      (s) => validAt(s, asOf) && s.value.type === 'number' && s.value.amount === members.size,
    );
    if (members.size > 0 && counts.length) return { status: 'not_member', statements: counts };
    return { status: 'unknown', statements: [] };
  }

  /** A one-line rendering of a statement's value, references by name. */
  display(s: Statement): string {
    return s.value.type === 'ref' ? this.name(s.value.id) : formatValue(s.value);
  }
}

function push(map: Map<string, Statement[]>, key: string, s: Statement): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

/**
 * True when a statement's `valid_from`/`valid_to` qualifiers cover the end of the `asOf` period
 * (the date a brief speaks for is the last day of its period, as in treaty status).
 */
export function validAt(s: Statement, asOf: string): boolean {
  const at = parseDate(asOf).end;
  const from = s.qualifiers.valid_from;
  const to = s.qualifiers.valid_to;
  if (from && parseDate(from).start > at) return false;
  if (to && parseDate(to).end < at) return false;
  return true;
}

/**
 * Reads every entity and current statement the role may see into a {@link RecordIndex}.
 * @throws StoreError when the store fails.
 */
export async function readRecord(store: Store, role: Role): Promise<RecordIndex> {
  const entities: Entity[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listEntities({ limit: PAGE, offset }, role);
    entities.push(...page);
    if (page.length < PAGE) break;
  }
  const statements: Statement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listStatements({ limit: PAGE, offset }, role);
    statements.push(...page);
    if (page.length < PAGE) break;
  }
  return new RecordIndex(entities, statements);
}
