/**
 * @module Tests of treaty lifecycle extraction (made-up sentences).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docOf } from './test-doc.js';
import { KEYWORD, keywordsIn } from './keywords.js';
import { EVENTS, extractTreaties, HEAD } from './treaties.js';

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

describe('extractTreaties: which instrument, party and date an event belongs to', () => {
  it('takes the date that follows the verb, not one that belongs to an earlier verb', () => {
    expect(events('The extradition treaty Chile and China signed in 2010 took effect on 3 April 2012.')).toEqual([
      'instrument:cn-cl-extradition signed {"type":"date","date":"2010"}',
      'instrument:cn-cl-extradition entered_into_force {"type":"date","date":"2012-04-03"}',
    ]);
  });

  it('does not date an event with the year of another instrument named in the sentence', () => {
    expect(
      events('Serbia ratified the extradition treaty with China, modelled on the 2013 agreement of Bosnia.'),
    ).toEqual(['instrument:cn-rs-extradition ratified {"type":"unknown"} country:RS']);
  });

  it('reads each state of a coordinated subject as a party', () => {
    expect(events('Two states, Czechia and Portugal, keep active extradition treaties with Hong Kong.')).toEqual([
      'instrument:hk-cz-extradition entered_into_force {"type":"unknown"}',
      'instrument:hk-pt-extradition entered_into_force {"type":"unknown"}',
    ]);
  });

  it('reads "still active" as not suspended, for each state named', () => {
    const { doc } = docOf(
      'By now only Czechia and Portugal still keep an active extradition treaty with Hong Kong.',
      '2024',
    );
    expect(
      extractTreaties(doc)
        .filter((c) => c.property !== 'party' && c.property !== 'instrument_type')
        .map((c) => [c.entity.id, c.property, c.value.type, c.qualifiers?.party, c.qualifiers?.as_of]),
    ).toEqual([
      ['instrument:hk-cz-extradition', 'suspended', 'none', 'country:CZ', '2024'],
      ['instrument:hk-pt-extradition', 'suspended', 'none', 'country:PT', '2024'],
    ]);
  });

  it('does not make a state named after "to" or "with" the actor, and prefers the paragraph’s state', () => {
    expect(
      events(
        'In 2014 a court in Italy approved a transfer under the treaty signed between Italy and China in 2010.\n\n' +
          'Kenya’s High Court later heard a similar request. It was the first surrender to China since the ratification of the extradition treaty in May 2019.',
      ),
    ).toEqual([
      'instrument:cn-it-agreement signed {"type":"date","date":"2010"}',
      'instrument:cn-ke-extradition ratified {"type":"date","date":"2019-05"}',
    ]);
  });

  it('proposes nothing for an unnamed group of states', () => {
    expect(
      events(
        'Kenya ratified its extradition treaty with China in 2020. China has extradition treaties with over 40 countries, though only some are in force.',
      ),
    ).toEqual(['instrument:cn-ke-extradition ratified {"type":"date","date":"2020"} country:KE']);
    expect(
      events(
        'After the Sino-British dispute, twelve liberal nations suspended all extradition treaties with Hong Kong.',
      ),
    ).toEqual([]);
  });

  it('ignores calls for an event, and events under a condition', () => {
    expect(
      events('Belgian deputies called for the suspension of the extradition treaty between Belgium and China.'),
    ).toEqual([]);
    expect(
      events('Even if Peru ratifies the extradition treaty with China, its courts could still refuse transfers.'),
    ).toEqual([]);
  });

  it('needs the parties of an untyped agreement in its own phrase or as the subject of the verb', () => {
    expect(events('Serbia vowed closer trade with China despite an agreement signed in Washington in 2020.')).toEqual(
      [],
    );
    expect(events('The Chilean and Chinese ministries signed a cooperation agreement in 2008.')).toEqual([
      'instrument:cn-cl-agreement signed {"type":"date","date":"2008"}',
    ]);
  });

  it('does not give a named multilateral convention’s event to a bilateral instrument', () => {
    expect(
      events(
        'Chile and China signed an extradition treaty in 2010. Under the Convention on Civil Procedure, signed on 1 March 1954, courts help each other.',
      ),
    ).toEqual(['instrument:cn-cl-extradition signed {"type":"date","date":"2010"}']);
  });

  it('does not carry an instrument into another paragraph without naming it', () => {
    expect(
      events('Chile and China signed an extradition treaty in 2010.\n\nA ruling against Poland took effect in 2023.'),
    ).toEqual(['instrument:cn-cl-extradition signed {"type":"date","date":"2010"}']);
  });

  it('keeps a bare event in the paragraph of its instrument', () => {
    expect(
      events('Peru and China signed an extradition treaty in 2019. So far Peru has not begun ratification.'),
    ).toEqual([
      'instrument:cn-pe-extradition signed {"type":"date","date":"2019"}',
      'instrument:cn-pe-extradition ratified {"type":"none"} country:PE',
    ]);
  });

  it('proposes an event once: no undated or same-dated repeat, no repeated sentence', () => {
    expect(
      events(
        'Chile and China signed an extradition treaty on 4 May 2015. Chile signed the extradition treaty with China despite protests. ' +
          'The extradition treaty that Chile and China signed in 2015 was debated for years.',
      ),
    ).toEqual(['instrument:cn-cl-extradition signed {"type":"date","date":"2015-05-04"}']);
    const repeated = 'The Peruvian congress has not ratified the extradition treaty with China.';
    expect(events(`${repeated} Its members are divided.\n\n${repeated}`)).toEqual([
      'instrument:cn-pe-extradition ratified {"type":"none"} country:PE',
    ]);
  });

  it('keeps events of one instrument with different dates', () => {
    expect(events('Chile and China signed agreements on trade in 2009, 2012 and 2016.')).toEqual([
      'instrument:cn-cl-agreement signed {"type":"date","date":"2009"}',
      'instrument:cn-cl-agreement signed {"type":"date","date":"2012"}',
      'instrument:cn-cl-agreement signed {"type":"date","date":"2016"}',
    ]);
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
        const bits = keywordsIn(text);
        for (const [re, , bit] of EVENTS)
          if (new RegExp(re.source, re.flags.replace('g', '')).test(text)) expect(bits & bit).not.toBe(0);
        if (new RegExp(HEAD.source, 'i').test(text)) expect(bits & KEYWORD.INSTRUMENT).not.toBe(0);
      }),
      { numRuns: 10000 },
    );
  });
});

describe('a capital named where something happened', () => {
  it('does not hide its country when the country is also named as a party', () => {
    expect(
      events(
        'Meeting in Brussels, the parliament ratified the extradition treaty between Belgium and China in March 2021.',
      ),
    ).toEqual(['instrument:cn-be-extradition ratified {"type":"date","date":"2021-03"}']);
  });
});
