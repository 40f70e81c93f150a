/**
 * @module Tests of the review queue: accept, reject and edit are logged with who, when and why;
 * an edit supersedes, never silently.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Entity, Statement } from '../domain/index.js';
import { normalizeText, sha256, statementId } from '../domain/index.js';
import { SqliteStore } from '../store/index.js';
import { acceptCandidate, editCandidate, listCandidates, rejectCandidate } from './index.js';

const TEXT = normalizeText('A made-up note: the treaty was signed in 2024 and ratified later.');
const HASH = sha256(TEXT);
let store: SqliteStore;

function candidateStatement(
  entity: string,
  property: string,
  value: Statement['value'],
  start: number,
  end: number,
): Statement {
  const key = {
    entity,
    property,
    value,
    qualifiers: { confidence: 0.7 },
    source: 'source:note',
    locator: { sha256: HASH, start, end },
  };
  return {
    ...key,
    id: statementId(key),
    status: 'candidate',
    rank: 'normal',
    sensitivity: 'public',
    recorded_at: '2026-01-01T00:00:00Z',
    recorded_by: 'ingest:treaties',
  };
}

const instrument: Entity = {
  id: 'instrument:xx-test',
  kind: 'instrument',
  name: 'Test treaty',
  aliases: [],
  sensitivity: 'public',
  status: 'candidate',
};
const signed = candidateStatement('instrument:xx-test', 'signed', { type: 'date', date: '2024' }, 16, 45);
const ratified = candidateStatement('instrument:xx-test', 'ratified', { type: 'unknown' }, 50, 58);

beforeEach(async () => {
  store = new SqliteStore({ path: ':memory:' });
  await store.putSourceText(TEXT);
  await store.putEntity({
    id: 'source:note',
    kind: 'source',
    name: 'Note',
    aliases: [],
    sensitivity: 'public',
    source: { title: 'Note', sha256: HASH },
  });
  await store.putEntity(instrument);
  await store.putStatement(signed);
  await store.putStatement(ratified);
});

describe('review', () => {
  it('lists candidates with their evidence', async () => {
    const page = await listCandidates(store, 'researcher', { limit: 10, offset: 0 });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.evidence.status)).toEqual(['verified', 'verified']);
  });

  it("lists candidates by source, each source's in reading order", async () => {
    const all = await listCandidates(store, 'researcher', { limit: 10, offset: 0 });
    expect(all.items.map((i) => i.statement.id)).toEqual([signed.id, ratified.id]);
    const second = await listCandidates(store, 'researcher', { limit: 1, offset: 1 });
    expect(second).toMatchObject({ total: 2, items: [{ statement: { id: ratified.id } }] });
    const note = await listCandidates(store, 'researcher', { limit: 10, offset: 0, source: 'source:note' });
    expect(note.items.map((i) => i.statement.id)).toEqual([signed.id, ratified.id]);
    expect(await listCandidates(store, 'researcher', { limit: 10, offset: 0, source: 'source:other' })).toEqual({
      items: [],
      total: 0,
    });
  });

  it('accepts a candidate and the candidate entity it names, logging who and why', async () => {
    const out = await acceptCandidate(store, signed.id, { who: 'ana', why: 'matches the text' });
    expect(out).toMatchObject({ statement: signed.id, status: 'accepted', acceptedEntities: ['instrument:xx-test'] });
    expect((await store.getStatement(signed.id, 'admin'))?.status).toBe('accepted');
    expect((await store.getEntity('instrument:xx-test', 'admin'))?.status).toBeUndefined();
    const [log] = await store.listReviews(signed.id);
    expect(log).toMatchObject({ action: 'accept', by: 'ana', why: 'matches the text' });
    expect(Date.parse(log?.at ?? '')).toBeGreaterThan(0);
  });

  it('rejects, and refuses to decide twice', async () => {
    await rejectCandidate(store, ratified.id, { who: 'ana', why: 'no date in text' });
    expect((await store.getStatement(ratified.id, 'admin'))?.status).toBe('rejected');
    await expect(acceptCandidate(store, ratified.id, { who: 'bo', why: 'x' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(acceptCandidate(store, 'st_missing', { who: 'bo', why: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(rejectCandidate(store, signed.id, { who: '', why: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('edits: a new accepted statement supersedes the candidate, which is rejected with the replacement logged', async () => {
    const out = await editCandidate(store, signed.id, {
      who: 'ana',
      why: 'month is in the text',
      value: { type: 'date', date: '2024-05' },
    });
    expect(out.status).toBe('rejected');
    const replacement = await store.getStatement(out.replacement as string, 'admin');
    expect(replacement).toMatchObject({
      status: 'accepted',
      supersedes: signed.id,
      recorded_by: 'ana',
      value: { type: 'date', date: '2024-05' },
      locator: signed.locator,
    });
    expect((await store.getStatement(signed.id, 'admin'))?.status).toBe('rejected');
    expect(await store.listReviews(signed.id)).toMatchObject([
      { action: 'edit', by: 'ana', why: 'month is in the text', replacement: out.replacement },
    ]);
  });

  it('edits the property and qualifiers, and checks the value type', async () => {
    const out = await editCandidate(store, ratified.id, {
      who: 'ana',
      why: 'it entered into force',
      property: 'entered_into_force',
      qualifiers: { confidence: 1 },
    });
    expect(await store.getStatement(out.replacement as string, 'admin')).toMatchObject({
      property: 'entered_into_force',
      qualifiers: { confidence: 1 },
    });
    await expect(
      editCandidate(store, signed.id, { who: 'a', why: 'b', value: { type: 'text', text: 'x' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(editCandidate(store, signed.id, { who: 'a', why: 'b', property: 'nope' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('restricts a candidate: the replacement and the superseded candidate are hidden from the public, with the edit logged', async () => {
    const out = await editCandidate(store, signed.id, {
      who: 'ana',
      why: 'names a person at risk',
      sensitivity: 'restricted',
    });
    expect(out.replacement).not.toBe(signed.id);
    expect(await store.getStatement(out.replacement as string, 'admin')).toMatchObject({
      status: 'accepted',
      sensitivity: 'restricted',
      supersedes: signed.id,
      value: signed.value,
      recorded_by: 'ana',
    });
    expect(await store.getStatement(out.replacement as string, 'public')).toBeNull();
    expect(await store.getStatement(signed.id, 'public')).toBeNull();
    expect(await store.listStatements({ status: ['accepted', 'rejected'] }, 'public')).toEqual([]);
    expect(await store.listReviews(signed.id)).toMatchObject([
      { action: 'edit', by: 'ana', why: 'names a person at risk', replacement: out.replacement },
    ]);
    await expect(
      editCandidate(store, ratified.id, { who: 'a', why: 'b', sensitivity: 'public' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      editCandidate(store, ratified.id, { who: 'a', why: 'b', sensitivity: 'secret' as 'public' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('makes a restricted candidate public by a logged edit; the candidate itself stays restricted', async () => {
    const hidden = { ...ratified, id: 'st_hidden', sensitivity: 'restricted' as const };
    await store.putStatement(hidden);
    const out = await editCandidate(store, hidden.id, { who: 'bo', why: 'no person named', sensitivity: 'public' });
    expect((await store.getStatement(out.replacement as string, 'public'))?.supersedes).toBe(hidden.id);
    expect(await store.getStatement(hidden.id, 'public')).toBeNull();
    expect(await store.listReviews(hidden.id)).toMatchObject([{ action: 'edit', by: 'bo', why: 'no person named' }]);
  });
});
