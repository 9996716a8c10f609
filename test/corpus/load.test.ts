import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticleFiles, loadArticles, readArticle, readArticleFiles, readArticleFilesSync, scanFolder, sizeKeysOf } from '../../src/corpus/load.ts';
import { shareOut } from '../../src/corpus/parallel-read.ts';
import { SEED, seed, seedArticles } from '../support/seeds.ts';
import { must } from '../support/must.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('loading the seed articles', () => {
  it('loads all five seeds, each under its file name without the extension', async () => {
    expect((await seedArticles()).map((article) => article.id)).toEqual(Object.values(SEED));
  });

  it('finds the headline of 000 on its first line and no outlet or date', async () => {
    const { meta } = await seed('000');
    expect(meta).toEqual({ headline: 'Unprecedented Military Mobilization Along Kursk Border Sparks Concern Over Regional Tensions' });
  });

  it('finds no headline in 001 and 002, whose first line is body text', async () => {
    expect((await seed('001')).meta).toEqual({});
    expect((await seed('002')).meta).toEqual({});
    expect(must((await seed('001')).sentences[0]).text).toMatch(/^Kursk Governor Alexander Khinstsen recently provided/);
  });

  it('reads the outlet, headline, dateline and tag line of 003', async () => {
    expect((await seed('003')).meta).toEqual({
      outlet: 'KPBI Palm Beach International',
      headline: 'Unprecedented Military and Logistical Operation Underway Along Kursk Oblast Border, Reveals Governor Khinstsen During Meeting with Putin',
      date: '2025-12-02',
      dateText: 'Dec 2, 2025 World News',
      tagLine: 'militarynorth koreapoliticsrussia',
    });
  });

  it('keeps the tag line of 003 out of its sentences', async () => {
    const article = await seed('003');
    expect(must(article.sentences.at(-1)).text).toMatch(/volatile region\.$/);
  });

  it('finds the headline of 004 and no byline, outlet or date', async () => {
    expect((await seed('004')).meta).toEqual({ headline: 'Covert Military Buildup Along Kursk-Ukraine Border Revealed in Rare Kremlin Meeting' });
  });

  it('makes every sentence of every seed a verbatim slice of its file', async () => {
    for (const article of await seedArticles()) {
      for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('keeps paragraphs and sentences inside the body, in order, without overlaps', async () => {
    for (const article of await seedArticles()) {
      let last = article.body.start;
      for (const sentence of article.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(last);
        expect(sentence.end).toBeLessThanOrEqual(article.body.end);
        last = sentence.end;
      }
    }
  });

  it('keeps a quotation that spans a line break in one paragraph', async () => {
    const article = await seed('000');
    const last = must(article.paragraphs.at(-1));
    expect(article.text.slice(last.start, last.end)).toContain("'But we also fear what this means for the future.\nWe just want peace.'");
  });

  it('ends a sentence after a closing quotation mark that ends it', async () => {
    const texts = (await seed('000')).sentences.map((sentence) => sentence.text);
    expect(texts).toContain(
      "Speaking to RIA Novosti, Khinstsen emphasized the scale of the operation, stating, 'An unprecedented scale is being deployed, including engineering troops, Rosgarde, MChS, and engineering formations of the KNR armed forces.'",
    );
    expect(texts).toContain('This coordinated effort, he explained, aims to bolster infrastructure resilience and ensure the safety of local communities amid heightened regional tensions.');
  });

  it('does not end a sentence at an apostrophe inside a single-quoted quotation', async () => {
    const texts = (await seed('004')).sentences.map((sentence) => sentence.text);
    expect(texts).toContain(
      'Sources close to the meeting confirmed that the details were shared under strict confidentiality, with Khinstsen warning that ‘any unauthorized disclosure would compromise the mission’s integrity.’',
    );
  });

  it('does not split figures like 5,000 or dashes in the middle of a sentence', async () => {
    const texts = (await seed('002')).sentences.map((sentence) => sentence.text);
    expect(texts.some((text) => text.startsWith('The reported deployment of approximately 5,000 North Korean engineering troops'))).toBe(true);
    expect(texts.some((text) => text.includes('near the Russian-Ukrainian border—a development that has not been officially confirmed'))).toBe(true);
  });

  it('numbers paragraphs as a reader counts them', async () => {
    const article = await seed('003');
    const demining = must(article.sentences.find((sentence) => sentence.text.includes('demining')));
    expect(demining.paragraph).toBe(10);
  });
});

describe('reading other formats', () => {
  it('reads a Markdown file with front matter, offsets counting the front matter', () => {
    const text = '---\ntitle: Troops arrive\noutlet: Wire\ndate: 2025-12-03\nauthor: A. Writer\n---\nFive thousand troops arrived on Monday. Officials said so.\n';
    const result = readArticle('wire.md', bytes(text));
    if (!result.ok) throw new Error(result.warning.reason);
    expect(result.article.meta).toMatchObject({ headline: 'Troops arrive', outlet: 'Wire', date: '2025-12-03', author: 'A. Writer' });
    expect(result.article.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Five thousand troops arrived on Monday.', 'Officials said so.']);
  });

  it('reads a JSON article, with offsets into its body', () => {
    const body = 'The agency said 5,000 troops moved.\n\nNo one confirmed it.';
    const result = readArticle('agency.json', bytes(JSON.stringify({ title: 'Moves', outlet: 'Desk', date: 'Dec 2, 2025', body })));
    if (!result.ok) throw new Error(result.warning.reason);
    expect(result.article.meta).toMatchObject({ headline: 'Moves', outlet: 'Desk', date: '2025-12-02' });
    expect(result.article.sentences.map((sentence) => body.slice(sentence.start, sentence.end))).toEqual(['The agency said 5,000 troops moved.', 'No one confirmed it.']);
  });

  it('keeps a byte-order mark in the text so offsets still slice exactly', () => {
    const text = '\uFEFFTroops moved.\nThey stayed.';
    const result = readArticle('bom.txt', bytes(text));
    if (!result.ok) throw new Error(result.warning.reason);
    for (const sentence of result.article.sentences) expect(result.article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('GIVEN a first line that asks a short question THEN it is the headline, not the first sentence', () => {
    const result = readArticle('question.txt', bytes('Could the merger be a blessing in disguise?\nOther things being equal, the deal ought to be bad for business.\n'));
    if (!result.ok) throw new Error(result.warning.reason);
    expect(result.article.meta.headline).toBe('Could the merger be a blessing in disguise?');
    expect(result.article.sentences.map((sentence) => sentence.text)).toEqual(['Other things being equal, the deal ought to be bad for business.']);
  });

  it('GIVEN a first line of two sentences ending in a question THEN it is body text', () => {
    const result = readArticle('two.txt', bytes('Troops moved on Monday. Why now?\nThey stayed.\n'));
    if (!result.ok) throw new Error(result.warning.reason);
    expect(result.article.meta.headline).toBeUndefined();
  });

  it('reads a file with Windows line endings', () => {
    const result = readArticle('crlf.txt', bytes('A headline\r\nTroops moved on Monday.\r\nThey stayed.\r\n'));
    if (!result.ok) throw new Error(result.warning.reason);
    expect(result.article.meta.headline).toBe('A headline');
    expect(result.article.sentences.map((sentence) => sentence.text)).toEqual(['Troops moved on Monday.', 'They stayed.']);
  });
});

describe('skipping files that are not articles', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['binary.txt', new Uint8Array([0x54, 0x00, 0x01, 0x02]), /binary/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]), /UTF-8/],
    ['broken.json', bytes('{"title": "x", "body": '), /not valid JSON/],
    ['bodiless.json', bytes('{"title": "x"}'), /body/],
    ['broken.md', bytes('---\ntitle: [unclosed\n---\nBody text.'), /front matter/],
    ['blank.txt', bytes('  \n\n  '), /empty/],
    ['SOURCE_README.TXT', bytes('Consists of 2,000 documents from a news website.'), /read-me/],
    ['readme.md', bytes('# About this folder\n\nArticles collected in May.'), /read-me/],
  ])('skips %s with a reason', (file, content, reason) => {
    const result = readArticle(file, content);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.warning).toEqual({ file, reason: expect.stringMatching(reason) });
  });

  it('reads an article whose name only contains the letters of read-me inside other words', () => {
    const result = readArticle('bread-prices-already-made-headlines.txt', bytes('Bread prices rose by 5% in May.'));
    expect(result.ok).toBe(true);
  });

  it('loads the good files of a folder and warns once for each bad one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-'));
    await writeFile(join(dir, 'good.txt'), 'Troops moved on Monday.');
    await writeFile(join(dir, 'bad.json'), '{nope');
    await writeFile(join(dir, 'notes.csv'), 'a,b');
    const { articles, warnings } = await loadArticles(dir);
    expect(articles.map((article) => article.id)).toEqual(['good']);
    expect(warnings).toHaveLength(1);
    expect(must(warnings[0]).file).toBe('bad.json');
  });

  it('GIVEN good, bad, oversized, vanished and folder entries THEN the blocking reader of the worker threads gives exactly what the reader of this thread gives', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-'));
    try {
      await writeFile(join(dir, 'good.txt'), 'A headline\n\nTroops moved on Monday. Officials said so.');
      await writeFile(join(dir, 'bad.json'), '{nope');
      await writeFile(join(dir, 'huge.txt'), Buffer.alloc(11 * 1024 * 1024, 'All work and no play. '));
      await mkdir(join(dir, 'folder.md'));
      const names = [...(await listArticleFiles(dir)), 'vanished.txt'];
      const expected = await readArticleFiles(dir, names);
      expect(expected.map((result) => result.ok)).toEqual([false, false, true, false, false]);
      expect(readArticleFilesSync(dir, names)).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('reading copies of one story', () => {
  const story = 'Port strike ends\n\nDockers returned to work on Tuesday, the union said. Cranes moved again by noon.';

  it('GIVEN a story filed twice THEN the second file is read as the first under its own name, as reading it alone gives', () => {
    const earlier = new Map();
    const first = readArticle('wire.txt', bytes(story), earlier);
    const copy = readArticle('wire-again.txt', bytes(story), earlier);
    expect(copy).toEqual(readArticle('wire-again.txt', bytes(story)));
    expect(first.ok && copy.ok && copy.article.sentences.map((sentence) => sentence.id)).toEqual(['wire-again#0', 'wire-again#1']);
  });

  it('GIVEN a story filed twice THEN the copy is not split again: its metadata and paragraphs are the first file’s own objects', () => {
    const earlier = new Map();
    const first = readArticle('wire.txt', bytes(story), earlier);
    const copy = readArticle('wire-again.txt', bytes(story), earlier);
    if (!first.ok || !copy.ok) throw new Error('both files should be read');
    expect(copy.article.paragraphs).toBe(first.article.paragraphs);
    expect(copy.article.meta).toBe(first.article.meta);
  });

  it('GIVEN the same bytes as Markdown and as plain text THEN each file is read in its own format', () => {
    const markdown = '# Port strike ends\n\nDockers returned to work on Tuesday.';
    const earlier = new Map();
    readArticle('wire.txt', bytes(markdown), earlier);
    expect(readArticle('wire.md', bytes(markdown), earlier)).toEqual(readArticle('wire.md', bytes(markdown)));
  });

  it('GIVEN a read-me with the same bytes as an article read before THEN it is still skipped as a read-me', () => {
    const earlier = new Map();
    readArticle('wire.txt', bytes(story), earlier);
    expect(readArticle('README.txt', bytes(story), earlier).ok).toBe(false);
  });
});

describe('sharing a scanned folder out before any file is read', () => {
  it('GIVEN a wire story filed twice beside another story THEN the two copies share a key, and two workers get the copies in one share', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-'));
    try {
      const wire = 'Port strike ends\n\nDockers returned to work on Tuesday, the union said.';
      await writeFile(join(dir, 'a-wire.txt'), wire);
      await writeFile(join(dir, 'b-wire-again.txt'), wire);
      await writeFile(join(dir, 'c-budget.txt'), 'Budget vote delayed\n\nThe council will vote next week instead.');
      const keys = sizeKeysOf(await scanFolder(dir));
      expect(keys[0]).toBe(keys[1]);
      expect(keys[2]).not.toBe(keys[0]);
      expect(shareOut(3, 2, keys)).toEqual([[0, 1], [2]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('GIVEN a folder entry that is not a regular file THEN it has no key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-'));
    try {
      await mkdir(join(dir, 'folder.md'));
      expect(sizeKeysOf(await scanFolder(dir))).toEqual(['']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
