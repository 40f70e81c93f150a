/**
 * @module The storage contract suite: every Store implementation runs these scenarios
 * (`runStoreContract(name, factory)` from its own test file), so SQLite and PostgreSQL agree.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity, Statement } from '../domain/index.js';
import { createLocator, normalizeText, sha256, statementId } from '../domain/index.js';
import type { Store } from './types.js';
import type { StoreError } from './types.js';

const TEXT = normalizeText(
  'The treaty was signed in Belgrade in May 2024.\r\nA witness, Zhang Example, faces extradition.',
);
const HASH = sha256(TEXT);

const source: Entity = {
  id: 'source:test-report',
  kind: 'source',
  name: 'Test report',
  aliases: [],
  sensitivity: 'public',
  source: { title: 'Test report', sha256: HASH, published: '2024-06' },
};
const treaty: Entity = {
  id: 'instrument:cn-rs-extradition-2024',
  kind: 'instrument',
  name: 'China–Serbia extradition treaty',
  aliases: ['Serbia extradition treaty'],
  sensitivity: 'public',
};
const person: Entity = {
  id: 'person:zhang-example',
  kind: 'person',
  name: 'Zhang Example',
  aliases: [],
  sensitivity: 'restricted',
};
const serbia: Entity = { id: 'country:RS', kind: 'country', name: 'Serbia', aliases: [], sensitivity: 'public' };

function statement(
  partial: Pick<Statement, 'entity' | 'property' | 'value'> & Partial<Statement>,
  span: string,
): Statement {
  const start = TEXT.indexOf(span);
  const locator = createLocator(TEXT, start, start + span.length);
  const base = { qualifiers: {}, source: source.id, locator, ...partial };
  return {
    status: 'accepted',
    rank: 'normal',
    sensitivity: 'public',
    recorded_at: '2026-11-23',
    recorded_by: 'test',
    ...base,
    id: statementId(base),
  };
}

const signed = statement(
  { entity: treaty.id, property: 'signed', value: { type: 'date', date: '2024-05' } },
  'May 2024',
);
const place = statement(
  { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: 'country:RS' } },
  'Belgrade',
);
const secret = statement(
  {
    entity: person.id,
    property: 'description',
    value: { type: 'text', text: 'faces extradition' },
    sensitivity: 'restricted',
  },
  'faces extradition',
);
const pointer = statement(
  { entity: treaty.id, property: 'concerns', value: { type: 'ref', id: person.id }, sensitivity: 'public' },
  'Zhang Example',
);

async function seed(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const e of [source, treaty, person, serbia]) await tx.putEntity(e);
    await tx.putSourceText(TEXT);
    for (const s of [signed, place, secret, pointer]) await tx.putStatement(s);
    await tx.reindex();
  });
}

/** Registers the contract scenarios for one store implementation. */
export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
      await seed(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('round-trips entities and statements exactly', async () => {
      expect(await store.getEntity(treaty.id, 'public')).toEqual(treaty);
      expect(await store.getEntity(source.id, 'public')).toEqual(source);
      expect(await store.getStatement(signed.id, 'public')).toEqual(signed);
    });

    it('is idempotent: the same statement twice is stored once', async () => {
      expect(await store.putStatement(signed)).toBe(false);
      const all = await store.listStatements({ entity: treaty.id, property: 'signed' }, 'admin');
      expect(all).toHaveLength(1);
    });

    it('inserts statements in bulk, skipping ids already stored', async () => {
      const fresh = { ...signed, id: 'st_bulk_new', value: { type: 'date' as const, date: '2024-05-08' } };
      expect(await store.putStatements([signed, fresh, fresh])).toBe(1);
      expect(await store.getStatement('st_bulk_new', 'public')).toEqual(fresh);
      expect(await store.putStatements([])).toBe(0);
    });

    it('rolls back everything a failed transaction wrote', async () => {
      const extra: Entity = { ...treaty, id: 'instrument:never-stored' };
      await expect(
        store.transaction(async (tx) => {
          await tx.putEntity(extra);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.getEntity(extra.id, 'admin')).toBeNull();
    });

    it('rejects a statement about an entity that does not exist, and keeps the rest', async () => {
      const orphan = { ...signed, id: 'st_orphan', entity: 'instrument:missing' };
      const error = await store.putStatement(orphan).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'StoreError', code: 'query_failed' });
      expect((error as StoreError).sql).toContain('INSERT INTO statements');
      expect(await store.getStatement(signed.id, 'public')).not.toBeNull();
    });

    it('never shows restricted records to the public role', async () => {
      expect(await store.getEntity(person.id, 'public')).toBeNull();
      expect(await store.getEntity(person.id, 'researcher')).toEqual(person);
      expect(await store.getStatement(secret.id, 'public')).toBeNull();
      const visible = await store.listStatements({}, 'public');
      expect(visible.map((s) => s.id)).not.toContain(secret.id);
      expect(visible.map((s) => s.id)).not.toContain(pointer.id);
      expect((await store.listStatements({}, 'admin')).map((s) => s.id)).toContain(pointer.id);
      expect((await store.listEntities({}, 'public')).map((e) => e.id)).not.toContain(person.id);
      const dumped: string[] = [];
      for await (const r of store.dump('public')) dumped.push(JSON.stringify(r));
      expect(dumped.join('\n')).not.toContain('zhang-example');
      // Nor the text that names them: a public export leaves out a text with anything to mask.
      expect(dumped.join('\n')).not.toContain('Zhang');
      // The source's searchable text is the redacted one: the name finds nothing for the public.
      expect(await store.search('Zhang', {}, 'public')).toEqual([]);
      expect((await store.search('Belgrade', {}, 'public')).map((h) => h.entity)).toContain(source.id);
      expect((await store.search('Zhang', {}, 'researcher')).map((h) => h.entity)).toContain(person.id);
    });

    it('hides statements citing a restricted source from the public role', async () => {
      const memo: Entity = {
        id: 'source:confidential-memo',
        kind: 'source',
        name: 'Confidential memo',
        aliases: [],
        sensitivity: 'restricted',
        source: { title: 'Memo' },
      };
      await store.putEntity(memo);
      const base = {
        entity: treaty.id,
        property: 'description',
        value: { type: 'text' as const, text: 'memo claim' },
        qualifiers: {},
        source: memo.id,
        locator: null,
        pinpoint: 'p. 2',
      };
      const cited: Statement = {
        ...base,
        id: statementId(base),
        status: 'accepted',
        rank: 'normal',
        sensitivity: 'public',
        recorded_at: '2026-11-23',
        recorded_by: 'test',
      };
      await store.putStatement(cited);
      await store.reindex([treaty.id]);
      expect(await store.getStatement(cited.id, 'public')).toBeNull();
      expect((await store.listStatements({ entity: treaty.id }, 'public')).map((s) => s.id)).not.toContain(cited.id);
      expect((await store.listStatements({ entity: treaty.id }, 'researcher')).map((s) => s.id)).toContain(cited.id);
      expect(await store.search('memo', {}, 'public')).toEqual([]);
      expect((await store.search('memo', {}, 'researcher')).map((h) => h.entity)).toContain(treaty.id);
      const dumped: string[] = [];
      for await (const r of store.dump('public')) dumped.push(JSON.stringify(r));
      expect(dumped.join('\n')).not.toContain('memo');
    });

    it('finds entities by name and evidence, with highlighted snippets', async () => {
      const hits = await store.search('Belgrade', {}, 'public');
      const hit = hits.find((h) => h.entity === treaty.id);
      expect(hit?.name).toBe(treaty.name);
      expect(hit?.snippet.some((p) => p.hit && /Belgrade/i.test(p.text))).toBe(true);
      expect((await store.search('extradition treaty', {}, 'public'))[0]?.entity).toBe(treaty.id);
      expect(await store.search('"extradition treaty"', { kind: 'instrument' }, 'public')).toHaveLength(1);
      expect(await store.search('Belgrade', { kind: 'court' }, 'public')).toEqual([]);
      expect(await store.search('  "" *** ', {}, 'public')).toEqual([]);
    });

    it('filters statements by property, reference and status', async () => {
      expect((await store.listStatements({ ref: 'country:RS' }, 'public')).map((s) => s.id)).toEqual([place.id]);
      expect(await store.listStatements({ property: ['signed', 'signed_at'] }, 'public')).toHaveLength(2);
      expect(await store.listStatements({ status: 'candidate' }, 'admin')).toEqual([]);
    });

    it('lists the distinct values of a property, once however many statements repeat them', async () => {
      const again = { ...place, id: 'st_place_again', status: 'candidate' as const };
      const elsewhere = {
        ...place,
        id: 'st_place_elsewhere',
        status: 'candidate' as const,
        value: { type: 'ref' as const, id: person.id },
      };
      await store.putStatements([again, elsewhere]);
      const values = (filter: Parameters<Store['listValues']>[0], role: 'admin' | 'public' = 'admin') =>
        store.listValues(filter, role);
      expect(await values({ property: 'signed_at' })).toEqual([
        { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: 'country:RS' } },
      ]);
      expect(await values({ property: ['signed_at', 'signed'], status: ['accepted', 'candidate'] })).toEqual([
        { entity: treaty.id, property: 'signed', value: signed.value },
        { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: 'country:RS' } },
        { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: person.id } },
      ]);
      // The public sees no value of a statement pointing at a restricted entity.
      expect(await values({ property: 'signed_at', status: ['accepted', 'candidate'] }, 'public')).toEqual([
        { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: 'country:RS' } },
      ]);
      expect(await values({ property: ['signed_at', 'signed'], limit: 1, offset: 1 })).toEqual([
        { entity: treaty.id, property: 'signed_at', value: { type: 'ref', id: 'country:RS' } },
      ]);
    });

    it('finds candidates by entity and reference only when asked for, and again once reviewed', async () => {
      const proposed = { ...place, id: 'st_proposed', status: 'candidate' as const };
      await store.putStatement(proposed);
      const ids = async (filter: Parameters<Store['listStatements']>[0]): Promise<string[]> =>
        (await store.listStatements(filter, 'admin')).map((s) => s.id).sort();
      const withCandidates = ['accepted', 'candidate'] as const;
      expect(await ids({ entity: treaty.id, property: 'signed_at' })).toEqual([place.id]);
      expect(await ids({ ref: 'country:RS' })).toEqual([place.id]);
      expect(await ids({ entity: treaty.id, property: 'signed_at', status: withCandidates })).toEqual(
        [place.id, proposed.id].sort(),
      );
      expect(await ids({ ref: 'country:RS', status: withCandidates })).toEqual([place.id, proposed.id].sort());
      await store.recordReview(
        { statement: proposed.id, action: 'accept', by: 'ana', at: '2026-11-23T10:00:00Z', why: 'checked' },
        'accepted',
      );
      expect(await ids({ ref: 'country:RS' })).toEqual([place.id, proposed.id].sort());
      expect(await ids({ entity: treaty.id, property: 'signed_at' })).toEqual([place.id, proposed.id].sort());
    });

    it('records review decisions and changes status in place', async () => {
      const candidate = { ...signed, id: 'st_candidate', status: 'candidate' as const };
      await store.putStatement(candidate);
      await store.recordReview(
        { statement: candidate.id, action: 'reject', by: 'ana', at: '2026-11-23T10:00:00Z', why: 'wrong' },
        'rejected',
      );
      expect((await store.getStatement(candidate.id, 'admin'))?.status).toBe('rejected');
      expect(await store.listReviews(candidate.id)).toEqual([
        { statement: candidate.id, action: 'reject', by: 'ana', at: '2026-11-23T10:00:00Z', why: 'wrong' },
      ]);
      await expect(
        store.recordReview({ statement: 'st_none', action: 'accept', by: 'a', at: 'x', why: '' }, 'accepted'),
      ).rejects.toThrow();
    });

    it('restricts a statement in place when a review says so', async () => {
      const candidate = { ...signed, id: 'st_to_restrict', status: 'candidate' as const };
      await store.putStatement(candidate);
      await store.recordReview(
        { statement: candidate.id, action: 'edit', by: 'ana', at: '2026-11-23T10:00:00Z', why: 'names a person' },
        'rejected',
        undefined,
        'restricted',
      );
      expect(await store.getStatement(candidate.id, 'public')).toBeNull();
      expect((await store.getStatement(candidate.id, 'admin'))?.sensitivity).toBe('restricted');
    });

    it('serves source text by hash, only where a visible source points at it', async () => {
      expect(await store.getSourceText(HASH, 'admin')).toBe(TEXT);
      // The public reads it with the restricted person's name and the restricted statement's span masked,
      // at the same offsets, so public locators still line up.
      const masked = (await store.getSourceText(HASH, 'public')) as string;
      expect(masked).toHaveLength(TEXT.length);
      expect(masked).not.toContain('Zhang');
      expect(masked).not.toContain('faces extradition');
      expect(masked.slice(signed.locator?.start, signed.locator?.end)).toBe('May 2024');
      expect(await store.getSourceText('0'.repeat(64), 'admin')).toBeNull();
    });

    it('masks the spans of public statements about, or pointing at, a restricted entity', async () => {
      const about = statement(
        { entity: person.id, property: 'description', value: { type: 'text', text: 'a witness' } },
        'A witness',
      );
      const pointing = statement(
        { entity: treaty.id, property: 'concerns', value: { type: 'ref', id: person.id } },
        'treaty was signed',
      );
      await store.putStatements([about, pointing]);
      const masked = (await store.getSourceText(HASH, 'public')) as string;
      expect(masked).not.toContain('A witness');
      expect(masked).not.toContain('treaty was signed');
      expect(masked).toContain('Belgrade');
      expect(await store.getSourceText(HASH, 'researcher')).toBe(TEXT);
    });

    it('shows candidates only to roles that may see restricted records', async () => {
      const proposed = statement(
        { entity: treaty.id, property: 'signed', value: { type: 'date', date: '2024' }, status: 'candidate' },
        'May 2024',
      );
      expect(await store.putStatements([proposed])).toBe(1);
      const dumped = async (role: 'public' | 'researcher'): Promise<string> => {
        const lines: string[] = [];
        for await (const r of store.dump(role)) lines.push(JSON.stringify(r));
        return lines.join('\n');
      };
      expect(await store.getStatement(proposed.id, 'researcher')).toEqual(proposed);
      expect(await store.listStatements({ status: 'candidate' }, 'researcher')).toEqual([proposed]);
      expect((await store.counts('researcher')).statements.candidate).toBe(1);
      expect(await dumped('researcher')).toContain(proposed.id);
      // Unreviewed proposals stay out of every public read, however public their subject.
      expect(await store.getStatement(proposed.id, 'public')).toBeNull();
      expect(await store.listStatements({ status: ['accepted', 'candidate'] }, 'public')).not.toContainEqual(proposed);
      expect(await store.listStatements({ status: 'candidate', source: source.id }, 'public')).toEqual([]);
      expect(await store.listValues({ property: 'signed', status: 'candidate' }, 'public')).toEqual([]);
      expect((await store.counts('public')).statements.candidate).toBeUndefined();
      expect(await dumped('public')).not.toContain(proposed.id);
    });

    it('masks the spans of candidates that are restricted or name a restricted entity in the public text', async () => {
      const naming = statement(
        {
          entity: treaty.id,
          property: 'concerns',
          value: { type: 'ref', id: person.id },
          status: 'candidate',
        },
        'A witness',
      );
      const hidden = statement(
        {
          entity: treaty.id,
          property: 'description',
          value: { type: 'text', text: 'signed' },
          status: 'candidate',
          sensitivity: 'restricted',
        },
        'treaty was signed',
      );
      await store.putStatements([naming, hidden]);
      const masked = (await store.getSourceText(HASH, 'public')) as string;
      expect(masked).toHaveLength(TEXT.length);
      expect(masked).not.toContain('A witness');
      expect(masked).not.toContain('treaty was signed');
      expect(masked).toContain('Belgrade');
      expect(await store.getSourceText(HASH, 'researcher')).toBe(TEXT);
      // An entity restricted after its candidates were stored hides them too.
      const about = statement(
        { entity: serbia.id, property: 'description', value: { type: 'text', text: 'a party' }, status: 'candidate' },
        'Belgrade',
      );
      await store.putStatements([about]);
      expect(await store.getSourceText(HASH, 'public')).toContain('Belgrade');
      await store.putEntity({ ...serbia, sensitivity: 'restricted' });
      expect(await store.getSourceText(HASH, 'public')).not.toContain('Belgrade');
    });

    it('stores candidates once, whatever their status is later, and only about stored entities', async () => {
      const one = statement(
        { entity: treaty.id, property: 'signed', value: { type: 'date', date: '2024-05-01' }, status: 'candidate' },
        'May 2024',
      );
      const two = statement(
        { entity: serbia.id, property: 'description', value: { type: 'text', text: 'a party' }, status: 'candidate' },
        'Belgrade',
      );
      expect(await store.putStatements([one, two, one])).toBe(2);
      expect(await store.putStatements([two, one])).toBe(0);
      // The same statement as accepted is the same record (same id): still the stored candidate.
      expect(await store.putStatements([{ ...one, status: 'accepted' }])).toBe(0);
      expect((await store.getStatement(one.id, 'admin'))?.status).toBe('candidate');
      const orphan = statement(
        {
          entity: 'instrument:missing',
          property: 'signed',
          value: { type: 'date', date: '2024' },
          status: 'candidate',
        },
        'May 2024',
      );
      await expect(store.putStatements([orphan])).rejects.toMatchObject({ name: 'StoreError', code: 'query_failed' });
      expect(await store.getStatement(orphan.id, 'admin')).toBeNull();
      // One call is all or nothing: a good candidate (of another source) beside the orphan is not stored either.
      const other: Entity = { ...source, id: 'source:other-report', name: 'Other' };
      await store.putEntity(other);
      const good = statement(
        {
          entity: treaty.id,
          property: 'signed',
          value: { type: 'date', date: '2024-05-02' },
          status: 'candidate',
          source: other.id,
        },
        'May 2024',
      );
      await expect(store.putStatements([good, orphan])).rejects.toMatchObject({ code: 'query_failed' });
      expect(await store.getStatement(good.id, 'admin')).toBeNull();
      expect((await store.counts('admin')).statements.candidate).toBe(2);
    });

    it('pages one source’s candidates and moves a reviewed one out of the queue under the same id', async () => {
      const dates = ['2024-05-01', '2024-05-02', '2024-05-03'].map((date) =>
        statement(
          { entity: treaty.id, property: 'signed', value: { type: 'date', date }, status: 'candidate' },
          'May 2024',
        ),
      );
      await store.putStatements(dates);
      const queue = async (limit: number, offset: number): Promise<string[]> =>
        (await store.listStatements({ status: 'candidate', source: source.id, limit, offset }, 'admin')).map(
          (s) => s.id,
        );
      const ordered = dates.map((s) => s.id).sort();
      expect([...(await queue(2, 0)), ...(await queue(2, 2))]).toEqual(ordered);
      expect(await store.listStatements({ status: 'candidate', source: 'source:other' }, 'admin')).toEqual([]);
      const chosen = dates[1] as Statement;
      await store.recordReview(
        { statement: chosen.id, action: 'accept', by: 'ana', at: '2026-11-23T10:00:00Z', why: 'checked' },
        'accepted',
        'preferred',
      );
      expect(await store.getStatement(chosen.id, 'public')).toEqual({
        ...chosen,
        status: 'accepted',
        rank: 'preferred',
      });
      expect(await queue(10, 0)).toEqual(ordered.filter((id) => id !== chosen.id));
      expect((await store.counts('admin')).statements.candidate).toBe(2);
      expect(await store.putStatements([chosen])).toBe(0);
    });

    it('round-trips candidates with awkward values exactly, and lists a value they share with a reviewed statement once', async () => {
      const awkward: Statement['value'][] = [
        { type: 'text', text: 'quotes " and \\ backslash, \u0001 control, \u2028 separator, é, 😀' },
        { type: 'number', amount: 1e21, unit: 'cameras' },
        { type: 'number', amount: 5e-324 },
        { type: 'money', amount: 0.1, currency: 'EUR' },
      ];
      const candidates = awkward.map((value) =>
        statement({ entity: treaty.id, property: 'description', value, status: 'candidate' }, 'Belgrade'),
      );
      const reviewed = statement(
        { entity: treaty.id, property: 'description', value: awkward[0] as Statement['value'] },
        'May 2024',
      );
      await store.putStatements([...candidates, reviewed]);
      for (const c of candidates) expect(await store.getStatement(c.id, 'admin')).toEqual(c);
      const values = (
        await store.listValues({ property: 'description', status: ['accepted', 'candidate'] }, 'admin')
      ).filter((v) => v.entity === treaty.id);
      expect(values.map((v) => v.value)).toHaveLength(awkward.length);
      expect(values.map((v) => v.value)).toEqual(expect.arrayContaining(awkward));
    });

    it('lists the review queue by source, each in reading order, paging across sources', async () => {
      const other: Entity = { ...source, id: 'source:another-report', name: 'Another' };
      await store.putEntity(other);
      const at = (span: string, date: string, from = source.id): Statement => ({
        ...statement(
          { entity: treaty.id, property: 'signed', value: { type: 'date', date }, status: 'candidate', source: from },
          span,
        ),
      });
      const queue = [
        at('Belgrade', '2024-01', other.id),
        at('May 2024', '2024-02', other.id),
        at('The treaty', '2024-03'),
        at('Belgrade', '2024-04'),
        at('Belgrade', '2024-05'),
      ];
      await store.putStatements([...queue].reverse());
      const expected = [
        queue[0],
        queue[1],
        queue[2],
        ...[queue[3], queue[4]].sort((a, b) => a!.id.localeCompare(b!.id)),
      ];
      const ids = (list: readonly Statement[]): string[] => list.map((s) => s.id);
      expect(ids(await store.listCandidates({}, 'researcher'))).toEqual(ids(expected as Statement[]));
      const pages = [0, 2, 4].map((offset) => store.listCandidates({ limit: 2, offset }, 'researcher'));
      expect((await Promise.all(pages)).flatMap(ids)).toEqual(ids(expected as Statement[]));
      expect(ids(await store.listCandidates({ source: source.id, offset: 1 }, 'admin'))).toEqual(
        ids(expected.slice(3) as Statement[]),
      );
      expect(await store.listCandidates({ limit: 0 }, 'admin')).toEqual([]);
      expect(await store.listCandidates({}, 'public')).toEqual([]);
    });

    it('dumps in a stable order', async () => {
      const a: string[] = [];
      const b: string[] = [];
      for await (const r of store.dump('admin')) a.push(JSON.stringify(r));
      for await (const r of store.dump('admin')) b.push(JSON.stringify(r));
      expect(a).toEqual(b);
      expect(a.length).toBe(4 + 4 + 1);
    });

    it('counts what a role may see', async () => {
      const pub = await store.counts('public');
      const all = await store.counts('admin');
      expect(pub.entities.person ?? 0).toBe(0);
      expect(all.entities.person).toBe(1);
      expect(all.sourceTexts).toBe(1);
    });
  });
}
