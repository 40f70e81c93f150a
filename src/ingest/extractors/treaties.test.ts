/**
 * @module Tests of treaty lifecycle extraction (made-up sentences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docOf } from './test-doc.js';
import { EVENTS, EVENT_HINT, extractTreaties, HEAD, HINT } from './treaties.js';

function events(text: string, published?: string): string[] {
  const { doc } = docOf(text, published);
  return extractTreaties(doc)
    .filter((c) => c.property !== 'party' && c.property !== 'instrument_type')
    .map(
      (c) =>
        `${c.entity.id} ${c.property} ${JSON.stringify(c.value)}${c.qualifiers?.party ? ' ' + c.qualifiers.party : ''}`,
    );
}

describe('extractTreaties', () => {
  it('reads a dated signature and a ratification by one party', () => {
    expect(
      events('Kenya and China signed an extradition treaty on 3 March 2019. Kenya ratified the treaty in June 2020.'),
    ).toEqual([
      'instrument:cn-ke-extradition signed {"type":"date","date":"2019-03-03"}',
      'instrument:cn-ke-extradition ratified {"type":"date","date":"2020-06"} country:KE',
    ]);
  });

  it('turns "not yet" into none, with the document date as as_of', () => {
    const { doc } = docOf(
      'The extradition treaty between Peru and China is not yet in force, as Peru has yet to ratify it.',
      '2025-02',
    );
    const found = extractTreaties(doc).filter((c) => c.property === 'ratified' || c.property === 'entered_into_force');
    expect(found.map((c) => [c.property, c.value.type, c.qualifiers?.as_of])).toEqual([
      ['entered_into_force', 'none', '2025-02'],
      ['ratified', 'none', '2025-02'],
    ]);
  });

  it('expands a list of states and reads a "(not ratified)" member', () => {
    expect(events('States with active extradition treaties with China: Chile, [Peru (not ratified)], Kenya.')).toEqual([
      'instrument:cn-cl-extradition entered_into_force {"type":"unknown"}',
      'instrument:cn-pe-extradition ratified {"type":"none"} country:PE',
      'instrument:cn-pe-extradition signed {"type":"unknown"}',
      'instrument:cn-ke-extradition entered_into_force {"type":"unknown"}',
    ]);
  });

  it('types the instrument and finds Hong Kong as the counterpart', () => {
    expect(events('Canada suspended its extradition agreement with Hong Kong in July 2020.')).toEqual([
      'instrument:hk-ca-extradition suspended {"type":"date","date":"2020-07"} country:CA',
    ]);
    expect(events('Chile and China signed a mutual legal assistance treaty in 2011.')).toEqual([
      'instrument:cn-cl-mla signed {"type":"date","date":"2011"}',
    ]);
  });

  it('ignores hypothetical and unrelated verbs', () => {
    expect(events('States may terminate and suspend treaties. Reports denounced the abuse of the system.')).toEqual([]);
  });
});

describe('treaty pre-check', () => {
  // Words of the event and instrument patterns, their near misses, case variants and the letters
  // that match "s" and "k" under the `u` flag.
  const WORDS = [
    ...['signed', 'signs', 'concluded', 'inked', 'ratified', 'ratification', 'refused to ratify', 'declined to ratify'],
    ...['entered into force', 'came into force', 'in effect', 'took effect', 'active', 'effective', 'suspended'],
    ...['suspension', 'stopped applying', 'terminated', 'termination', 'denounced', 'withdrew from', 'withdrawn from'],
    ...['scrapped', 'ſcrapped', 'voted down', 'rejected the treaty', 'rejected the agreement', 'the', 'its', 'a'],
    ...['treaty', 'treaties', 'agreement', 'agreements', 'convention', 'MoU', 'memorandum of understanding'],
    ...['memoranda of understanding', 'accord', 'partnership', 'extradition', 'China', 'Serbia', 'it', 'K', 'K'],
  ];
  const word = fc
    .constantFrom(...WORDS)
    .chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1)));
  // "scrapped the treaty": the termination verbs only count before an instrument.
  const phrase = fc
    .tuple(word, fc.constantFrom('the', 'its', 'a'), fc.constantFrom('', 'old '), word)
    .map(([v, d, a, n]) => `${v} ${d} ${a}${n}`);
  const sentence = fc
    .array(fc.oneof(word, phrase, fc.string({ maxLength: 3 })), { maxLength: 4 })
    .chain((ws) => fc.constantFrom(ws.join(' '), ws.join(''), ws.join(', ')));

  it('skips no sentence an event or instrument pattern matches', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const event = EVENTS.some(([re]) => new RegExp(re.source, re.flags.replace('g', '')).test(text));
        const head = new RegExp(HEAD.source, 'i').test(text);
        if (event) expect(EVENT_HINT.test(text)).toBe(true);
        if (event || head) expect(HINT.test(text)).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });
});
