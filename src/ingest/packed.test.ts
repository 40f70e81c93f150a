import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../domain/index.js';
import { SqliteStore } from '../store/index.js';
import { packStatements, unpackStatements, type PackedStatements } from './packed.js';
import { extractDocument } from './pipeline.js';
import { EntityIndex } from './resolve.js';
import { prepareDocument } from './prepare.js';
import { readDocument } from './readers/index.js';
import { simhash } from './dedupe.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');

/** What the main thread receives when a worker posts `packed`. */
function posted(packed: PackedStatements): PackedStatements {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed);
  const message = receiveMessageOnPort(port2)?.message as PackedStatements;
  port1.close();
  return message;
}

async function seedStatements(): Promise<Statement[][]> {
  const store = new SqliteStore({ path: ':memory:' });
  const index = await EntityIndex.load(store);
  const out: Statement[][] = [];
  for (const name of (await readdir(SEEDS)).sort()) {
    const doc = await readDocument(join(SEEDS, name));
    const { candidates } = extractDocument(doc);
    out.push([...prepareDocument(doc, candidates, index, { simhash: simhash(doc.text), now: new Date() }).statements]);
  }
  await store.close();
  return out;
}

describe('packing a document’s statements for the main thread', () => {
  it('gives back every statement of every seed as it was, through postMessage', async () => {
    const documents = await seedStatements();
    expect(documents.flat().length).toBeGreaterThan(500);
    expect(documents.flat().some((s) => s.sensitivity === 'restricted')).toBe(true);
    for (const statements of documents) {
      const packed = packStatements(statements);
      expect('shared' in packed).toBe(true);
      expect(unpackStatements(posted(packed))).toStrictEqual(statements);
    }
  });

  it('sends statements that do not share the packed shape as they are', async () => {
    const [statements] = await seedStatements();
    const [a, b] = statements as [Statement, Statement];
    const cases: Statement[][] = [
      [],
      [a, { ...b, source: 'source:other' }],
      [a, { ...b, recorded_at: '2020-01-01T00:00:00.000Z' }],
      [a, { ...b, pinpoint: 'p. 4' }],
      [a, { ...b, supersedes: a.id }],
      [{ ...a, locator: null }, b],
    ];
    for (const c of cases) {
      const packed = packStatements(c);
      expect('statements' in packed).toBe(true);
      expect(unpackStatements(posted(packed))).toStrictEqual(c);
    }
  });

  it('keeps a statement without confidence without one', async () => {
    const [statements] = await seedStatements();
    const bare = Object.fromEntries(
      Object.entries(statements![0] as Statement).filter(([key]) => key !== 'confidence'),
    ) as unknown as Statement;
    const unpacked = unpackStatements(posted(packStatements([bare, statements![1] as Statement])));
    expect(unpacked[0]).not.toHaveProperty('confidence');
    expect(unpacked[1]?.confidence).toBe(statements![1]?.confidence);
  });

  it('keeps values and qualifiers it does not index as they were, key order included', async () => {
    const [statements] = await seedStatements();
    const [a] = statements as [Statement];
    const variants: Statement[] = [
      { ...a, value: { id: 'country:CN', type: 'ref' } as unknown as Statement['value'] },
      { ...a, value: { type: 'ref', id: 'country:CN', note: 'x' } as unknown as Statement['value'] },
      { ...a, value: { type: 'text', text: 'é "q" 😀' } },
      { ...a, qualifiers: { confidence: 0.25 }, confidence: 0.5 },
      { ...a, qualifiers: { confidence: 0 }, confidence: 0 },
      { ...a, qualifiers: { party: 'country:CN', confidence: 0.5 }, confidence: 0.5 },
      { ...a, qualifiers: {}, confidence: 0.5 },
    ];
    const unpacked = unpackStatements(posted(packStatements(variants)));
    expect(unpacked).toStrictEqual(variants);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(variants));
  });

  it('sends statements whose ids differ in length as they are', async () => {
    const [statements] = await seedStatements();
    const [a, b] = statements as [Statement, Statement];
    const packed = packStatements([a, { ...b, id: b.id + 'x' }]);
    expect('statements' in packed).toBe(true);
  });
});
