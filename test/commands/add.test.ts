import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller, CommandContext } from '../../commands/define.ts';
import type { ArticleStore } from '../../src/library/article-store.ts';
import { openSeedCopyStore } from '../support/seeds.ts';
import { Answer } from '../../src/model/answer.ts';
import { loadArticles } from '../../src/corpus/load.ts';
import { answerArgs, answerLine } from '../../src/runtime/dispatch.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { ARTICLE_PAGE, BARE_PAGE, NO_ARTICLE_PAGE, redirect, send, startServer, type LocalServer } from '../helpers/local-server.ts';
import { must } from '../support/must.ts';
import { nodeArgsFor, processCacheDir } from '../support/processes.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const ADMIN: Caller = { platform: 'slack', userId: 'U111', isAdmin: true };
const READER: Caller = { platform: 'slack', userId: 'U999', isAdmin: false };

let server: LocalServer;
let dir: string;
let store: ArticleStore;

beforeAll(async () => {
  server = await startServer({
    '/article': send(ARTICLE_PAGE),
    '/short-link': redirect('/article'),
    '/claims.txt': send(
      'Harbour strike ends\nOutlet: BBC News\nURL: https://www.bbc.co.uk/news/harbour-strike\n\nDock workers voted on Friday to end a strike that had closed the harbour for three weeks, the union said.',
      'text/plain; charset=utf-8',
    ),
    '/bare': send(BARE_PAGE),
    '/login': send(NO_ARTICLE_PAGE),
    '/story.txt': send(
      'Sea wall cracks again\nOutlet: Coast Courier\n\nThe sea wall in the village cracked again on Sunday, residents said. The council said it would send engineers.',
      'application/octet-stream',
    ),
    '/slow': (_request, response) => setTimeout(() => response.end(ARTICLE_PAGE), 1500),
    '/huge': send('<p>word</p>'.repeat(20_000)),
    '/image': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), 'image/png'),
  });
});
afterAll(() => server.close());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-add-'));
  await cp(SEEDS, dir, { recursive: true });
  store = await openSeedCopyStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function contextFor(caller: Caller, fetchOptions = { allowPrivate: true, timeoutMs: 1000, maxBytes: 100_000 }): CommandContext {
  return { library: store.library, caller, articles: store, fetchPage: createPageFetcher(fetchOptions) };
}

async function add(input: unknown, caller = ADMIN): Promise<Answer> {
  return Answer.parse(await answerArgs('add', input, contextFor(caller)));
}

const files = (): Promise<string[]> => readdir(dir).then((names) => names.sort());

