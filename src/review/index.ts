/**
 * @module The review queue over any Store: list candidates with their evidence, and accept,
 * reject or edit one. Every decision is logged with who, when and why (`store.recordReview`);
 * an edit stores a new accepted statement that supersedes the candidate, which is rejected with
 * the replacement logged — nothing is superseded silently. The CLI and the API call these functions.
 */
import type { Entity, Qualifiers, Role, Sensitivity, Statement, Value } from '../domain/index.js';
import { PROPERTIES, parseValue, statementId } from '../domain/index.js';
import { LongarmError } from '../errors.js';
import { viewStatements, type StatementView } from '../query/index.js';
import type { Store } from '../store/index.js';

/** Who decides and why; both are kept in the review log. */
export interface ReviewActor {
  readonly who: string;
  readonly why: string;
}

/** An edit: the candidate is replaced by a statement with these fields changed. */
export interface ReviewEdit extends ReviewActor {
  readonly value?: Value;
  readonly property?: string;
  readonly qualifiers?: Qualifiers;
  /** `restricted` hides the statement from the public role (e.g. it names a person at risk). */
  readonly sensitivity?: Sensitivity;
}

/** The outcome of a decision. */
export interface ReviewOutcome {
  readonly statement: string;
  readonly status: Statement['status'];
  /** For edits: the statement that replaces the candidate. */
  readonly replacement?: string;
  /** Candidate entities the decision accepted. */
  readonly acceptedEntities?: readonly string[];
}

/** The most candidates one store read returns. */
const MAX_PAGE = 10_000;

/** Options for listing the queue. */
export interface ReviewListOptions {
  readonly limit: number;
  readonly offset: number;
  /** Only candidates from this source. */
  readonly source?: string;
  /** Only candidates proposed by this extractor (`ingest:treaties`) or person. */
  readonly recordedBy?: string;
}

/**
 * Candidate statements with their evidence, paged, grouped by source and each source's in reading
 * order (as the store lists them); `total` counts them all.
 */
export async function listCandidates(
  store: Store,
  role: Role,
  options: ReviewListOptions,
): Promise<{ items: StatementView[]; total: number }> {
  const source = options.source ? { source: options.source } : {};
  if (!options.recordedBy) {
    // Pages in the store; the whole queue is counted by the store, one source's by reading it.
    const page = await store.listCandidates({ limit: options.limit, offset: options.offset, ...source }, role);
    const total = options.source
      ? (await allCandidates(store, role, source)).length
      : ((await store.counts(role)).statements.candidate ?? 0);
    return { items: await viewStatements(store, page, role), total };
  }
  const chosen = (await allCandidates(store, role, source)).filter((s) => s.recorded_by === options.recordedBy);
  const items = await viewStatements(store, chosen.slice(options.offset, options.offset + options.limit), role);
  return { items, total: chosen.length };
}

/** Every candidate (of one source, if given), in the queue's order, read page by page. */
async function allCandidates(store: Store, role: Role, filter: { source?: string }): Promise<Statement[]> {
  const all: Statement[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await store.listCandidates({ limit: MAX_PAGE, offset, ...filter }, role);
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
  }
}

function checkActor(actor: ReviewActor): void {
  if (!actor.who?.trim()) throw new LongarmError('invalid_input', 'say who decides (--by)', { record: 'by' });
  if (!actor.why?.trim()) throw new LongarmError('invalid_input', 'say why (--why)', { record: 'why' });
}

async function candidate(store: Store, id: string): Promise<Statement> {
  const s = await store.getStatement(id, 'admin');
  if (!s) throw new LongarmError('not_found', `no statement ${id}`, { record: id });
  if (s.status !== 'candidate') {
    throw new LongarmError('conflict', `statement ${id} is ${s.status}, not a candidate`, { record: id });
  }
  return s;
}

/** Accepts the candidate entities a statement names (its entity and a referenced value). */
async function acceptEntities(tx: Store, s: Pick<Statement, 'entity' | 'value'>): Promise<string[]> {
  const ids = [s.entity, ...(s.value.type === 'ref' ? [s.value.id] : [])];
  const accepted: string[] = [];
  for (const id of ids) {
    const e = await tx.getEntity(id, 'admin');
    if (e?.status === 'candidate') {
      const entity: Entity = {
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        sensitivity: e.sensitivity,
        ...(e.source ? { source: e.source } : {}),
      };
      await tx.putEntity(entity);
      accepted.push(id);
    }
  }
  return accepted;
}

/**
 * Accepts a candidate, and the candidate entities it names.
 * @throws LongarmError `not_found`, `conflict` (not a candidate) or `invalid_input` (no who/why).
 */
