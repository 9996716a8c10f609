import { z } from 'zod';
import { crossCheck } from '../src/crosscheck/cross-check.ts';
import { answer, citeSpan } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import type { Citation } from '../src/model/answer.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { defineCommand } from './define.ts';

/** How many single-source quotations the note names before it only counts them. */
const MAX_LISTED_QUOTES = 3;

export default defineCommand({
  name: 'sources',
  summary: 'Every article that says something, with the exact sentences.',
  usage: '/sources <claim>',
  example: '/sources 5000 troops',
  args: z.object({
    claim: z.string().trim().min(1, 'Say what to look for, for example: /sources 5000 troops').max(MAX_QUERY_CHARS).describe('What to look for, e.g. 5000 troops'),
  }),
  fromText: (text) => ({ claim: text }),
  run({ claim }, { library, budget }) {
    const { terms, words, hits, total, nearMisses } = library.index.search(claim);
    const title = `Sources for “${claim}”`;
    if (terms.length === 0) return answer('sources', claim, { status: 'not_found', title, notes: [note('no_terms')] });
    const cited = hits.slice(0, MAX_RESULTS).map((hit) => ({ hit, citation: citeSpan(library, hit.sentence, { match: hit.match }) }));
    const results: Citation[] = cited.map(({ citation }) => citation);
    const notes = [];
    const corrections = new Map<string, string>();
    for (const hit of hits) for (const [term, word] of Object.entries(hit.corrected)) corrections.set(term, word);
    if (corrections.size > 0) notes.push(note('spelling', { pairs: [...corrections].map(([term, word]) => `“${word}” for “${term}”`).join(', ') }));
    if (total.sentences > MAX_RESULTS) notes.push(note('truncated', { shown: MAX_RESULTS, total: total.sentences }));
    if (hits.some((hit) => hit.match === 'continuation')) notes.push(note('continuation'));
    if (hits.length === 0) {
      const misses = nearMisses.map((miss) => citeSpan(library, miss.sentence, { match: 'near_miss', missingTerms: miss.missingTerms }));
      notes.unshift(note('not_found', { articles: library.articles.length, terms: terms.map((term) => words[term]).join(' ') }));
      if (misses.length > 0) notes.push(note('near_misses'));
      return answer('sources', claim, { status: 'not_found', title, nearMisses: misses, notes });
    }
    notes.unshift(note('found_in', { articles: total.articles, total: library.articles.length, sentences: total.sentences }));
    // Cross-checking is the costly part on a large library; past the budget, the citations alone.
    if (budget?.expired()) {
      notes.push(note('time_budget', { seconds: Math.round(budget.ms / 1000), skipped: 'the cross-check between articles' }));
      return answer('sources', claim, { title, results, notes, sections: [{ title: 'Where the articles say it', lines: [], citations: results.map((_, i) => i) }] });
    }
    const check = crossCheck(
      library,
      hits.map((hit) => hit.sentence),
    );
    const flagged: Citation[] = cited.map(({ hit, citation }) => ({ ...citation, singleSource: check.singleSource.has(hit.sentence.id) }));
    // The corroboration counts the articles it lists (`corroboration.articleIds`), and each one's
    // carrying sentence is cited, found by the search or not: a paraphrase need not hold the query's words.
    const shown = new Set(hits.slice(0, MAX_RESULTS).map((hit) => hit.sentence.id));
    let carriedInOtherWords = 0;
    for (const sentence of [...check.carriers, ...check.disputes]) {
      if (shown.has(sentence.id)) continue;
      flagged.push({ ...citeSpan(library, sentence), singleSource: false });
      if (!check.disputes.includes(sentence)) carriedInOtherWords++;
    }
    // Said, so that "2 articles say it" above and "4 carry this" below read as two counts of two things.
    if (carriedInOtherWords > 0) notes.push(note('carried_in_other_words', { count: carriedInOtherWords }));
    const single = flagged.filter((citation) => citation.singleSource).length;
    const sections = [{ title: 'Where the articles say it', lines: [], citations: flagged.map((_, i) => i) }];
    if (single > 0) notes.push(note('single_source', { count: single }));
    if (check.singleSourceQuotes.length > 0) {
      // A common phrase can hit hundreds of quotations: a note lists a few and counts the rest.
      const listed = check.singleSourceQuotes.slice(0, MAX_LISTED_QUOTES).map((quote) => `${quote.text} (${quote.articleId})`);
      const more = check.singleSourceQuotes.length - listed.length;
      notes.push(note('single_source_quote', { quotes: more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ') }));
    }
    return answer('sources', claim, {
      title,
      results: flagged,
      notes,
      corroboration: check.corroboration,
      discrepancies: check.discrepancies,
      sections,
    });
  },
});
