import { z } from 'zod';
import { closestArticles } from '../src/crosscheck/closest.ts';
import { answer, articleRef, badInput, citeSpan } from '../src/answer/build.ts';
import { note } from '../src/answer/messages.ts';
import type { Answer, StoredArticle } from '../src/model/answer.ts';
import type { Article } from '../src/model/article.ts';
import { addArticle, type AddSource, type PageClaims } from '../src/ingest/add-article.ts';
import { createPageFetcher } from '../src/ingest/fetch-page.ts';
import { describeAddFailure } from '../src/ingest/messages.ts';
import type { Library } from '../src/library/library.ts';
import { defineCommand, type Caller } from './define.ts';
import { MAX_ADD_TEXT_CHARS, UPLOADED_FILE } from './uploaded-file.ts';

/** How many aligned articles the answer names. */
const CLOSEST_SHOWN = 3;

const SCHEME = /^[a-z][a-z0-9+.-]*:\S*$/i;
const BARE_DOMAIN = /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/;
const FIELDS = ['headline', 'outlet', 'date', 'author', 'url'] as const;

/** Who may not add or remove, told why and what they can still do. */
export function refuseNonAdmin(command: string, query: string, caller: Caller): Answer {
  return badInput(command, query, 'not_admin', { who: caller.adminByRole ? 'users or roles' : 'users' });
}

/** The answer when the bot runs without a writable articles folder. */
export function refuseFixedArticles(command: string, query: string): Answer {
  return badInput(command, query, 'fixed_articles');
}

/** `<https://x|label>` and `<https://x>`, as chat clients wrap links, to the bare link. */
function unwrapLink(text: string): string {
  return /^<([^|>\s]+)(?:\|[^>]*)?>$/.exec(text)?.[1] ?? text;
}

/** What the article says and lacks, the articles it aligns with, and its first sentence. */
export function describeStored(library: Library, article: Article, action: StoredArticle['action']): StoredArticle {
  const ref = articleRef(article);
  return {
    action,
    article: ref,
    sentences: article.sentences.length,
    missing: FIELDS.filter((field) => ref[field] === undefined),
    closest: action === 'removed' ? [] : closestArticles(library, article.id, CLOSEST_SHOWN),
  };
}

function alignmentLine(library: Library, overlap: StoredArticle['closest'][number]): string {
  const percent = Math.round(overlap.share * 100);
  const verb = overlap.share >= 0.6 ? `rewrites ${overlap.articleId} closely` : overlap.share >= 0.3 ? `shares much with ${overlap.articleId}` : `overlaps a little with ${overlap.articleId}`;
  const headline = library.article(overlap.articleId)?.meta.headline;
  return `${verb}${headline ? ` (${headline})` : ''}: ${percent}% of its sentences match`;
}

/** The answer for an article stored or already held: fields found and not, size, closest articles. */
function storedAnswer(library: Library, article: Article, action: 'added' | 'duplicate', query: string, claims: PageClaims = {}): Answer {
  const stored = describeStored(library, article, action);
  const ref = stored.article;
  const found = (label: string, value: string | undefined, claim?: string): string => {
    const claimed = claim !== undefined && claim !== value ? ` (the page itself claims “${claim}”)` : '';
    return `${label}: ${value ?? 'not found'}${claimed}`;
  };
  const notes =
    action === 'duplicate'
      ? [note('article_duplicate', { id: article.id })]
      : [note('article_added', { file: article.file }), ...(stored.missing.length > 0 ? [note('article_not_found_fields', { fields: stored.missing.join(', '), file: article.file })] : [])];
  const lede = article.sentences[0];
  return answer('add', query, {
    title: `${action === 'added' ? 'Added' : 'Already held'}: ${article.id}${ref.headline ? ` “${ref.headline}”` : ''}`,
    notes,
    stored,
    results: lede ? [citeSpan(library, lede)] : [],
    sections: [
      {
        title: action === 'added' ? 'Stored' : 'The article already held',
        lines: [
          `Id: ${article.id}`,
          found('Headline', ref.headline),
          found('Outlet', ref.outlet, claims.outlet),
          found('Date', article.meta.dateText ?? ref.date),
          found('Author', ref.author),
          found('URL', ref.url, claims.url),
          `Sentences: ${stored.sentences}`,
        ],
        citations: [],
      },
      {
        title: 'Aligns most with',
        lines: stored.closest.length > 0 ? stored.closest.map((overlap) => alignmentLine(library, overlap)) : ['No other article says much the same.'],
        citations: [],
      },
      ...(lede ? [{ title: 'First sentence', lines: [], citations: [0] }] : []),
    ],
  });
}

export default defineCommand({
  name: 'add',
  summary: 'Add an article from a link, pasted text or an uploaded file (for those allowed).',
  usage: '/add <link> | /add <headline, then the text>',
  example: '/add https://example.com/news/kursk-border',
  maxLineChars: '/add '.length + MAX_ADD_TEXT_CHARS,
  args: z.object({
    url: z.string().trim().min(1).max(2000).optional().describe('A link to a news article (http or https)'),
    text: z.string().trim().min(1).max(MAX_ADD_TEXT_CHARS).optional().describe('The article pasted in: headline on the first line, optional Outlet:, Date:, URL: lines, then the text'),
    attachment: UPLOADED_FILE.optional().describe('An uploaded .txt, .md or .html file'),
  }),
  fromText(text) {
    const trimmed = unwrapLink(text.trim());
    if (trimmed === '') return {};
    if (SCHEME.test(trimmed)) return { url: trimmed };
    if (BARE_DOMAIN.test(trimmed)) return { url: `https://${trimmed}` };
    return { text };
  },
  async run({ url, text, attachment }, { caller, articles, fetchPage }) {
    const query = url ?? attachment?.name ?? (text ?? '').replace(/\n[\s\S]*$/u, '').slice(0, 80);
    const given: AddSource[] = [
      ...(url !== undefined ? [{ kind: 'url', url } as const] : []),
      ...(text !== undefined ? [{ kind: 'text', text } as const] : []),
      ...(attachment !== undefined ? [{ kind: 'file', ...attachment } as const] : []),
    ];
    const [source] = given;
    if (given.length !== 1 || source === undefined) return badInput('add', query, 'add_one_thing');
    if (!caller.isAdmin) return refuseNonAdmin('add', query, caller);
    if (!articles) return refuseFixedArticles('add', query);
    const outcome = await addArticle(source, {
      store: articles,
      fetchPage: fetchPage ?? createPageFetcher(),
      addedBy: caller.platform === 'console' ? 'console' : `${caller.platform}:${caller.userId}`,
      now: new Date(),
    });
    if (outcome.status === 'failed') return badInput('add', query, 'add_failed', { reason: describeAddFailure(outcome.failure) });
    if (outcome.status === 'duplicate') return storedAnswer(articles.library, outcome.existing, 'duplicate', query);
    return storedAnswer(outcome.library, outcome.article, 'added', query, outcome.claims);
  },
});
