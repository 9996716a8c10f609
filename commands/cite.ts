import { z } from 'zod';
import { answer, citeSpan, nothingToSearch } from '../src/answer/build.ts';
import { CITATION_STYLES, type CitationStyle, formatCitations, OTHER_CITATION_STYLES } from '../src/answer/citation-styles.ts';
import { note } from '../src/answer/messages.ts';
import { readingOperators } from '../src/answer/search-operators.ts';
import { spellingNote } from '../src/answer/spelling.ts';
import { MAX_QUERY_CHARS } from '../src/answer/limits.ts';
import { hitsKeepingTheClaim, notFoundParts } from '../src/crosscheck/claim-hits.ts';
import { type CommandContext, defineCommand } from './define.ts';

const STYLE_AT_END = new RegExp(`\\s+(${CITATION_STYLES.join('|')})\\s*$`, 'i');

export default defineCommand({
  name: 'cite',
  summary: 'A ready-to-paste citation for the sentence that best says something.',
  usage: `/cite <claim> [${CITATION_STYLES.join('|')}]`,
  example: '/cite 5000 troops apa',
  args: z.object({
    claim: z.string().trim().min(1, 'Say what to cite, for example: /cite 5000 troops').max(MAX_QUERY_CHARS).describe('What the cited sentence should say'),
    style: z.enum(CITATION_STYLES).optional().describe('Citation style (all styles when left out)'),
  }),
  fromText(text) {
    const style = STYLE_AT_END.exec(text);
    const name = style?.[1];
    return style && name !== undefined ? { claim: text.slice(0, style.index), style: name.toLowerCase() as (typeof CITATION_STYLES)[number] } : { claim: text };
  },
  run: readingOperators('cite', 'claim', 'words', ({ claim: asked, style }: { claim: string; style?: CitationStyle | undefined }, { library }: CommandContext) => {
    // `/cite 5000 troops harvard`: a style this bot does not format is no part of the claim; say so and show the others.
    const otherStyle = style === undefined ? /\s(\p{L}+)\s*$/u.exec(asked)?.[1] : undefined;
    const unknownStyle = otherStyle !== undefined && OTHER_CITATION_STYLES.has(otherStyle.toLowerCase()) ? otherStyle : undefined;
    const claim = unknownStyle === undefined ? asked : asked.slice(0, asked.length - unknownStyle.length).trimEnd();
    const styleNotes = unknownStyle === undefined ? [] : [note('cite_unknown_style', { style: unknownStyle, styles: CITATION_STYLES.join(', ') })];
    const search = library.index.search(claim);
    const { terms } = search;
    const title = `Citation for “${claim}”`;
    // The sentence /sources would list first for the claim: the same figures and names kept.
    const best = hitsKeepingTheClaim(library, claim, search.hits)[0];
    if (!best) {
      if (terms.length === 0) return answer('cite', claim, { status: 'not_found', title, notes: [...styleNotes, nothingToSearch(claim)] });
      // What is near is worth showing: a user who asked to cite it may have worded it otherwise than the article.
      const { first, more, nearMisses } = notFoundParts(library, claim, search);
      return answer('cite', claim, { status: 'not_found', title, nearMisses, notes: [...styleNotes, first, ...more] });
    }
    const citation = citeSpan(library, best.sentence, { match: best.match });
    const { formatted, missing } = formatCitations(citation, style);
    const spelling = spellingNote([best]);
    const notes = [...styleNotes, ...(spelling ? [spelling] : []), ...(missing.length > 0 ? [note('cite_missing', { fields: missing.join(', ') })] : [])];
    return answer('cite', claim, {
      title,
      results: [citation],
      formatted,
      notes,
      sections: [{ title: 'Cited sentence', lines: [], citations: [0] }, ...formatted.map((entry) => ({ title: entry.label, lines: [[{ text: entry.text, style: 'code' as const }]], citations: [] }))],
    });
  }),
});
