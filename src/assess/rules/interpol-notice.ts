/**
 * @module Rule: misuse of INTERPOL notices — Art 3 of INTERPOL's Constitution forbids matters of
 * a political, military, religious or racial character; a Red Notice is not an arrest warrant;
 * deletion goes through the CCF; a deleted notice has not stopped every court
 * (legal-framework §1.12).
 */
import type { DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';
import { cid, fact, unknownJurisdiction } from './types.js';
import { nameOf, textMatching, unique } from './helpers.js';

/** INTERPOL notices. */
export const interpolRule: Rule = {
  id: 'interpol-notice',
  title: 'INTERPOL notice',
  weight: 5,
  legalBasis: [
    {
      name: 'INTERPOL Constitution Art 3',
      note: 'no intervention in matters of a political, military, religious or racial character',
      url: 'https://vdocuments.site/article-coherence-between-the-charges-and-supporting-facts-new-february-2013.html',
    },
    {
      name: 'Commission for the Control of INTERPOL’s Files (CCF)',
      note: 'handles requests to delete a notice',
      url: 'https://www.underinterpol.com/interpol-red-notice',
    },
  ],
  needs: [
    'profile.interpol (notice, CCF request)',
    'record: reports of misuse of INTERPOL by the requesting state',
    'record: cases where a notice was deleted',
  ],
  decides:
    'Red Notice or diffusion → risk (arrest and detention abroad; ask the CCF to delete it, citing Art 3). Notice deleted → protection, though a court has still approved extradition after deletion. No notice → info. Not stated → unknown.',
  evaluate(ctx): RuleResult {
    const early = unknownJurisdiction(ctx, 'the INTERPOL notice');
    if (early) return early;
    const findings: DraftFinding[] = [];
    const unknowns: OpenQuestion[] = [];
    const requesting = nameOf(ctx, ctx.requesting);
    const misuse = textMatching(ctx, cid(ctx.requesting), ['description'], /interpol/i).map((s) => s.id);
    const deletedCases = ctx.precedents.filter((p) =>
      ctx.record.texts(p.caseId, 'description').some((t) => /interpol/i.test(t)),
    );
    const deletedCite = unique(
      deletedCases.flatMap((p) => textMatching(ctx, p.caseId, ['description'], /interpol/i).map((s) => s.id)),
    );
    const i = ctx.profile.interpol;
    if (!i) {
      findings.push({
        effect: 'unknown',
        summary: 'The profile does not say whether an INTERPOL notice exists.',
        facts: [],
        cite: [],
      });
      unknowns.push({
        question: 'Is there an INTERPOL Red Notice or diffusion, and has the CCF been asked to delete it?',
        why: 'A notice drives arrests abroad; a deletion supports the political-character argument.',
      });
      return { findings, unknowns };
    }
    const facts = [fact('notice', i.notice, 'profile'), ...(i.ccf ? [fact('CCF request', i.ccf, 'profile')] : [])];
    if (i.notice === 'none') {
      findings.push({
        effect: 'info',
        summary: 'No INTERPOL notice is known. Check again: one may be issued while proceedings run.',
        facts,
        cite: [],
      });
      return { findings, unknowns };
    }
    if (i.ccf === 'deleted') {
      findings.push({
        effect: 'protection',
        summary: `The notice was deleted after a CCF request: evidence that the case has a political, religious or racial character.${deletedCases.length ? ` But a deleted notice has not always stopped a court (${deletedCases.map((p) => p.name).join('; ')}).` : ''}`,
        facts,
        cite: deletedCite,
      });
      return { findings, unknowns };
    }
    findings.push({
      effect: 'risk',
      summary: `An INTERPOL ${i.notice.replace('_', ' ')} from ${requesting} is active: it is not an arrest warrant, but it drives arrests and detention abroad. ${i.ccf === 'pending' ? 'A CCF deletion request is pending.' : 'Ask the CCF to delete it, citing Art 3 of INTERPOL’s Constitution.'}${misuse.length ? ` The record holds reports that ${requesting} misuses INTERPOL against critics and minorities.` : ''}`,
      facts,
      cite: unique([...misuse, ...deletedCite]),
    });
    if (!i.ccf)
      unknowns.push({
        question: 'Has the CCF been asked to delete the notice?',
        why: 'Deletion removes the basis for arrest elsewhere and supports the Art 3 argument.',
      });
    return { findings, unknowns };
  },
};
