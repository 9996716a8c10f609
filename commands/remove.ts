import { z } from 'zod';
import { describeFolderError } from '../src/corpus/folder-errors.ts';
import { answer, badInput } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import { describeStored, refuseFixedArticles, refuseNonAdmin } from './add.ts';
import { defineCommand } from './define.ts';

export default defineCommand({
  name: 'remove',
  aliases: ['remove-article'],
  summary: 'Remove an article by its id, deleting its file (for those allowed).',
  usage: '/remove <article id>',
  example: '/remove 005_3b1f0c9e2d4a6b8c',
  args: z.object({
    id: z.string().trim().min(1, 'Say which article to remove, for example: /remove 005_3b1f0c9e2d4a6b8c').max(200).describe('The id of the article to remove, as /add or /sources shows it'),
  }),
  fromText(text) {
    return { id: text };
  },
  async run({ id }, { library, caller, articles }) {
    if (!caller.isAdmin) return refuseNonAdmin('remove', id, caller);
    if (!articles) return refuseFixedArticles('remove', id);
    let change: Awaited<ReturnType<typeof articles.remove>>;
    try {
      change = await articles.remove(id);
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
