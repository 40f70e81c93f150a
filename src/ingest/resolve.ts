/**
 * @module Entity resolution: a candidate that names an existing entity (by id, name or alias,
 * or for instruments by type and parties) attaches to it; otherwise a new entity is proposed
 * with `status: 'candidate'`. The index is built once per batch and grows as documents add entities.
 */
import type { Entity } from '../domain/index.js';
import { COUNTRY_NAMES } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { foldCase } from './extractors/aho-corasick.js';
import type { EntityRef } from './types.js';

function key(name: string): string {
  return foldCase(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An index as plain data, to hand to a worker thread. */
export interface IndexSnapshot {
  readonly ids: readonly string[];
  readonly byName: readonly [string, string | null][];
  readonly instruments: readonly [string, string][];
}

/** What resolution decided for a reference. */
export interface Resolution {
  readonly id: string;
  /** A new entity to store (absent when the entity already exists). */
  readonly create?: Entity;
}

/** The entities of a store, indexed for resolution. */
export class EntityIndex {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string | null>();
  private readonly instruments = new Map<string, string>();

  /** Reads every entity (candidates included) and instrument parties from the store. */
  static async load(store: Store): Promise<EntityIndex> {
    const index = new EntityIndex();
    for (let offset = 0; ; offset += 10_000) {
      const page = await store.listEntities({ includeCandidates: true, limit: 10_000, offset }, 'admin');
      for (const e of page) index.add(e);
      if (page.length < 10_000) break;
    }
    const parties = new Map<string, string[]>();
    const types = new Map<string, string>();
    // Distinct values: documents repeat an instrument's parties and type in many candidates.
    for (let offset = 0; ; offset += 10_000) {
      const page = await store.listValues(
        {
          property: ['party', 'instrument_type'],
          status: ['accepted', 'candidate', 'disputed'],
          limit: 10_000,
          offset,
        },
        'admin',
      );
      for (const v of page) {
        if (v.property === 'party' && v.value.type === 'ref')
          parties.set(v.entity, [...(parties.get(v.entity) ?? []), v.value.id.slice(8)]);
        if (v.property === 'instrument_type' && v.value.type === 'text') types.set(v.entity, v.value.text);
      }
      if (page.length < 10_000) break;
    }
    for (const [id, codes] of parties) {
      const type = types.get(id);
      if (type) index.addInstrument(id, type, codes);
    }
    return index;
  }

  /** The index as plain data. */
  snapshot(): IndexSnapshot {
    return { ids: [...this.ids], byName: [...this.byName], instruments: [...this.instruments] };
  }

  /** An index from {@link snapshot}. */
  static fromSnapshot(snapshot: IndexSnapshot): EntityIndex {
    const index = new EntityIndex();
    for (const id of snapshot.ids) index.ids.add(id);
    for (const [k, v] of snapshot.byName) index.byName.set(k, v);
    for (const [k, v] of snapshot.instruments) index.instruments.set(k, v);
    return index;
  }

  /** Adds an entity to the index. */
  add(e: Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>): void {
    this.ids.add(e.id);
    for (const n of [e.name, ...e.aliases]) {
      const k = `${e.kind}|${key(n)}`;
      const prev = this.byName.get(k);
      // An ambiguous name resolves to nothing rather than to the wrong entity.
      this.byName.set(k, prev === undefined || prev === e.id ? e.id : null);
    }
  }

  /** Registers an instrument's type and parties. */
  addInstrument(id: string, type: string, parties: readonly string[]): void {
    this.instruments.set(`${type}|${[...new Set(parties)].sort().join('-')}`, id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Resolves a reference; proposes a candidate entity when nothing matches. */
  resolve(ref: EntityRef, hint?: { type?: string; parties?: readonly string[] }): Resolution {
    if (this.ids.has(ref.id)) return { id: ref.id };
    if (ref.kind === 'country') {
      const code = ref.id.slice(8);
      const entity: Entity = {
        id: ref.id,
        kind: 'country',
        name: COUNTRY_NAMES.get(code) ?? ref.name,
        aliases: [],
        sensitivity: 'public',
      };
      this.add(entity);
      return { id: ref.id, create: entity };
    }
    for (const n of [ref.name, ...(ref.aliases ?? [])]) {
      const found = this.byName.get(`${ref.kind}|${key(n)}`);
      if (found) return { id: found };
    }
    if (ref.kind === 'instrument' && hint?.type && hint.parties?.length) {
      const found = this.instruments.get(`${hint.type}|${[...new Set(hint.parties)].sort().join('-')}`);
      if (found) return { id: found };
    }
    const entity: Entity = {
      id: ref.id,
      kind: ref.kind,
      name: ref.name,
      aliases: [...(ref.aliases ?? [])],
      sensitivity: ref.restricted ? 'restricted' : 'public',
      status: 'candidate',
      ...(ref.source ? { source: ref.source } : {}),
    };
    this.add(entity);
    if (ref.kind === 'instrument' && hint?.type && hint.parties?.length)
      this.addInstrument(ref.id, hint.type, hint.parties);
    return { id: ref.id, create: entity };
  }
}
