import { z } from 'zod';
import { type CrossCheck, crossCheck, isAnalysed } from '../src/crosscheck/cross-check.ts';
import { answer, citeSpan, failedStepsNote, nothingToSearch } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { readingOperators } from '../src/answer/search-operators.ts';
import { spellingNote } from '../src/answer/spelling.ts';
import type { Citation } from '../src/model/answer.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { hitsKeepingTheClaim, notFoundParts } from '../src/crosscheck/claim-hits.ts';
import { readQueryKeys } from '../src/crosscheck/query-keys.ts';
import { type CommandContext, defineCommand } from './define.ts';

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
  run: readingOperators('sources', 'claim', 'words', ({ claim }: { claim: string }, { library, budget }: CommandContext) => {
    const search = library.index.search(claim);
    const { terms, total } = search;
    const title = `Sources for “${claim}”`;
    if (terms.length === 0) return answer('sources', claim, { status: 'not_found', title, notes: [nothingToSearch(claim)] });
    const hits = hitsKeepingTheClaim(library, claim, search.hits);
    // The search keeps its best MAX_HITS; those past them are counted, not read, and so not checked for figures.
    const unread = Math.max(0, total.sentences - search.hits.length);
    const notes = [];
    const spelling = spellingNote(hits);
    if (spelling) notes.push(spelling);
    if (hits.some((hit) => hit.match === 'continuation')) notes.push(note('continuation'));
    if (hits.length === 0) {
      const { first, more, nearMisses } = notFoundParts(library, claim, search);
      return answer('sources', claim, { status: 'not_found', title, nearMisses, notes: [first, ...notes, ...more] });
    }
    const cited = hits.slice(0, MAX_RESULTS).map((hit) => ({ hit, citation: citeSpan(library, hit.sentence, { match: hit.match }) }));
    // Cross-checking is the costly part on a large library; past the budget, the citations alone. So too when a step
    // across articles it reads has failed, or when every sentence found is of an article not analysed (see crossCheck):
    // what it would say then is a guess.
    const withoutCrossCheck = budget?.expired()
      ? note('time_budget', { seconds: Math.round(budget.ms / 1000), skipped: 'the cross-check between articles' })
      : failedStepsNote(library, 'cross_check_failed');
    if (withoutCrossCheck || !hits.some((hit) => isAnalysed(library, hit.sentence))) {
      const results = cited.map(({ citation }) => citation);
      notes.unshift(note('found_in', { articles: new Set(hits.map((hit) => hit.sentence.articleId)).size, total: library.articles.length, sentences: hits.length + unread }));
      if (hits.length + unread > MAX_RESULTS) notes.push(note('truncated', { shown: MAX_RESULTS, total: hits.length + unread }));
      if (withoutCrossCheck) notes.push(withoutCrossCheck);
      return answer('sources', claim, { title, results, notes, sections: [{ title: 'Where the articles say it', lines: [], citations: results.map((_, i) => i) }] });
    }
    // The differences come only from sentences the answer lists: the first MAX_RESULTS found, and those admitted in other words.
    const check = crossCheck(
      library,
      hits.map((hit) => hit.sentence),
      readQueryKeys(claim),
      new Set(hits.slice(0, MAX_RESULTS).map((hit) => hit.sentence.id)),
    );
    // Every count below is of one set: the sentences found plus those admitted in other words, less the disputes.
    const disputed = new Set(check.disputes.map((sentence) => sentence.id));
    const carrying = hits.filter((hit) => !disputed.has(hit.sentence.id));
    notes.unshift(note('found_in', { articles: new Set(carrying.map((hit) => hit.sentence.articleId)).size, total: library.articles.length, sentences: carrying.length + unread }));
    const flagged: Citation[] = cited.map(({ hit, citation }) => ({ ...citation, singleSource: check.singleSource.has(hit.sentence.id) }));
    // The first sentences found, then every sentence admitted in other words and every dispute: the
    // notes speak of those, so each is cited. Past MAX_RESULTS the note says how many are not listed.
    const shown = new Set(hits.slice(0, MAX_RESULTS).map((hit) => hit.sentence.id));
    for (const sentence of [...check.inOtherWords, ...check.disputes]) {
      if (shown.has(sentence.id)) continue;
      shown.add(sentence.id);
      flagged.push({ ...citeSpan(library, sentence), singleSource: check.singleSource.has(sentence.id) });
    }
    const setSize = carrying.length + unread + check.inOtherWords.length + check.disputes.length;
    if (setSize > flagged.length) {
      const listedArticles = new Set(flagged.map((citation) => citation.articleId)).size;
      notes.push(
        note('sources_truncated', {
          shown: flagged.length,
          total: setSize,
          listed: listedArticles,
          // The articles of the set itself: the corroboration names disputes only where the sentences retell one claim.
          articles: new Set([...carrying.map((hit) => hit.sentence), ...check.inOtherWords, ...check.disputes].map((sentence) => sentence.articleId)).size,
        }),
      );
    }
    const foundArticles = new Set(carrying.map((hit) => hit.sentence.articleId));
    const newArticles = new Set(check.inOtherWords.map((sentence) => sentence.articleId).filter((id) => !foundArticles.has(id)));
    if (check.inOtherWords.length > 0) {
      notes.push(note('carried_in_other_words', { count: check.inOtherWords.length, articles: newArticles.size, keys: describeKept(check.kept) }));
    }
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
  }),
});

/** What each sentence in other words kept, for the note: `the figure “$27.5bn”`, `the names “North”, “Korean”`. */
function describeKept(kept: CrossCheck['kept']): string {
  const words = kept.words.map((word) => `“${word}”`).join(', ');
  if (kept.kind === 'figures') return `${kept.words.length === 1 ? 'the figure' : 'the figures'} ${words}`;
  return `${kept.words.length === 1 ? 'the name' : 'the names'} ${words}, in the role the sentences found give ${kept.words.length === 1 ? 'it' : 'them'}`;
}
