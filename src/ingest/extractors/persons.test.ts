/**
 * @module Tests of the person-name detector: names with honorifics, initials, particles and
 * diacritics are found; places, bodies, programmes, months and headings of organisations are not.
 */
import { describe, expect, it } from 'vitest';
import { findPersons, mayNameAPerson } from './persons.js';
import { docOf } from './test-doc.js';

/** Names found in a one-sentence text, with the gazetteer's mentions as ingestion passes them. */
function names(text: string, known?: Set<string>): string[] {
  const { doc } = docOf(text);
  return doc.sentences.flatMap((s) => findPersons(s.text, s.mentions, known).map((p) => p.name));
}

describe('findPersons', () => {
  it('finds two to four capitalised tokens, with diacritics and in Cyrillic', () => {
    expect(names('Serbian police detained Ivana Đurić at the airport on a foreign warrant.')).toEqual(['Ivana Đurić']);
    expect(names('Полиција је ухапсила Ивана Ђурић на аеродрому.')).toEqual(['Ивана Ђурић']);
    expect(names('The request concerned Zoran Mihajlo Petrov-Lukić, a former accountant.')).toEqual([
      'Zoran Mihajlo Petrov-Lukić',
    ]);
  });

  it('finds names after honorifics and titles, even a single surname', () => {
    expect(names('Mr Tadić was arrested in May.')).toEqual(['Tadić']);
    expect(names('The hearing before Dr. Lena Ostrova ended early.')).toEqual(['Lena Ostrova']);
    expect(names('Supreme Court Judge Ana Kovalen ruled on the appeal.')).toEqual(['Ana Kovalen']);
  });

  it('keeps initials and particles inside names', () => {
    expect(names('A lawyer, J. R. Dobbins, filed the complaint.')).toEqual(['J. R. Dobbins']);
    expect(names('The fugitive Ahmed bin Salem was held for months.')).toEqual(['Ahmed bin Salem']);
    expect(names('Prosecutors charged Piet van der Berg last week.')).toEqual(['Piet van der Berg']);
    expect(names('The warrant named Omar al-Rashid as the suspect.')).toEqual(['Omar al-Rashid']);
  });

  it('leaves out courts, regions, programmes, bodies and companies', () => {
    for (const text of [
      'The Supreme Court rejected the request.',
      'Police cooperation in the Western Balkans has grown.',
      'The Belt and Road Initiative funds the railway.',
      'The European Union raised the matter with Beijing.',
      'Smederevo Steel was sold to a Chinese group.',
      'Human Rights Watch and Amnesty International objected.',
      'In March the Interior Ministry signed a memorandum.',
      'Joint patrols began on Monday in Belgrade.',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('recalls a surname named earlier in the document', () => {
    const known = new Set<string>();
    expect(names('Activists said Marta Kolarova had fled in 2019.', known)).toEqual(['Marta Kolarova']);
    expect(names('Kolarova was detained at the border.', known)).toEqual(['Kolarova']);
  });

  it('skips sentences without two capitalised words next to each other', () => {
    expect(mayNameAPerson('the court ruled on the request in Serbia yesterday.')).toBe(false);
    expect(mayNameAPerson('the fugitive Ahmed bin Salem was held.')).toBe(true);
    expect(mayNameAPerson('the suspect Kolarova was held.')).toBe(false);
    expect(mayNameAPerson('the suspect Kolarova was held.', [], new Set(['Kolarova']))).toBe(true);
    expect(mayNameAPerson('the warrant named Omar al-Rashid.')).toBe(true);
    // "The Athens" pairs with a gazetteer mention; "Athens Ivana" does not.
    expect(mayNameAPerson('The Athens court ruled.', [{ start: 4, end: 10 }])).toBe(false);
    expect(mayNameAPerson('The Athens Ivana case.', [{ start: 4, end: 10 }])).toBe(true);
  });
});
