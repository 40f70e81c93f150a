import { describe, expect, it } from 'vitest';
import type { Statement } from '../domain/index.js';
import { normalizeText, sha256, statementId } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { SqliteStore } from '../store/index.js';
import { EvidenceResolver } from './entity-view.js';

const TEXT = normalizeText('The treaty was signed in Belgrade in May 2024.');
const HASH = sha256(TEXT);

function statement(start: number, end: number): Statement {
  const base = {
    entity: 'instrument:t',
    property: 'signed',
    value: { type: 'date' as const, date: '2024-05' },
    qualifiers: {},
    source: 'source:s',
    locator: { sha256: HASH, start, end },
  };
  return {
    ...base,
    id: statementId(base),
    status: 'accepted',
    rank: 'normal',
    sensitivity: 'public',
    recorded_at: '2026-11-23',
    recorded_by: 'test',
  };
}

async function storeWithText(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:' });
  await store.putEntity({
    id: 'source:s',
    kind: 'source',
    name: 's',
    aliases: [],
    sensitivity: 'public',
    source: { title: 's', sha256: HASH },
  });
  await store.putSourceText(TEXT);
  return store;
}

describe('EvidenceResolver', () => {
  it('quotes the span with its context when the held text matches the locator', async () => {
    const resolver = new EvidenceResolver(await storeWithText(), 'public');
    const start = TEXT.indexOf('May 2024');
    expect(await resolver.evidence(statement(start, start + 8), 5)).toEqual({
      status: 'verified',
      before: 'e in ',
      quote: 'May 2024',
      after: '.',
    });
  });

  it('reports a mismatch when the stored text no longer hashes to the locator, or the span runs past it', async () => {
    const store = await storeWithText();
    const tampered = Object.assign(Object.create(store) as Store, {
      getSourceText: () => Promise.resolve(TEXT.replace('Belgrade', 'Beograd')),
    });
    expect((await new EvidenceResolver(tampered, 'public').evidence(statement(0, 3))).status).toBe('mismatch');
    expect((await new EvidenceResolver(store, 'public').evidence(statement(0, TEXT.length + 1))).status).toBe(
      'mismatch',
    );
  });

  it('says the text is not held rather than guessing, and cites pinpoints as unverified', async () => {
    const empty = new SqliteStore({ path: ':memory:' });
    expect((await new EvidenceResolver(empty, 'public').evidence(statement(0, 3))).status).toBe('text_not_held');
    const pinpointed = { ...statement(0, 3), locator: null, pinpoint: '§ 12' };
    expect(await new EvidenceResolver(empty, 'public').evidence(pinpointed)).toEqual({
      status: 'pinpoint',
      pinpoint: '§ 12',
    });
  });
});
