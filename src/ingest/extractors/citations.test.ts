/**
 * @module Tests of citation extraction (made-up references).
 */
import { describe, expect, it } from 'vitest';
import { extractCitations } from './citations.js';
import { docOf } from './test-doc.js';

describe('extractCitations', () => {
  it('turns numbered footnotes into cited sources with title, URL and date', () => {
    const { text, doc } = docOf(
      'Body text.\n\n[1] Jane Roe, “Patrols Abroad,” Example Review, 08.05.2021, https://example.org/patrols.\n\n2. “A Second Study of Courts,” Example Press, March 2, 2020.',
    );
    const out = extractCitations(doc);
    expect(out.map((c) => (c.value.type === 'ref' ? c.value.id : ''))).toEqual([
      'source:patrols-abroad',
      'source:a-second-study-of-courts',
    ]);
    expect(out[0]?.refs?.[0]?.source).toEqual({
      title: 'Patrols Abroad',
      url: 'https://example.org/patrols',
      published: '2021-05-08',
    });
    expect(out[1]?.refs?.[0]?.source?.published).toBe('2020-03-02');
    expect(text.slice(out[0]?.start, out[0]?.end)).toMatch(/^\[1\] Jane Roe/);
    expect(out.every((c) => c.entity.id === 'source:test' && c.property === 'cites')).toBe(true);
  });

  it('dates an entry by its last written date, a URL’s included, and never by a relative one', () => {
    const { doc } = docOf(
      '[1] “Night Ferries of the Coast,” Harbour Notes, last month, https://example.org/12/1\n' +
        '[2] “Lanterns on the Pier,” Harbour Notes, 4 June 2019, https://example.org/2020/01/15/lanterns',
    );
    expect(extractCitations(doc).map((c) => c.refs?.[0]?.source)).toEqual([
      { title: 'Night Ferries of the Coast', url: 'https://example.org/12/1' },
      { title: 'Lanterns on the Pier', url: 'https://example.org/2020/01/15/lanterns', published: '2020-01-15' },
    ]);
  });

  it('ignores numbered lists that are not references', () => {
    const { doc } = docOf('1. First we met.\n\n2. Then we left.');
    expect(extractCitations(doc)).toEqual([]);
  });
  describe('citations in prose', () => {
    const cited = (text: string): { name: string; span: string; source: unknown; confidence: number }[] => {
      const { text: normalized, doc } = docOf(text);
      return extractCitations(doc).map((c) => ({
        name: c.refs?.[0]?.name ?? '',
        span: normalized.slice(c.start, c.end),
        source: c.refs?.[0]?.source,
        confidence: c.confidence,
      }));
    };
    const names = (text: string): string[] => cited(text).map((c) => c.name);

    it('reads "see our reports, A and B", splitting two titles but not a title that holds "and"', () => {
      expect(
        names('For the figures, see our reports, Lost and Found and Borrowed Courts (both downloadable as PDFs).'),
      ).toEqual(['Lost and Found', 'Borrowed Courts']);
      expect(names('See our studies, Quiet Returns Abroad, Paper Trails and Long Shadows.')).toEqual([
        'Quiet Returns Abroad',
        'Paper Trails',
        'Long Shadows',
      ]);
    });

    it('reads "see our report Title" and "as documented in our 2021 report Title", with the year it gives', () => {
      const out = cited('Readers can see our report Long Arms of the Law for the full list.');
      expect(out.map((c) => [c.name, c.span])).toEqual([['Long Arms of the Law', 'Long Arms of the Law']]);
      expect(out[0]?.source).toEqual({ title: 'Long Arms of the Law' });
      expect(out[0]?.confidence).toBe(0.5);
      const dated = cited('As documented in our 2021 report Borrowed Badges, the desks worked openly.');
      expect(dated.map((c) => c.name)).toEqual(['Borrowed Badges']);
      expect(dated[0]?.source).toEqual({ title: 'Borrowed Badges', published: '2021' });
    });

    it('reads quoted titles after report words', () => {
      expect(names('The institute set out its method in its study “Courts Without Borders” last spring.')).toEqual([
        'Courts Without Borders',
      ]);
      expect(names('The briefing "Transfers in the Dark" was sent to every member.')).toEqual([
        'Transfers in the Dark',
      ]);
    });

    it('reads "read more in Title", "(see: Title)", "the factsheet Title" and "see Title"', () => {
      expect(names('Read more in Policing the Diaspora.')).toEqual(['Policing the Diaspora']);
      expect(names('Several agreements were frozen (see: Frozen Agreements Tracker).')).toEqual([
        'Frozen Agreements Tracker',
      ]);
      expect(names('The factsheet Five Facts on Surrender explains the procedure.')).toEqual([
        'Five Facts on Surrender',
      ]);
      expect(names('On the rulings, see Earlier Appeal Judgments and Courts in Transit.')).toEqual([
        'Earlier Appeal Judgments',
        'Courts in Transit',
      ]);
    });

    it('reads a Title Case phrase that ends a sentence pointing to an overview', () => {
      expect(names('See a summary of the appeals decided so far in Earlier Appeal Judgments.')).toEqual([
        'Earlier Appeal Judgments',
      ]);
    });

    it('reads "click on the link Title in …", a title in sentence case included', () => {
      expect(
        names('For a summary, click on the link Why transfers to the mainland should stop in the sidebar.'),
      ).toEqual(['Why transfers to the mainland should stop']);
    });

    it('reads "For an overview of X, see the PDF" and "For more on X, click the link"', () => {
      const out = cited('For an overview of national court decisions, see the downloadable PDF on this page.');
      expect(out.map((c) => [c.name, c.span])).toEqual([
        ['Overview of national court decisions', 'overview of national court decisions'],
      ]);
      expect(names('For more on sanctions by allied states, please click the link to a PDF below.')).toEqual([
        'Sanctions by allied states',
      ]);
    });

    it('reads a body’s conclusions or findings of a date, with that date', () => {
      const out = cited('The European Council conclusions of 3 March 2019 state that transfers stop.');
      expect(out.map((c) => [c.name, c.span])).toEqual([
        ['European Council conclusions of 3 March 2019', 'European Council conclusions of 3 March 2019'],
      ]);
      expect(out[0]?.source).toEqual({
        title: 'European Council conclusions of 3 March 2019',
        published: '2019-03-03',
      });
    });

    it('does not cite organisations, countries, persons, months, articles, headings, "see below" or the verb "see"', () => {
      // Each guarded sentence is followed by a citation, which alone is found.
      for (const text of [
        'For background, see Amnesty International.',
        'For background, see the European Union.',
        'For context, see Serbia and Montenegro.',
        'For comments, see Ana Kovač.',
        'For the timeline, see March and April.',
        'Surrender is limited (see Article 3 of the treaty).',
        'The figures are discussed further, see below.',
        'For more on this, see below.',
        'Read More In The Archive\n\nThe next part covers courts.',
        'Our report on Serbia was widely read.',
        'The report Human Rights Watch released was short.',
        'Investors see Belt and Road Projects as a risk.',
        'The rules are detailed in Annex Two.',
      ])
        expect(names(`${text} Read more in Policing the Diaspora.`), text).toEqual(['Policing the Diaspora']);
    });

    it('reads nothing after a cue that ends the text', () => {
      expect(names('Read more in Policing the Diaspora, and in our reports,')).toEqual(['Policing the Diaspora']);
    });

    it('does not cite a footnote twice', () => {
      expect(
        names('Read more in Policing the Diaspora.\n\n[1] See our report “Patrols Abroad,” https://example.org/p.'),
      ).toEqual(['Patrols Abroad', 'Policing the Diaspora']);
    });
  });
});