describe('/add from a link', () => {
  it('GIVEN an article page THEN stores it with what the page says, and it is searchable at once', async () => {
    const answer = await add({ url: server.url('/article') });
    expect(answer).toMatchObject({ ok: true, command: 'add', stored: { action: 'added', missing: [] } });
    const { article, sentences } = must(answer.stored);
    expect(article).toMatchObject({
      id: expect.stringMatching(/^005_[0-9a-f]{16}$/),
      headline: 'Border towns brace for winter as repairs stall',
      outlet: '127.0.0.1',
      date: '2025-12-03',
      author: 'Maria Lindqvist',
      url: server.url('/article'),
    });
    expect(sentences).toBe(must(store.library.article(article.id)).sentences.length);
    expect(sentences).toBeGreaterThanOrEqual(6);
    expect(await files()).toContain(`${article.id}.md`);
    const search = await answerLine('/sources pipes and pumps', contextFor(READER));
    expect(search.results.map((citation) => citation.articleId)).toContain(article.id);
  });

  it('GIVEN an article stored THEN its file is Markdown with front matter that reloads identically after a restart', async () => {
    const { stored } = await add({ url: server.url('/article') });
    const text = await readFile(join(dir, `${must(stored).article.id}.md`), 'utf8');
    expect(text).toMatch(
      /^---\ntitle: Border towns brace for winter as repairs stall\noutlet: 127\.0\.0\.1\ndate: 2025-12-03T08:15:00Z\nauthor: Maria Lindqvist\nurl: http:\/\/127\.0\.0\.1:\d+\/article\nclaimed_outlet: The Northern Ledger\nclaimed_url: https:\/\/ledger.example\/world\/border-towns-winter\nadded: \S+\nadded_by: slack:U111\n---\n\nResidents of three border towns/,
    );
    const before = must(store.library.article(must(stored).article.id));
    const after = (await loadArticles(dir)).articles.find((article) => article.id === before.id);
    expect(after).toEqual(before);
  });

  it('GIVEN a page without metadata THEN stores the text and says what was not found', async () => {
    const answer = await add({ url: server.url('/bare') });
    expect(answer.stored).toMatchObject({ action: 'added', missing: ['headline', 'date', 'author'], article: { outlet: '127.0.0.1', url: server.url('/bare') } });
    expect(must(answer.sections[0]).lines).toEqual(expect.arrayContaining(['Headline: not found', 'Outlet: 127.0.0.1', 'Date: not found']));
  });

  it('GIVEN a typed command line THEN reads the link, with or without Slack’s angle brackets', async () => {
    const typed = await answerLine(`/add ${server.url('/article')}`, contextFor(ADMIN));
    expect(typed.stored?.action).toBe('added');
    const wrapped = await answerLine(`/add <${server.url('/article')}|article>`, contextFor(ADMIN));
    expect(wrapped.stored).toMatchObject({ action: 'duplicate', article: { id: must(typed.stored).article.id } });
  });

  it('GIVEN a page that names itself another outlet at another address THEN credits where it was fetched and shows the names only as its claim', async () => {
    const answer = await add({ url: server.url('/article') });
    expect(must(answer.stored).article).toMatchObject({ outlet: '127.0.0.1', url: server.url('/article') });
    expect(must(answer.sections[0]).lines).toEqual(
      expect.arrayContaining([
        `Outlet: 127.0.0.1 (the page itself claims “The Northern Ledger”)`,
        `URL: ${server.url('/article')} (the page itself claims “https://ledger.example/world/border-towns-winter”)`,
      ]),
    );
    const cited = await answerLine('/cite pipes and pumps', contextFor(READER));
    expect(cited.results.map((citation) => citation.articleId)).toContain(must(answer.stored).article.id);
    expect(JSON.stringify(cited)).not.toMatch(/ledger\.example|Northern Ledger/);
  });

  it('GIVEN a link that redirects THEN stores and cites the URL the page was fetched from after the redirect, not the link given', async () => {
    const answer = await add({ url: server.url('/short-link') });
    expect(must(answer.stored).article.url).toBe(server.url('/article'));
    const cited = await answerLine('/cite pipes and pumps', contextFor(READER));
    const citation = cited.results.find((result) => result.articleId === must(answer.stored).article.id);
    expect(must(citation).article.url).toBe(server.url('/article'));
  });

  it('GIVEN a plain-text page whose Outlet: and URL: lines name another outlet THEN credits where it was fetched and shows those lines only as its claim', async () => {
    const answer = await add({ url: server.url('/claims.txt') });
    expect(must(answer.stored).article).toMatchObject({ outlet: '127.0.0.1', url: server.url('/claims.txt') });
    expect(must(answer.sections[0]).lines).toEqual(
      expect.arrayContaining([`Outlet: 127.0.0.1 (the page itself claims “BBC News”)`, `URL: ${server.url('/claims.txt')} (the page itself claims “https://www.bbc.co.uk/news/harbour-strike”)`]),
    );
  });

  it('GIVEN the new article THEN names the articles it aligns with most', async () => {
    const lede = (await readFile(join(SEEDS, '003_3efcfc92afac0b08.txt'), 'utf8')).split('\n\n').slice(3).join('\n\n');
    const answer = await add({ text: `Kursk operation, retold\n\n${lede.split('\n\n').slice(0, 12).join('\n\n')}` });
    expect(must(answer.stored).closest[0]).toMatchObject({ articleId: '003_3efcfc92afac0b08' });
    expect(must(must(answer.stored).closest[0]).share).toBeGreaterThan(0.6);
    expect(must(answer.sections[1]).lines[0]).toMatch(/^rewrites 003_3efcfc92afac0b08 closely/);
  });
});

describe('/add stores nothing when it cannot read an article', () => {
  it.each([
    ['a 404', '/missing', /not found \(404\)/],
    ['a page with no article', '/login', /no article/],
    ['a slow page', '/slow', /longer than 1 seconds/],
    ['a huge page', '/huge', /bigger than/],
    ['an image', '/image', /image\/png, not a web page/],
  ])('GIVEN %s THEN answers clearly and writes no file', async (_label, path, message) => {
    const before = await files();
    const answer = await add({ url: server.url(path) });
    expect(answer).toMatchObject({ ok: false, status: 'bad_input' });
    expect(answer.error).toMatch(message);
    expect(answer.error).toMatch(/Nothing was stored/);
    expect(await files()).toEqual(before);
    expect(store.library.articles).toHaveLength(5);
  });

  it('GIVEN ALLOW_PRIVATE_URLS off THEN refuses the local server and writes no file', async () => {
    const strict = { ...contextFor(ADMIN), fetchPage: createPageFetcher() };
    const answer = await answerArgs('add', { url: server.url('/article') }, strict);
    expect(answer.error).toMatch(/will not fetch that link: I only read public web sites/);
    expect(answer.error).not.toMatch(/127\.0\.0\.1|this machine/);
    expect(await files()).toHaveLength(5);
  });

  it('GIVEN no link, text or file, or more than one THEN asks for one', async () => {
    expect((await add({})).error).toMatch(/Give one thing to add/);
    expect((await add({ url: server.url('/article'), text: 'Headline\n\nBody text here.' })).error).toMatch(/Give one thing to add/);
  });
});

