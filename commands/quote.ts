import { z } from 'zod';
import { answer, citeSpan, nothingToSearch } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { readingOperators, withoutEnclosingQuotes } from '../src/answer/search-operators.ts';
import { MAX_QUERY_CHARS, MAX_RESULTS } from '../src/answer/limits.ts';
import { headlinesHolding } from '../src/answer/headlines.ts';
import { tokenize } from '../src/text/normalise.ts';
import { type CommandContext, defineCommand } from './define.ts';

export default defineCommand({
  name: 'quote',
  summary: 'Where a phrase or quotation appears, word for word.',
  usage: '/quote <text>',
  example: '/quote "unwavering support"',
  args: z.object({
    text: z.string().trim().min(1, 'Give the words to find, for example: /quote unwavering support').max(MAX_QUERY_CHARS).describe('The words to find, quote marks optional'),
  }),
  fromText: (text) => ({ text }),
  run: readingOperators('quote', 'text', 'enclosing', ({ text }: { text: string }, { library }: CommandContext) => {
    const phrase = withoutEnclosingQuotes(text);
    const title = `Where “${phrase}” appears`;
    if (tokenize(phrase).length === 0) return answer('quote', text, { status: 'not_found', title, notes: [nothingToSearch(phrase)] });
    const { total, found } = library.index.findPhrase(phrase, MAX_RESULTS, { possessive: true });
    if (total.sentences === 0) {
      const notes = [note('quote_not_found', { text: phrase, articles: library.articles.length })];
      // A phrase a user saw in a headline is there: say where, since headlines are no sentences to cite.
      const headlines = headlinesHolding(library, phrase, true);
      if (headlines.length > 0) notes.push(note('quote_in_headlines', { headlines: headlines.join('; ') }));
      return answer('quote', text, { status: 'not_found', title, notes });
    }
    const results = found.map(({ sentence, span }) => {
      const quotation = library.quotationsOf(sentence.articleId).find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
      return citeSpan(library, sentence, { match: 'phrase', ...(quotation && { speaker: quotation.speaker }) });
    });
    const notes = [note('found_in', { articles: total.articles, total: library.articles.length, sentences: total.sentences })];
    if (total.sentences > found.length) notes.push(note('truncated', { shown: found.length, total: total.sentences }));
    return answer('quote', text, { title, results, notes, sections: [{ title: 'Found in', lines: [], citations: results.map((_, i) => i) }] });
  }),
});
