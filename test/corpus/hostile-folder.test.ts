import { execFileSync } from 'node:child_process';
import { link, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.ts';
import { removeStaleTemporaryFiles } from '../../src/corpus/temporary-files.ts';
import { addArticle } from '../../src/ingest/add-article.ts';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { openArticleStore } from '../../src/library/article-store.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { must } from '../support/must.ts';

const STORY = 'Ferry service resumes\n\nThe ferry between the two islands ran again on Friday after a week of storms, the operator said. Passengers said the crossing was rough but on time.';

let dir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-folder-'));
  cacheDir = await mkdtemp(join(tmpdir(), 'crosscheck-cache-'));
  await writeFile(join(dir, 'ferry.txt'), STORY);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

describe('files in the articles folder that are not regular files', () => {
  it('GIVEN a named pipe (FIFO) named like an article THEN start-up through the snapshot skips it with the reason instead of hanging', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const warnings: string[] = [];
    const library = await loadLibrary(dir, (message) => warnings.push(message), { cacheDir });
    expect(library.articles.map((article) => article.id)).toEqual(['ferry']);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/skipped pipe\.txt: it is a named pipe \(FIFO\), not a regular file/)]));
  }, 60_000);

  it('GIVEN a named pipe THEN the loader skips it with the reason', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const { articles, warnings } = await loadArticles(dir);
    expect(articles).toHaveLength(1);
    expect(warnings).toEqual([{ file: 'pipe.md', reason: expect.stringMatching(/named pipe/) }]);
  });

  it('GIVEN a symbolic link named like an article THEN skips it rather than read what it points to', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'crosscheck-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), 'Private notes\n\nThe password for the staff network is written on the whiteboard, the manager said.');
      await symlink(join(outside, 'secret.txt'), join(dir, 'linked.txt'));
      const { articles, warnings } = await loadArticles(dir);
      expect(articles.map((article) => article.id)).toEqual(['ferry']);
      expect(warnings).toEqual([{ file: 'linked.txt', reason: expect.stringMatching(/symbolic link/) }]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('GIVEN a stray file over the size cap THEN both readers skip it for its size', async () => {
    await writeFile(join(dir, 'dump.txt'), Buffer.alloc(11 * 1024 * 1024, 'All work and no play. '));
    const warnings: string[] = [];
    await loadLibrary(dir, (message) => warnings.push(message), { cacheDir });
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/skipped dump\.txt: the file is larger than 10 MB/)]));
  });
});

describe('a stray file in the articles folder and the library snapshot', () => {
  it.each([
    ['a named pipe (FIFO)', (path: string) => Promise.resolve(void execFileSync('mkfifo', [path]))],
    ['a file over the size cap', (path: string) => writeFile(path, '').then(() => truncate(path, 11 * 1024 * 1024))],
  ])('GIVEN %s skipped at one start THEN the next start restores the library from its snapshot rather than rebuilding it', async (_what, make) => {
    await make(join(dir, 'stray.txt'));
    await loadLibrary(dir, () => undefined, { cacheDir, readAhead: false });
    const warnings: string[] = [];
    await loadLibrary(dir, (message) => warnings.push(message), { cacheDir, readAhead: false });
    expect(warnings).toEqual([expect.stringMatching(/^crosscheck: skipped stray\.txt: /)]);
  });
});

describe('temporary files left by a write that was cut short', () => {
  it('GIVEN a temporary file of a process that is gone, and one linked to its article THEN both are removed and the article stays', async () => {
    const deadPid = 2 ** 22 + 12_345;
    await writeFile(join(dir, `.006_aaaa.md.${deadPid}.tmp`), STORY);
    await writeFile(join(dir, '007_bbbb.md'), STORY.replace('Friday', 'Saturday'));
    await link(join(dir, '007_bbbb.md'), join(dir, `.007_bbbb.md.${deadPid}.tmp`));
    const logged: string[] = [];
    await removeStaleTemporaryFiles(dir, (message) => logged.push(message));
    expect((await readdir(dir)).sort()).toEqual(['007_bbbb.md', 'ferry.txt']);
    expect(await readFile(join(dir, '007_bbbb.md'), 'utf8')).toContain('Saturday');
    expect(logged).toHaveLength(2);
  });

  it('GIVEN temporary files of a process that is gone, named after articles the operator named THEN they are removed too', async () => {
    const deadPid = 2 ** 22 + 12_345;
    const names = [`.report (1).txt.${deadPid}.tmp`, `.Café notes.MD.${deadPid}.tmp`, `.brief.markdown.${deadPid}.tmp`];
    for (const name of names) await writeFile(join(dir, name), STORY);
    await removeStaleTemporaryFiles(dir, () => undefined);
    expect(await readdir(dir)).toEqual(['ferry.txt']);
  });

  it('GIVEN a temporary file of a process still running THEN leaves it, since it is being written', async () => {
    const name = `.008_cccc.md.${process.pid}.tmp`;
    await writeFile(join(dir, name), STORY);
    await removeStaleTemporaryFiles(dir, () => undefined);
    expect(await readdir(dir)).toContain(name);
  });
});

describe('links in article files', () => {
  it.each([
    ['a URL: line', 'story.txt', 'Ferry service resumes\nURL: javascript:alert(document.cookie)\n\nThe ferry ran again on Friday after a week of storms, the operator said.'],
    ['front matter', 'story.md', '---\ntitle: Ferry service resumes\nurl: file:///etc/passwd\n---\n\nThe ferry ran again on Friday after a week of storms, the operator said.'],
    [
      'a JSON field',
      'story.json',
      JSON.stringify({ title: 'Ferry service resumes', url: 'data:text/html,<script>alert(1)</script>', body: 'The ferry ran again on Friday after a week of storms, the operator said.' }),
    ],
  ])('GIVEN a link that is not http or https in %s THEN the article keeps no URL', async (_where, file, text) => {
    await rm(join(dir, 'ferry.txt'));
    await writeFile(join(dir, file), text);
    const { articles } = await loadArticles(dir);
    expect(articles).toHaveLength(1);
    expect(must(articles[0]).meta.url).toBeUndefined();
  });

  it('GIVEN an https link in a URL: line THEN the article keeps it', async () => {
    await writeFile(join(dir, 'ferry.txt'), 'Ferry service resumes\nURL: https://islands.example/ferry\n\nThe ferry ran again on Friday after a week of storms, the operator said.');
    expect(must((await loadArticles(dir)).articles[0]).meta.url).toBe('https://islands.example/ferry');
  });
});

describe('numbering the next article', () => {
  it('GIVEN a file named with a huge number THEN the next article gets the next number, written out in digits', async () => {
    await writeFile(join(dir, '100000000000000000000000_x.txt'), STORY.replace('ferry', 'bus'));
    const store = await openArticleStore(dir, () => undefined);
    const outcome = await addArticle(
      { kind: 'text', text: 'Harbour wall repaired\n\nWorkers finished repairing the harbour wall on Monday, the council said, two months after a storm broke part of it.' },
      { store, fetchPage: createPageFetcher(), addedBy: 'console', now: new Date('2025-12-04T12:00:00Z') },
    );
    expect(outcome).toMatchObject({ status: 'added', article: { id: expect.stringMatching(/^100000000000000000000001_[0-9a-f]{16}$/) } });
  });
});