describe('/add with pasted text and uploaded files', () => {
  const PASTED = [
    'Harbour strike ends after three weeks',
    'Outlet: Coast Courier',
    'Date: 2025-11-28',
    'URL: https://courier.example/harbour-strike',
    '',
    'Dock workers voted on Friday to end a strike that had closed the harbour for three weeks, the union said.',
    '',
    'The agreement gives workers a pay rise of 6 percent over two years, according to a copy seen by the Courier.',
  ].join('\n');

  it('GIVEN pasted text with Outlet:, Date: and URL: lines THEN stores them as front matter and the rest as the body', async () => {
    const answer = await add({ text: PASTED });
    expect(answer.stored).toMatchObject({
      action: 'added',
      sentences: 2,
      missing: ['author'],
      article: { headline: 'Harbour strike ends after three weeks', outlet: 'Coast Courier', date: '2025-11-28', url: 'https://courier.example/harbour-strike' },
    });
    const text = await readFile(join(dir, `${must(answer.stored).article.id}.md`), 'utf8');
    expect(text).toMatch(/^---\ntitle: Harbour strike ends after three weeks\noutlet: Coast Courier\ndate: 2025-11-28\nurl: https:\/\/courier.example\/harbour-strike\n/);
    expect(text).toMatch(/---\n\nDock workers voted on Friday/);
  });

  it('GIVEN a pasted article longer than an ordinary command line THEN takes it from the typed line', async () => {
    const long = `${PASTED}\n\n${'The talks went on late into the night, officials said. '.repeat(60)}`;
    expect(long.length).toBeGreaterThan(2000);
    const answer = await answerLine(`/add ${long}`, contextFor(ADMIN));
    expect(answer.stored?.action).toBe('added');
  });

  it('GIVEN text already held THEN names the existing article and stores nothing, however it is headed', async () => {
    const first = await add({ text: PASTED });
    const again = await add({ text: PASTED.replace('Coast Courier', 'Another Outlet') });
    expect(again).toMatchObject({ ok: true, stored: { action: 'duplicate', article: { id: must(first.stored).article.id } } });
    expect(must(again.notes[0]).message).toMatch(/already held as 005_/);
    const seed = await readFile(join(SEEDS, '001_37221fccf659f1c8.txt'), 'utf8');
    expect((await add({ text: seed })).stored).toMatchObject({ action: 'duplicate', article: { id: '001_37221fccf659f1c8' } });
    expect(await files()).toHaveLength(6);
  });

  it('GIVEN an uploaded .html file’s content THEN extracts the article from it', async () => {
    const answer = await add({ attachment: { name: 'ledger.html', content: ARTICLE_PAGE } });
    expect(answer.stored).toMatchObject({ action: 'added', missing: ['outlet', 'url'] });
    expect(must(answer.sections[0]).lines).toEqual(expect.arrayContaining(['Outlet: not found (the page itself claims “The Northern Ledger”)']));
  });

  it('GIVEN an uploaded .html file by its link on the platform’s file store THEN credits neither the file store nor the page’s claims', async () => {
    const answer = await add({ attachment: { name: 'ledger.html', url: server.url('/article') } });
    expect(answer.stored).toMatchObject({ action: 'added', missing: ['outlet', 'url'] });
    expect(must(answer.sections[0]).lines).toEqual(expect.arrayContaining(['Outlet: not found (the page itself claims “The Northern Ledger”)']));
  });

  it('GIVEN an uploaded .txt file by link, served as octet-stream THEN fetches and reads it', async () => {
    const answer = await add({ attachment: { name: 'story.txt', url: server.url('/story.txt') } });
    expect(answer.stored).toMatchObject({ action: 'added', article: { headline: 'Sea wall cracks again', outlet: 'Coast Courier' } });
  });

  it('GIVEN a stray phrase after /add THEN stores nothing and says an article needs more text', async () => {
    const answer = await add({ text: 'some pasted text' });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/has 3 words.*Nothing was stored/);
  });

  it('GIVEN an uploaded file of another kind THEN says which kinds it reads', async () => {
    expect((await add({ attachment: { name: 'scan.pdf', content: '%PDF' } })).error).toMatch(/\.txt, \.md and \.html files, not scan\.pdf/);
  });
});

