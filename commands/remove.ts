import { z } from 'zod';
import { describeFolderError } from '../src/corpus/folder-errors.ts';
import { answer, badInput } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { describeStored, refuseFixedArticles, refuseNonAdmin } from './add.ts';
import { articlesById } from './source.ts';
import { defineCommand } from './define.ts';

/** The most candidates an ambiguous id lists. */
const MAX_CANDIDATES = 10;

export default defineCommand({
  name: 'remove',
  aliases: ['remove-article'],
  summary: 'Remove an article by its id, deleting its file (for those allowed).',
  usage: '/remove <article id>',
  example: '/remove 005_3b1f0c9e2d4a6b8c',
  args: z.object({
    id: z
      .string()
      .trim()
      .min(1, 'Say which article to remove, for example: /remove 005_3b1f0c9e2d4a6b8c')
      .max(200)
      .describe('The article id, as /add or /sources shows it, or its start (003) if only one id starts so'),
  }),
  fromText(text) {
    return { id: text };
  },
  async run({ id }, { library, caller, articles }) {
    if (!caller.isAdmin) return refuseNonAdmin('remove', id, caller);
    if (!articles) return refuseFixedArticles('remove', id);
    // `/remove 003` as `/source 003` reads it, when it names one article; naming several, none is guessed at.
    const named = articlesById(library, id);
    if (named.length > 1) {
      const candidates = named.slice(0, MAX_CANDIDATES).map((article) => article.id);
      const more = named.length > MAX_CANDIDATES ? ` and ${named.length - MAX_CANDIDATES} more` : '';
      return badInput('remove', id, 'ambiguous_article', { id, count: named.length, candidates: candidates.join(', '), more });
    }
    let change: Awaited<ReturnType<typeof articles.remove>>;
    try {
      change = await articles.remove(named[0]?.id ?? id);
    } catch (error) {
      const reason = describeFolderError(error, 'write');
      if (reason === undefined) throw error;
      return badInput('remove', id, 'remove_failed', { reason });
    }
    if (!change.ok && change.reason === 'rebuild_failed') return badInput('remove', id, 'remove_failed', { reason: change.message });
    if (!change.ok) {
      const known = library.articles
        .slice(0, 10)
        .map((article) => article.id)
        .join(', ');
      return badInput('remove', id, 'unknown_article', { id, known: known || '005_3b1f0c9e2d4a6b8c' });
    }
    const stored = describeStored(change.library, change.article, 'removed');
    return answer('remove', id, {
      title: `Removed: ${change.article.id}${stored.article.headline ? ` “${stored.article.headline}”` : ''}`,
      notes: [note('article_removed', { file: change.article.file })],
      stored,
    });
  },
});
