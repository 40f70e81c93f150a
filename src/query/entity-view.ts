/**
 * @module The view of one entity: its statements grouped by property, each with its source and
 * the evidence span resolved from the stored text, conflicting values side by side, the
 * corrections history, and what points at it.
 */
import type { Entity, Role, Statement } from '../domain/index.js';
import {
  canSee,
  formatValue,
  LIFECYCLE_EVENTS,
  PROPERTIES,
  sha256,
  spanInContext,
  valuesConflict,
} from '../domain/index.js';
import type { Store } from '../store/index.js';

/** How a statement's evidence stands: checked against held text, not held, or cited by pinpoint. */
export type EvidenceStatus = 'verified' | 'mismatch' | 'text_not_held' | 'pinpoint';

export interface Evidence {
  readonly status: EvidenceStatus;
  readonly before?: string;
  readonly quote?: string;
  readonly after?: string;
  readonly pinpoint?: string;
}

export interface SourceRef {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
  readonly published?: string;
  readonly reliability?: string;
}

export interface StatementView {
  readonly statement: Statement;
  /** The value for people: a date formatted, a reference by name. */
  readonly display: string;
  readonly source: SourceRef;
  readonly evidence: Evidence;
  /** Set when a later statement corrects this one. */
  readonly supersededBy?: string;
}

export interface PropertyGroup {
  readonly property: string;
  readonly label: string;
  readonly statements: readonly StatementView[];
  /** True when current statements give different values (shown side by side, none picked). */
  readonly conflicting: boolean;
}

export interface EntityView {
  readonly entity: Entity;
  readonly groups: readonly PropertyGroup[];
  /** Statements about other entities whose value points here. */
  readonly referencedBy: readonly StatementView[];
}

/** Properties with one true value per party; differing values among them are conflicts to show. */
const SINGLE_VALUED = new Set<string>([
  ...LIFECYCLE_EVENTS,
  'decided_on',
  'effective_on',
  'court_level',
  'decided_by',
  'started',
  'ended',
  'officer_count',
  'camera_count',
  'amount',
  'population',
  'adopted',
]);

/** Builds the evidence for statements, caching texts by hash. */
export class EvidenceResolver {
  /** Texts by hash, fetched and checked once: null when not held, or when the stored text no longer hashes to it. */
  private readonly texts = new Map<string, { text: string; intact: boolean } | null>();
  private readonly sources = new Map<string, SourceRef>();
  constructor(
    private readonly store: Store,
    private readonly role: Role,
  ) {}

  async source(id: string): Promise<SourceRef> {
    let ref = this.sources.get(id);
    if (!ref) {
      const e = await this.store.getEntity(id, this.role);
      const meta = e?.source;
      ref = {
        id,
        name: e?.name ?? id,
        ...(meta?.url ? { url: meta.url } : {}),
        ...(meta?.published ? { published: meta.published } : {}),
        ...(meta?.reliability ? { reliability: meta.reliability } : {}),
      };
      this.sources.set(id, ref);
    }
    return ref;
  }

  /**
   * A text as this role may read it, and whether the stored text still matches its hash. A public
   * reader gets a redacted text (same length); its integrity is checked on the stored one, which
   * never leaves this function.
   */
  async heldText(hash: string): Promise<{ text: string; intact: boolean } | null> {
    if (!this.texts.has(hash)) {
      const text = await this.store.getSourceText(hash, this.role);
      let intact = text !== null && sha256(text) === hash;
      if (text !== null && !intact && !canSee(this.role, 'restricted')) {
        const stored = await this.store.getSourceText(hash, 'admin');
        intact = stored !== null && stored.length === text.length && sha256(stored) === hash;
      }
      this.texts.set(hash, text === null ? null : { text, intact });
    }
    return this.texts.get(hash) ?? null;
  }

  async evidence(s: Statement, radius = 160): Promise<Evidence> {
    if (!s.locator) return { status: 'pinpoint', ...(s.pinpoint ? { pinpoint: s.pinpoint } : {}) };
    const held = await this.heldText(s.locator.sha256);
    if (!held) return { status: 'text_not_held' };
    if (!held.intact || s.locator.end > held.text.length) return { status: 'mismatch' };
    return { status: 'verified', ...spanInContext(held.text, s.locator.start, s.locator.end, radius) };
  }
}

async function display(store: Store, s: Statement, role: Role, names: Map<string, string>): Promise<string> {
  if (s.value.type !== 'ref') return formatValue(s.value);
  const id = s.value.id;
  if (!names.has(id)) names.set(id, (await store.getEntity(id, role))?.name ?? id);
  return names.get(id) ?? id;
}

/** Views statements with their sources and evidence. */
export async function viewStatements(
  store: Store,
  statements: readonly Statement[],
  role: Role,
): Promise<StatementView[]> {
  const resolver = new EvidenceResolver(store, role);
  const names = new Map<string, string>();
  const supersededBy = new Map(statements.filter((s) => s.supersedes).map((s) => [s.supersedes!, s.id]));
  const views: StatementView[] = [];
  for (const s of statements) {
    const by = supersededBy.get(s.id);
    views.push({
      statement: s,
      display: await display(store, s, role, names),
      source: await resolver.source(s.source),
      evidence: await resolver.evidence(s),
      ...(by ? { supersededBy: by } : {}),
    });
  }
  return views;
}

/** The whole view of an entity, or null when it does not exist or the role may not see it. */
export async function entityView(store: Store, id: string, role: Role): Promise<EntityView | null> {
  const entity = await store.getEntity(id, role);
  if (!entity) return null;
  const statements = await store.listStatements({ entity: id }, role);
  const views = await viewStatements(store, statements, role);
  const groups = new Map<string, StatementView[]>();
  for (const v of views) {
    const list = groups.get(v.statement.property) ?? [];
    list.push(v);
    groups.set(v.statement.property, list);
  }
  const order = Object.keys(PROPERTIES);
  const result: PropertyGroup[] = [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b))
    .map(([property, list]) => {
      const current = list.filter((v) => !v.supersededBy && v.statement.rank !== 'deprecated');
      // Values conflict only within one party (CN's ratification date is not RS's), and only when both can't be true.
      const conflicting =
        SINGLE_VALUED.has(property) &&
        current.some((a, i) =>
          current
            .slice(i + 1)
            .some(
              (b) =>
                (a.statement.qualifiers.party ?? '') === (b.statement.qualifiers.party ?? '') &&
                valuesConflict(a.statement.value, b.statement.value),
            ),
        );
      return { property, label: PROPERTIES[property]?.label ?? property, statements: list, conflicting };
    });
  const referencedBy = await viewStatements(store, await store.listStatements({ ref: id, limit: 500 }, role), role);
  return { entity, groups: result, referencedBy };
}
