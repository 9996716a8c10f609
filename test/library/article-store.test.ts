import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleStore, openArticleStore } from '../../src/library/article-store.ts';
import { loadArticles } from '../../src/corpus/load.ts';
import { buildLibrary } from '../../src/library/library.ts';
import { renderArticleMarkdown } from '../../src/corpus/write.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const ARTICLE = renderArticleMarkdown({ title: 'Ferry returns', outlet: 'Island Post' }, 'The ferry ran again on Monday after a week of storms, the operator said.');

describe('the article store', () => {
  it('GIVEN a new file THEN writes it, rebuilds and swaps in the library', async () => {
    const store = await openArticleStore(dir, () => undefined);
    const before = store.library;
    const change = await store.add('000_ferry.md', ARTICLE);
    expect(change).toMatchObject({ ok: true, article: { id: '000_ferry', meta: { headline: 'Ferry returns', outlet: 'Island Post' } } });
    expect(store.library).not.toBe(before);
    expect(before.articles).toHaveLength(0);
    expect(store.library.article('000_ferry')).toBeDefined();
  });

  it('GIVEN a snapshot still being saved THEN a change waits until it is', async () => {
    let settle = (): void => {};
    const saved = new Promise<void>((resolve) => (settle = resolve));
    const store = createArticleStore(dir, buildLibrary([]), undefined, { saved, rebuildIn: 'main' });
    const adding = store.add('000_ferry.md', ARTICLE);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await readdir(dir)).toEqual([]);
    settle();
    expect(await adding).toMatchObject({ ok: true });
    expect(store.library.article('000_ferry')).toBeDefined();
  });

  it('GIVEN a name already taken THEN refuses to overwrite it', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await store.add('000_ferry.md', ARTICLE);
    expect(await store.add('000_ferry.md', ARTICLE.replace('Monday', 'Tuesday'))).toMatchObject({ ok: false, reason: 'exists' });
  });

  it('GIVEN text the loader cannot read THEN removes the file again', async () => {
    const store = await openArticleStore(dir, () => undefined);
    expect(await store.add('000_empty.md', '---\ntitle: Nothing\n---\n')).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('GIVEN two changes at once THEN makes them one after the other, leaving no temporary files', async () => {
    const store = await openArticleStore(dir, () => undefined);
    const results = await Promise.all([store.add('000_a.md', ARTICLE), store.add('001_b.md', ARTICLE.replace('ferry', 'bus'))]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(store.library.articles.map((article) => article.id)).toEqual(['000_a', '001_b']);
    expect(await readdir(dir)).toEqual(['000_a.md', '001_b.md']);
  });

  it('GIVEN a file edited by hand THEN reload picks it up', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await writeFile(join(dir, '002_hand.txt'), 'Hand-written headline\n\nA sentence written by hand in the folder.');
    expect(store.library.article('002_hand')).toBeUndefined();
    await store.reload();
    expect(store.library.article('002_hand')?.meta.headline).toBe('Hand-written headline');
  });

  it('GIVEN a file name with a folder in it THEN refuses it as a bug', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await expect(store.add('../escape.md', ARTICLE)).rejects.toThrow(/not a plain article file name/);
  });

  it('GIVEN a file added THEN the articles already there are not read again, and the library is the one a fresh load builds', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await store.add('000_ferry.md', ARTICLE);
    const ferry = store.library.article('000_ferry');
    await store.add('001_bus.md', ARTICLE.replace('ferry', 'bus').replace('Ferry', 'Bus'));
    expect(store.library.article('000_ferry')).toBe(ferry);
    const fresh = await loadArticles(dir);
    const rebuilt = buildLibrary(fresh.articles, fresh.warnings);
    expect(store.library.articles).toEqual(rebuilt.articles);
    for (const article of rebuilt.articles) {
      expect(article.sentences.map((sentence) => store.library.certaintyOf(sentence))).toEqual(article.sentences.map((sentence) => rebuilt.certaintyOf(sentence)));
    }
    expect(store.library.index.search('ferry operator').hits.map((hit) => hit.sentence.id)).toEqual(rebuilt.index.search('ferry operator').hits.map((hit) => hit.sentence.id));
  });

  it('GIVEN a file added THEN the entity readings of the articles already there are reused, not read again', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await store.add('000_ferry.md', ARTICLE);
    const reading = store.library.entities.readings.get('000_ferry');
    expect(reading).toBeDefined();
    await store.add('001_bus.md', ARTICLE.replace('ferry', 'bus').replace('Ferry', 'Bus'));
    expect(store.library.entities.readings.get('000_ferry')).toBe(reading);
  });

  it('GIVEN a file edited by hand after it was loaded THEN reload reads that file again', async () => {
    const store = await openArticleStore(dir, () => undefined);
    await store.add('000_ferry.md', ARTICLE);
    await writeFile(join(dir, '000_ferry.md'), ARTICLE.replace('Monday', 'Thursday'));
    await store.reload();
    expect(store.library.article('000_ferry')?.text).toContain('Thursday');
  });
});
