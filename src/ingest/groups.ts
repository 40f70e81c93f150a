/**
 * @module Committing prepared documents in groups: commits are the dominant storage cost for small
 * documents (each one rewrites the same index pages), so whole documents share a transaction, and
 * a crash loses at most the group being written, which a rerun ingests again (ADR 0005).
 */
import type { Entity } from '../domain/index.js';
import type { Store } from '../store/index.js';
import type { PreparedDocument } from './prepare.js';

/** When a group is committed: at this many documents, statements or bytes of text, or this age. */
export const GROUP_LIMITS = { documents: 200, statements: 20_000, bytes: 32 * 1024 * 1024, milliseconds: 1000 };

/** Stores prepared documents in one transaction: all of them or none. */
export async function storeDocuments(store: Store, documents: readonly PreparedDocument[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const prepared of documents) {
      await tx.putSourceText(prepared.doc.text);
      await tx.putEntity(prepared.source);
      for (const e of prepared.entities) await tx.putEntity(e);
      await tx.putStatements(prepared.statements);
      // Candidate entities enter the search index when review accepts them; the source (and any
      // built-in entity created here) is searchable at once.
      await tx.reindex([
        prepared.source.id,
        ...prepared.entities.filter((e) => e.status !== 'candidate').map((e) => e.id),
      ]);
    }
  });
}

/** A document waiting for its group's commit, and what to do once it is stored or has failed. */
export interface PendingDocument {
  readonly prepared: PreparedDocument;
  readonly stored: () => void;
  readonly failed: (error: unknown) => void;
}

/**
 * Collects prepared documents and commits them in groups. If a group fails, each document is tried
 * alone so only the bad one fails; entities it proposed are stored by the next document that uses them.
 */
export class DocumentGroups {
  private group: PendingDocument[] = [];
  private statements = 0;
  private bytes = 0;
  private started = 0;
  /** Entities proposed by a document that then failed to store. */
  private readonly orphans = new Map<string, Entity>();

  /** @param timings gets the time spent committing, as `store` (ms). */
  constructor(
    private readonly store: Store,
    private readonly timings: Record<string, number>,
  ) {}

  /** Queues a document; commits the group when it reaches a limit. */
  async add(pending: PendingDocument): Promise<void> {
    if (this.group.length === 0) this.started = performance.now();
    this.group.push(pending);
    this.statements += pending.prepared.statements.length;
    this.bytes += pending.prepared.doc.text.length;
    if (
      this.group.length >= GROUP_LIMITS.documents ||
      this.statements >= GROUP_LIMITS.statements ||
      this.bytes >= GROUP_LIMITS.bytes ||
      performance.now() - this.started >= GROUP_LIMITS.milliseconds
    )
      await this.flush();
  }

  /** Commits what is queued. */
  async flush(): Promise<void> {
    if (this.group.length === 0) return;
    const pending = this.group;
    this.group = [];
    this.statements = 0;
    this.bytes = 0;
    const t = performance.now();
    try {
      await storeDocuments(
        this.store,
        pending.map((p) => this.adopt(p.prepared)),
      );
      for (const p of pending) this.done(p);
    } catch {
      for (const p of pending) {
        try {
          await storeDocuments(this.store, [this.adopt(p.prepared)]);
          this.done(p);
        } catch (error) {
          for (const e of p.prepared.entities) this.orphans.set(e.id, e);
          p.failed(error);
        }
      }
    }
    this.timings.store = (this.timings.store ?? 0) + performance.now() - t;
  }

  /** The document with any orphaned entity it uses added to its own. */
  private adopt(p: PreparedDocument): PreparedDocument {
    const adopted = [...p.references].flatMap((id) => this.orphans.get(id) ?? []);
    return adopted.length ? { ...p, entities: [...p.entities, ...adopted] } : p;
  }

  private done(p: PendingDocument): void {
    for (const id of p.prepared.references) this.orphans.delete(id);
    p.stored();
  }
}