describe('who may add and remove', () => {
  it('GIVEN someone not named as an admin THEN refuses politely, stores nothing, and searching still works', async () => {
    const fetchesBefore = server.hits.get('/article') ?? 0;
    const answer = await add({ url: server.url('/article') }, READER);
    expect(answer).toMatchObject({ ok: false, status: 'bad_input' });
    expect(answer.error).toMatch(/^Sorry, only the users this bot’s owners have named may add or remove articles/);
    expect(server.hits.get('/article') ?? 0).toBe(fetchesBefore);
    expect((await answerLine('/remove 001_37221fccf659f1c8', contextFor(READER))).error).toMatch(/^Sorry/);
    expect(await files()).toHaveLength(5);
    expect((await answerLine('/sources 5000 troops', contextFor(READER))).ok).toBe(true);
  });

  it('GIVEN an admin THEN /remove deletes the file and the library forgets the article', async () => {
    const { stored } = await add({ url: server.url('/article') });
    const answer = await answerLine(`/remove ${must(stored).article.id}`, contextFor(ADMIN));
    expect(answer).toMatchObject({ ok: true, stored: { action: 'removed', article: { id: must(stored).article.id } } });
    expect(await files()).not.toContain(`${must(stored).article.id}.md`);
    expect(store.library.article(must(stored).article.id)).toBeUndefined();
  });

  it('GIVEN an unknown id THEN /remove says so and removes nothing', async () => {
    const answer = await answerLine('/remove 999_nope', contextFor(ADMIN));
    expect(answer.error).toMatch(/no article with the id 999_nope/);
    expect(await files()).toHaveLength(5);
  });

  it('GIVEN the start of one id, as /source takes it THEN /remove removes that article', async () => {
    const answer = await answerLine('/remove 003', contextFor(ADMIN));
    expect(answer).toMatchObject({ ok: true, stored: { action: 'removed', article: { id: '003_3efcfc92afac0b08' } } });
    expect(await files()).not.toContain('003_3efcfc92afac0b08.txt');
    expect(await files()).toHaveLength(4);
  });

  it('GIVEN the start of several ids THEN /remove lists them and removes none', async () => {
    const answer = await answerLine('/remove 00', contextFor(ADMIN));
    expect(answer).toMatchObject({ ok: false, status: 'bad_input', errorCode: 'ambiguous_article' });
    expect(answer.error).toBe(
      '00 is the start of 5 article ids, so nothing was removed. Give more of the id: 000_28c2ac3548ae8731, 001_37221fccf659f1c8, 002_01c1ca2bbba549fb, 003_3efcfc92afac0b08, 004_14a452d33a2aa165.',
    );
    expect(await files()).toHaveLength(5);
  });

  it('GIVEN a library that cannot be rebuilt without the article THEN /remove says nothing was removed, and why', async () => {
    const reason = 'the library could not be rebuilt (it ran out of memory); the bot answers from the articles as they were';
    const failing = { ...store, remove: async () => ({ ok: false, reason: 'rebuild_failed', message: reason }) as const };
    const answer = await answerLine('/remove 001_37221fccf659f1c8', { ...contextFor(ADMIN), articles: failing });
    expect(answer.error).toBe(`The article could not be removed: ${reason}. Nothing was changed.`);
  });

  it('GIVEN a bot started without a writable articles folder THEN says its articles are fixed', async () => {
    const { articles: _articles, ...fixed } = contextFor(ADMIN);
    expect((await answerArgs('add', { url: server.url('/article') }, fixed)).error).toMatch(/articles are fixed here/);
  });
});

describe('npm run ask', () => {
  it('GIVEN /add <url> with --json THEN answers with the new article’s id', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [...nodeArgsFor('src/ask.ts'), '--json', `/add ${server.url('/article')}`], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, SEEDS_DIR: dir, CACHE_DIR: processCacheDir(), ALLOW_PRIVATE_URLS: 'true' },
    });
    const answer = Answer.parse(JSON.parse(stdout));
    expect(answer.stored?.article.id).toMatch(/^005_/);
    expect(await files()).toContain(`${must(answer.stored).article.id}.md`);
  }, 60_000);
});
