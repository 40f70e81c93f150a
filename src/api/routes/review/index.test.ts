import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_STATEMENTS } from '../../../../test/fixtures/views.js';
import { testApp, type TestApp } from '../../test/factories.js';

const candidate = FIXTURE_STATEMENTS.find((s) => s.status === 'candidate')!.id;

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

function officers(body: string): string[] {
  const view = JSON.parse(body) as {
    groups: { property: string; statements: { statement: { value: { amount: number } } }[] }[];
  };
  return (view.groups.find((g) => g.property === 'officer_count')?.statements ?? []).map((s) =>
    String(s.statement.value.amount),
  );
}

describe('review queue', () => {
  it('lists candidates with their evidence', async () => {
    const res = await t.call('researcher', { url: '/api/review' });
    expect(res.statusCode).toBe(200);
    const page = res.json<{ items: { statement: { id: string }; evidence: { status: string } }[]; total: number }>();
    expect(page.total).toBe(1);
    expect(page.items[0]!.statement.id).toBe(candidate);
    expect(page.items[0]!.evidence.status).toBe('verified');
  });

  it("lists one source's candidates when asked", async () => {
    const { source } = FIXTURE_STATEMENTS.find((s) => s.id === candidate)!;
    const mine = await t.call('researcher', { url: `/api/review?source=${encodeURIComponent(source)}` });
    expect(mine.json<{ items: { statement: { id: string } }[] }>().items.map((v) => v.statement.id)).toEqual([
      candidate,
    ]);
    const other = await t.call('researcher', { url: '/api/review?source=source:none' });
    expect(other.json<{ items: unknown[]; total: number }>()).toMatchObject({ items: [], total: 0 });
  });

  it('accepts a candidate, logs who and why, and the public view shows it at once', async () => {
    expect(officers((await t.app.inject('/api/entities/program:fx-patrols')).body)).toEqual(['8']);
    const res = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/accept`,
      payload: { who: 'ana', why: 'matches the report' },
    });
    expect(res.json()).toEqual({ statement: candidate, status: 'accepted' });
    expect(await t.store.listReviews(candidate)).toEqual([
      expect.objectContaining({ action: 'accept', by: 'ana', why: 'matches the report' }),
    ]);
    // The cached public view was dropped by the write.
    expect(officers((await t.app.inject('/api/entities/program:fx-patrols')).body).sort()).toEqual(['10', '8']);
    const again = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/accept`,
      payload: { who: 'ana', why: 'twice' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('rejects a candidate', async () => {
    const res = await t.call('admin', {
      method: 'POST',
      url: `/api/review/${candidate}/reject`,
      payload: { who: 'bo', why: 'not in the text' },
    });
    expect(res.json()).toEqual({ statement: candidate, status: 'rejected' });
    expect((await t.call('admin', { url: '/api/review' })).json<{ total: number }>().total).toBe(0);
  });

  it('edits a candidate into a corrected, accepted statement', async () => {
    const res = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/edit`,
      payload: { who: 'ana', why: 'the text says 8', value: { type: 'number', amount: 9, unit: 'officer' } },
    });
    expect(res.statusCode).toBe(200);
    const outcome = res.json<{ statement: string; status: string; replacement: string }>();
    expect(outcome).toMatchObject({ statement: candidate, status: 'rejected' });
    const replacement = await t.app.inject(`/api/statements/${outcome.replacement}`);
    expect(replacement.json()).toMatchObject({
      statement: { value: { amount: 9 }, status: 'accepted', supersedes: candidate },
    });
  });

  it('restricts a candidate: the public can read neither the replacement nor the candidate', async () => {
    const res = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/edit`,
      payload: { who: 'ana', why: 'names a person at risk', sensitivity: 'restricted' },
    });
    expect(res.statusCode).toBe(200);
    const { replacement } = res.json<{ replacement: string }>();
    expect((await t.app.inject(`/api/statements/${replacement}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/api/statements/${candidate}`)).statusCode).toBe(404);
    const admin = await t.call('admin', { url: `/api/statements/${replacement}` });
    expect(admin.json()).toMatchObject({ statement: { sensitivity: 'restricted', supersedes: candidate } });
  });

  it('checks the body and the id', async () => {
    const missing = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/accept`,
      payload: { who: 'ana' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('body.why');
    const unknown = await t.call('researcher', {
      method: 'POST',
      url: '/api/review/st_000000000000000000000000/reject',
      payload: { who: 'ana', why: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    const badValue = await t.call('researcher', {
      method: 'POST',
      url: `/api/review/${candidate}/edit`,
      payload: { who: 'ana', why: 'x', value: { type: 'date', date: 'May' } },
    });
    expect(badValue.statusCode).toBe(400);
  });
});
