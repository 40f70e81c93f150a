/**
 * @module Tests of treaty lifecycle extraction (made-up sentences).
 */
import { describe, expect, it } from 'vitest';
import { docOf } from './test-doc.js';
import { extractTreaties } from './treaties.js';

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
