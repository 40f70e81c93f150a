import { describe, expect, it } from 'vitest';
import type { Statement } from '../domain/index.js';
import { parseDate } from '../domain/index.js';
import { RecordIndex } from './record.js';

function statement(id: string, recorded_at: string): Statement {
  return {
    id,
    entity: 'instrument:x',
    property: 'signed',
    value: { type: 'date', date: '2024-05' },
    qualifiers: {},
    source: 'source:s',
    locator: null,
    pinpoint: 'p. 1',
    status: 'accepted',
    rank: 'normal',
    sensitivity: 'public',
    recorded_at,
    recorded_by: 'test',
  };
}

describe('RecordIndex.recordDate', () => {
  it('is the day of the latest recorded_at, also when a review wrote a full timestamp', () => {
    const index = new RecordIndex([], [statement('st_a', '2026-11-20'), statement('st_b', '2026-11-23T10:58:41.166Z')]);
    expect(index.recordDate).toBe('2026-11-23');
    expect(() => parseDate(index.recordDate!)).not.toThrow();
  });
  it('is null for an empty record', () => {
    expect(new RecordIndex([], []).recordDate).toBeNull();
  });
});