export async function acceptCandidate(store: Store, id: string, actor: ReviewActor): Promise<ReviewOutcome> {
  checkActor(actor);
  return store.transaction(async (tx) => {
    const s = await candidate(tx, id);
    await tx.recordReview(
      { statement: id, action: 'accept', by: actor.who, at: new Date().toISOString(), why: actor.why },
      'accepted',
    );
    const acceptedEntities = await acceptEntities(tx, s);
    await tx.reindex([s.entity, ...acceptedEntities]);
    return { statement: id, status: 'accepted' as const, ...(acceptedEntities.length ? { acceptedEntities } : {}) };
  });
}

/**
 * Rejects a candidate.
 * @throws LongarmError `not_found`, `conflict` or `invalid_input`.
 */
export async function rejectCandidate(store: Store, id: string, actor: ReviewActor): Promise<ReviewOutcome> {
  checkActor(actor);
  return store.transaction(async (tx) => {
    await candidate(tx, id);
    await tx.recordReview(
      { statement: id, action: 'reject', by: actor.who, at: new Date().toISOString(), why: actor.why },
      'rejected',
    );
    return { statement: id, status: 'rejected' as const };
  });
}

/**
 * Replaces a candidate by a corrected, accepted statement that supersedes it; the candidate is
 * rejected with action `edit` and the replacement's id logged.
 * @throws LongarmError `not_found`, `conflict`, or `invalid_input` for a bad value or property.
 */
export async function editCandidate(store: Store, id: string, edit: ReviewEdit): Promise<ReviewOutcome> {
  checkActor(edit);
  if (edit.sensitivity !== undefined && edit.sensitivity !== 'public' && edit.sensitivity !== 'restricted') {
    throw new LongarmError(
      'invalid_input',
      `sensitivity must be public or restricted, not ${String(edit.sensitivity)}`,
      {
        record: 'sensitivity',
      },
    );
  }
  if (edit.property !== undefined && !PROPERTIES[edit.property]) {
    throw new LongarmError('invalid_input', `unknown property ${JSON.stringify(edit.property)}`, {
      record: 'property',
    });
  }
  return store.transaction(async (tx) => {
    const old = await candidate(tx, id);
    let value: Value;
    try {
      value = edit.value ? parseValue(edit.value) : old.value;
    } catch (e) {
      throw new LongarmError('invalid_input', `value: ${(e as Error).message}`, { record: 'value' });
    }
    const property = edit.property ?? old.property;
    const spec = PROPERTIES[property];
    if (spec && !spec.values.includes(value.type)) {
      throw new LongarmError(
        'invalid_input',
        `${property} takes ${spec.values.join(' or ')} values, not ${value.type}`,
        { record: 'value' },
      );
    }
    if (value.type === 'ref' && !(await tx.getEntity(value.id, 'admin'))) {
      throw new LongarmError('invalid_input', `value: no entity ${value.id}`, { record: 'value' });
    }
    const qualifiers = edit.qualifiers ?? old.qualifiers;
    const key = { entity: old.entity, property, value, qualifiers, source: old.source, locator: old.locator };
    const sensitivity = edit.sensitivity ?? old.sensitivity;
    const resensitized = sensitivity !== old.sensitivity;
    const at = new Date().toISOString();
    const replacement: Statement = {
      ...old,
      ...key,
      sensitivity,
      id: statementId({ ...key, pinpoint: old.pinpoint, ...(resensitized ? { sensitivity } : {}) }),
      status: 'accepted',
      supersedes: old.id,
      recorded_at: at,
      recorded_by: edit.who,
    };
    if (replacement.id === old.id)
      throw new LongarmError('invalid_input', 'the edit changes nothing; accept the candidate instead');
    await tx.putStatement(replacement);
    // Restricting: the superseded candidate says the same, so it is hidden too.
    await tx.recordReview(
      { statement: id, action: 'edit', by: edit.who, at, why: edit.why, replacement: replacement.id },
      'rejected',
      undefined,
      sensitivity === 'restricted' ? 'restricted' : undefined,
    );
    const acceptedEntities = await acceptEntities(tx, replacement);
    await tx.reindex([old.entity, ...acceptedEntities]);
    return {
      statement: id,
      status: 'rejected' as const,
      replacement: replacement.id,
      ...(acceptedEntities.length ? { acceptedEntities } : {}),
    };
  });
}

/** The review functions in the shape the HTTP API's `ReviewService` expects. */
export const REVIEW = {
  list: (store: Store, role: Role, page: { limit: number; offset: number }) => listCandidates(store, role, page),
  accept: acceptCandidate,
  reject: rejectCandidate,
  edit: editCandidate,
};
