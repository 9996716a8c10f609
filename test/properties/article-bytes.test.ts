import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, readArticle, type ReadResult } from '../../src/corpus/load.ts';
import { articleText, SEED, TRICKY } from './arbitraries.ts';

/** Cases run, as docs/reliability.md reports them. */
const BYTES_RUNS = 3000;

/** A read either skipped the file with a reason naming it, or gave an article whose every span is a verbatim slice. */
function expectSound(file: string, result: ReadResult): void {
  if (!result.ok) {
    expect(result.warning.file).toBe(file);
    expect(result.warning.reason.length).toBeGreaterThan(0);
    return;
  }
  const { article } = result;
  expect(article.sentences.length).toBeGreaterThan(0);
  for (const sentence of article.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(0);
    expect(sentence.end).toBeLessThanOrEqual(article.text.length);
    expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  }
  for (const paragraph of article.paragraphs) expect(paragraph.end).toBeLessThanOrEqual(article.text.length);
}

const encoder = new TextEncoder();
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 1500 }),
  articleText.map((text) => encoder.encode(text)),
  fc.tuple(fc.constantFrom('\uFEFF', ''), articleText, fc.constantFrom('\n', '\r\n')).map(([bom, text, newline]) => encoder.encode(bom + text.replace(/\n/gu, newline))),
  fc.record({ title: fc.string(), body: articleText, date: fc.string({ maxLength: 20 }) }).map((fields) => encoder.encode(JSON.stringify(fields))),
  articleText.map((text) => encoder.encode(`---\ntitle: ${text.slice(0, 30)}\n---\n${text}`)),
);

describe('any bytes as an article file (property)', () => {
  it(`GIVEN ${BYTES_RUNS} generated files in every format THEN each is loaded with verbatim sentences or skipped with a reason, never a crash`, () => {
    fc.assert(
      fc.property(fileBytes, fc.constantFrom('a.txt', 'a.md', 'a.json'), (bytes, file) => expectSound(file, readArticle(file, bytes))),
      { seed: SEED, numRuns: BYTES_RUNS },
    );
  }, 120_000);
});

describe('named hostile files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-hostile-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const story = 'Officials said 5,000 troops arrived on Monday. Others denied it.';
  const cases: Array<[string, 'loaded' | 'skipped', string | Uint8Array]> = [
    ['bom.txt', 'loaded', `\uFEFFA headline\n\n${story}`],
    ['crlf.txt', 'loaded', `A headline\r\n\r\n${story}\r\nA second paragraph, it said.\r\n`],
    ['zero.txt', 'skipped', new Uint8Array(0)],
    ['one-line.txt', 'loaded', `${'word '.repeat(19_999)}ended`],
    ['rtl.txt', 'loaded', `عنوان\n\n\u202Eمرحبا بالعالم. ${story} שלום עולם.\u200F`],
    ['zero-width.txt', 'loaded', `Head\u200Bline\n\nOffi\u200Dcials said 5,000\u200B troops arrived. ${story}`],
    ['emoji.md', 'loaded', `# Troops 🪖 arrive\n\n${story} 👩‍👩‍👧 🇺🇦 reacted.`],
    ['nul.txt', 'skipped', `A headline\n\n${story}\u0000`],
    ['bom-crlf.json', 'skipped', `\uFEFF${JSON.stringify({ title: 'T', body: `${story}\r\nMore, it said.` })}`],
    ['tricky.txt', 'loaded', `Headline\n\n${TRICKY.filter((piece) => piece !== '\u0000').join(' ')} ${story}`],
  ];

  it.each(cases)('GIVEN %s THEN it is %s, with every sentence a verbatim slice', async (file, expected, content) => {
    await writeFile(join(dir, file), content);
    const bytes = typeof content === 'string' ? encoder.encode(content) : content;
    const result = readArticle(file, bytes);
    expectSound(file, result);
    expect(result.ok ? 'loaded' : 'skipped').toBe(expected);
  });

  it('GIVEN a 20 MB file beside good ones THEN it is skipped with a warning and the folder still loads', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'All work and no play. '));
    const { articles, warnings } = await loadArticles(dir);
    expect(warnings.find((warning) => warning.file === 'huge.txt')?.reason).toContain('larger than 10 MB');
    expect(articles.map((article) => article.file)).toContain('one-line.txt');
    expect(articles.find((article) => article.file === 'one-line.txt')?.text.length).toBe(100_000);
  });
});
