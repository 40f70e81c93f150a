import { describe, expect, it } from 'vitest';
import { etagOf, ResponseCache } from './etag.js';

describe('ResponseCache', () => {
  const entry = { body: Buffer.from('x'.repeat(10)), etag: '"a"', type: 'application/json' };

  it('keeps a body until its time is up', () => {
    const cache = new ResponseCache({ ttlMs: 100 });
    cache.set('k', entry, 0);
    expect(cache.get('k', 99)?.body).toEqual(entry.body);
    expect(cache.get('k', 100)).toBeUndefined();
  });

  it('drops the least recently used bodies beyond its size, and everything on clear', () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxBytes: 80 });
    cache.set('a', entry, 0);
    cache.set('b', entry, 0);
    cache.get('a', 1);
    for (const k of ['c', 'd', 'e', 'f', 'g', 'h', 'i']) cache.set(k, entry, 0);
    expect(cache.get('a', 2)).toBeDefined();
    expect(cache.get('b', 2)).toBeUndefined();
    cache.clear();
    expect(cache.get('a', 2)).toBeUndefined();
  });

  it('keeps nothing when off, and never a body larger than an eighth of its size', () => {
    const off = new ResponseCache({ ttlMs: 0 });
    off.set('k', entry, 0);
    expect(off.get('k', 0)).toBeUndefined();
    const small = new ResponseCache({ maxBytes: 40 });
    small.set('k', entry, 0);
    expect(small.get('k', 0)).toBeUndefined();
  });
});

describe('etagOf', () => {
  it('is a strong tag that changes with the body', () => {
    expect(etagOf('a')).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf('a')).toBe(etagOf(Buffer.from('a')));
    expect(etagOf('a')).not.toBe(etagOf('b'));
  });
});
