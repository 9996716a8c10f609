import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { buildLibrary, snapshotOf, type Library } from '../../src/library/library.ts';
import { scanFolder } from '../../src/corpus/load.ts';
import { checksumOf, loadLibraryCached, rebuildIntoSnapshot, snapshotFolder } from '../../src/library/snapshot.ts';
import { must } from '../support/must.ts';
import { sentencesMade } from '../../src/model/sentences-on-demand.ts';
import { tokenize } from '../../src/text/normalise.ts';

const QUERIES = ['/sources 5000 troops', '/sources Goremikin', '/who Goremykin', '/who KNR', '/quote unwavering support', '/cite 5000 troops apa', '/sources zzzz qqqq'];

async function answersOf(library: Library): Promise<string[]> {
  const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
  return Promise.all(QUERIES.map(async (line) => JSON.stringify(await answerLine(line, context))));
}

describe('library snapshot', () => {
  let work: string;
  let articles: string;
  let cacheDir: string;
  let warnings: string[];
  const load = () => loadLibraryCached(articles, { cacheDir, warn: (message) => warnings.push(message) });

  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'crosscheck-snapshot-'));
    articles = join(work, 'articles');
    cacheDir = join(work, 'cache');
    await cp('seeds', articles, { recursive: true });
    warnings = [];
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  // The seeds built and saved once for the tests that only restore the snapshot and compare: a restore writes nothing, and
  // the files, copied in moments before the build, are opened and hashed by every restore as by the first.
  let savedOnce: Promise<{ folder: string; built: Awaited<ReturnType<typeof loadLibraryCached>> }> | undefined;
  const sharedLoad = (folder: string) => loadLibraryCached(join(folder, 'articles'), { cacheDir: join(folder, 'cache'), warn: (message) => warnings.push(message) });
  const savedSeeds = () =>
    (savedOnce ??= (async () => {
      const folder = await mkdtemp(join(tmpdir(), 'crosscheck-snapshot-saved-'));
      await cp('seeds', join(folder, 'articles'), { recursive: true });
      return { folder, built: await sharedLoad(folder) };
    })());
  /** The seeds built once (savedSeeds), and a start from their snapshot made now. */
  const builtAndRestored = async () => {
    const { folder, built } = await savedSeeds();
    return { built, restored: await sharedLoad(folder) };
  };
  afterAll(async () => {
    if (savedOnce) await rm((await savedOnce).folder, { recursive: true, force: true });
  });

  it('GIVEN a save in the background THEN gives the library before its snapshot is written, and the next load restores it once saved', async () => {
    const built = await loadLibraryCached(articles, { cacheDir, warn: (message) => warnings.push(message), saveInBackground: true });
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
    await built.saved;
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    expect(await answersOf(restored.library)).toEqual(await answersOf(built.library));
  });

  it('GIVEN the half-written snapshot of a process that died mid-save THEN the next save removes it', async () => {
    const folder = snapshotFolder(cacheDir, articles);
    const abandoned = `${folder}.writing-2147483646`;
    await mkdir(abandoned, { recursive: true });
    await writeFile(join(abandoned, 'files.0.json'), '[]');
    const built = await load();
    await built.saved;
    expect(await readdir(cacheDir)).not.toContain(abandoned.split('/').pop());
  });

  it('GIVEN a first load THEN builds, and a second load restores the snapshot with the same answers', async () => {
    const built = await load();
    expect(built.source).toBe('built');
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    expect(restored.reread).toBe(0);
    expect(await answersOf(restored.library)).toEqual(await answersOf(built.library));
    expect(restored.library.entities.entities.length).toBe(built.library.entities.entities.length);
    expect(warnings).toEqual([]);
  });

  it('GIVEN no snapshot, read workers and a story filed twice THEN the workers’ articles give the answers of a load on this thread, and a snapshot the next load restores whole', async () => {
    // A story filed twice: copies go to one worker, which reads the story once.
    await cp(join(articles, '000_28c2ac3548ae8731.txt'), join(articles, '000-again.txt'));
    const inWorkers = await loadLibraryCached(articles, { cacheDir, warn: (message) => warnings.push(message), threads: 2 });
    const onThisThread = await loadLibraryCached(articles, { cacheDir: join(work, 'cache-one-thread'), warn: (message) => warnings.push(message), threads: 1 });
    expect(inWorkers.source).toBe('built');
    expect(await answersOf(inWorkers.library)).toEqual(await answersOf(onThisThread.library));
    const restored = await loadLibraryCached(articles, { cacheDir, warn: (message) => warnings.push(message), threads: 2 });
    expect(restored.source).toBe('snapshot');
    expect(restored.reread).toBe(0);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('GIVEN a restored library WHEN it reads ahead THEN it holds every sentence’s certainty as the built one does, answers unchanged', async () => {
    const { built, restored } = await builtAndRestored();
    await restored.library.warmUp();
    const certainties = (library: Library) => library.articles.flatMap((article) => article.sentences.map((sentence) => library.certaintyOf(sentence)));
    expect(certainties(restored.library)).toEqual(certainties(built.library));
    expect(certainties(restored.library).every((certainty) => certainty !== undefined)).toBe(true);
    expect(await answersOf(restored.library)).toEqual(await answersOf(built.library));
  });

  it('GIVEN a restored library WHEN it reads ahead THEN sentences with equal certainties share one object, as the snapshot saves each distinct certainty once', async () => {
    const { library } = (await builtAndRestored()).restored;
    await library.warmUp();
    const certainties = library.articles.flatMap((article) => article.sentences.map((sentence) => library.certaintyOf(sentence)));
    const distinct = new Set(certainties.map((certainty) => JSON.stringify(certainty)));
    expect(new Set(certainties).size).toBe(distinct.size);
    expect(distinct.size).toBeLessThan(certainties.length);
  });

  it('GIVEN a restored library THEN its sentences are the built one’s: ids, offsets, paragraphs and text', async () => {
    const { built, restored } = await builtAndRestored();
    expect(restored.source).toBe('snapshot');
    const sentences = (library: Library) => library.articles.flatMap((article) => article.sentences);
    expect(sentences(restored.library)).toEqual(sentences(built.library));
  });

  it('GIVEN a start from the snapshot THEN no article’s sentences are made until something reads them, and reading one article’s makes only its own', async () => {
    const { library, source } = (await builtAndRestored()).restored;
    expect(source).toBe('snapshot');
    expect(library.articles.some((article) => sentencesMade(article.sentences))).toBe(false);
    const [first, ...others] = library.articles;
    expect(library.sentence(must(first).id, 0)?.id).toBe(`${must(first).id}#0`);
    expect(sentencesMade(must(first).sentences)).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((article) => sentencesMade(article.sentences))).toBe(false);
  });

  it('GIVEN a start from the snapshot THEN reading ahead (the names each article writes among it) makes no article’s sentences', async () => {
    const { library } = (await builtAndRestored()).restored;
    await library.warmUp();
    expect(library.articles.some((article) => sentencesMade(article.sentences))).toBe(false);
    const [entity] = library.entities.entities;
    expect(library.entities.articleIdsOf(must(entity)).length).toBeGreaterThan(0);
    expect(library.articles.some((article) => sentencesMade(article.sentences))).toBe(false);
  });

  it('GIVEN a restored library THEN its quotations read as the built one’s, each quote the article’s own words at its offsets', async () => {
    const { built, restored } = await builtAndRestored();
    expect(restored.source).toBe('snapshot');
    const quotations = (library: Library) => library.articles.flatMap((article) => library.analysisOf(article.id)?.quotations ?? []);
    expect(quotations(restored.library)).toEqual(quotations(built.library));
    expect(quotations(restored.library).length).toBeGreaterThan(0);
    for (const article of restored.library.articles) {
      for (const quotation of restored.library.analysisOf(article.id)?.quotations ?? []) expect(quotation.text).toBe(article.text.slice(quotation.start, quotation.end));
    }
  });

  it('GIVEN a restored library WHEN asked /who THEN it reads only the certainty analyses of the articles it cites', async () => {
    const { library } = await load();
    const saved = snapshotOf(library);
    const read = new Set<number>();
    const analyses = { ...saved.analyses, at: (i: number) => (read.add(i), saved.analyses.at(i)) };
    const restored = buildLibrary(library.articles, [], { snapshot: { ...saved, analyses } });
    const context = { library: restored, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
    const answer = await answerLine('/who Kremlin', context);
    expect(answer).toEqual(await answerLine('/who Kremlin', { ...context, library }));
    const cited = new Set(answer.results.map((citation) => citation.articleId));
    expect([...read].map((i) => must(library.articles[i]).id).sort()).toEqual([...cited].sort());
    expect(read.size).toBeLessThan(library.articles.length);
  });

  it('GIVEN a restored library THEN /compare and /sources corroboration answer exactly as a fresh one, the alignment included', async () => {
    const { built, restored } = await builtAndRestored();
    expect(restored.source).toBe('snapshot');
    expect(restored.library.alignment.claims).toEqual(built.library.alignment.claims);
    const lines = ['/compare demining', '/compare KNR', '/compare troops', '/sources 5000 troops', '/sources demining', '/source 003', '/source 000'];
    const answers = async (library: Library) => {
      const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
      return Promise.all(lines.map((line) => answerLine(line, context)));
    };
    const fresh = await answers(built.library);
    expect(fresh.filter((answer) => answer.corroboration).length).toBeGreaterThan(0);
    expect(fresh.filter((answer) => answer.command === 'compare' && answer.discrepancies?.length).length).toBeGreaterThan(0);
    expect(await answers(restored.library)).toEqual(fresh);
  });

  it('GIVEN a corrupt snapshot part THEN warns, ignores it and rebuilds the same library', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const part = must((await readdir(folder)).find((name) => name === 'lookups.json'));
    const bytes = await readFile(join(folder, part));
    bytes[10] = bytes[10] === 0x31 ? 0x32 : 0x31;
    await writeFile(join(folder, part), bytes);
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/ignoring the library snapshot .*corrupt/);
    expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
    warnings = [];
    expect((await load()).source).toBe('snapshot');
  });

  it('GIVEN a snapshot whose posting lists name a sentence the articles do not have THEN warns, ignores it and rebuilds the same library', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const part = 'postings-terms-sentences.bin';
    const bytes = await readFile(join(folder, part));
    bytes.writeInt32LE(1_000_000, bytes.length - 4);
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, part), bytes);
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, [part]: checksumOf(bytes) }));
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/ignoring the library snapshot .*search term postings .*out of range/);
    expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
    warnings = [];
    expect((await load()).source).toBe('snapshot');
  });

  it('GIVEN a snapshot WHEN another process starts from it THEN it reads the number words of the articles’ sentences as built, without loading compromise', async () => {
    const built = await load();
    const keys = (library: Library) => library.articles.flatMap((article) => article.sentences.flatMap((sentence) => tokenize(sentence.text).map((token) => token.key)));
    const script = [
      "import { createRequire } from 'node:module';",
      "const { loadLibraryCached } = await import('./src/library/snapshot.ts');",
      "const { tokenize } = await import('./src/text/normalise.ts');",
      `const { library, source } = await loadLibraryCached(${JSON.stringify(articles)}, { cacheDir: ${JSON.stringify(cacheDir)}, warn: () => {} });`,
      'const keys = library.articles.flatMap((article) => article.sentences.flatMap((sentence) => tokenize(sentence.text).map((token) => token.key)));',
      "const compromise = Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/compromise/'));",
      'console.log(JSON.stringify({ source, compromise, keys }));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { maxBuffer: 64 * 1024 * 1024 });
    const started = JSON.parse(stdout) as { source: string; compromise: boolean; keys: string[] };
    expect(started.source).toBe('snapshot');
    expect(started.keys).toEqual(keys(built.library));
    expect(started.keys).toContain('2');
    expect(started.compromise).toBe(false);
  }, 60_000);

  it('GIVEN a snapshot whose number words hold something other than a figure THEN warns, ignores it and rebuilds the same library', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const part = 'number-words.json';
    const bytes = Buffer.from(JSON.stringify([['two', 'two']]));
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, part), bytes);
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, [part]: checksumOf(bytes) }));
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/ignoring the library snapshot .*number-words\.json does not hold runs of number words and their figures/);
    expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
  });

  it('GIVEN a snapshot whose sentence names a certainty it does not hold THEN warns, ignores it and rebuilds the same library', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const part = 'analyses-certainty.bin';
    const bytes = await readFile(join(folder, part));
    bytes.writeInt32LE(1_000_000, 0);
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, part), bytes);
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, [part]: checksumOf(bytes) }));
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/ignoring the library snapshot .*names a certainty the snapshot does not hold/);
    expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
  });

  it('GIVEN a snapshot with one article’s certainty analysis corrupted on disk THEN a start reads the others’ as built and refuses that one’s when it is asked for', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const offsets = new Int32Array((await readFile(join(folder, 'analyses-offsets.bin'))).buffer.slice(0));
    const bytes = await readFile(join(folder, 'analyses.json-seq'));
    const at = must(offsets[1]) - 3;
    bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
    await writeFile(join(folder, 'analyses.json-seq'), bytes);
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    const [first, ...others] = restored.library.articles;
    expect(() => restored.library.analysisOf(must(first).id)).toThrow(/analyses\.json-seq is corrupt/);
    for (const article of others) expect(restored.library.analysisOf(article.id)).toEqual(built.library.analysisOf(article.id));
  });

  it('GIVEN a snapshot whose token places are damaged on disk THEN a start reads none of them: it restores, answers what places no token, and refuses to place a misspelt word’s hit', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const bytes = await readFile(join(folder, 'tokens-placeAt.bin'));
    bytes[0] = bytes[0] === 0x21 ? 0x22 : 0x21;
    await writeFile(join(folder, 'tokens-placeAt.bin'), bytes);
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    expect(warnings).toEqual([]);
    const context = (library: Library) => ({ library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } });
    expect(await answerLine('/who Goremykin', context(restored.library))).toEqual(await answerLine('/who Goremykin', context(built.library)));
    await expect(answerLine('/sources Goremikin', context(restored.library))).rejects.toThrow(/tokens-placeAt\.bin is corrupt/);
  });

  it('GIVEN a snapshot whose entity mentions are damaged on disk THEN a start reads none of them: it restores, and refuses the mentions when a question reads them', async () => {
    await load();
    const folder = snapshotFolder(cacheDir, articles);
    const bytes = await readFile(join(folder, 'entity-mentions.bin'));
    bytes[0] = bytes[0] === 0x01 ? 0x02 : 0x01;
    await writeFile(join(folder, 'entity-mentions.bin'), bytes);
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    expect(warnings).toEqual([]);
    const context = { library: restored.library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
    await expect(answerLine('/who Goremykin', context)).rejects.toThrow(/entity-mentions\.bin is corrupt/);
  });

  it('GIVEN a snapshot with an entity mention outside its article, its page checksum fitting THEN the start restores and refuses the mention when a question reads it', async () => {
    await load();
    const folder = snapshotFolder(cacheDir, articles);
    const bytes = await readFile(join(folder, 'entity-mentions.bin'));
    bytes.writeInt32LE(1e9, 4);
    bytes.writeInt32LE(1e9 + 3, 8);
    await writeFile(join(folder, 'entity-mentions.bin'), bytes);
    const checks = await readFile(join(folder, 'entity-mentions-checks.bin'));
    checks.writeUInt32LE(crc32(bytes.subarray(0, 1024 * 24)), 0);
    await writeFile(join(folder, 'entity-mentions-checks.bin'), checks);
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, 'entity-mentions-checks.bin': checksumOf(checks) }));
    const restored = await load();
    expect(warnings).toEqual([]);
    expect(restored.source).toBe('snapshot');
    const context = { library: restored.library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
    await expect(answerLine('/who Goremykin', context)).rejects.toThrow(/an entity mention lies outside its article/);
  });

  it('GIVEN a snapshot whose sentence part does not cover its articles THEN warns, ignores it and rebuilds the same library', async () => {
    const built = await load();
    const folder = snapshotFolder(cacheDir, articles);
    const part = 'sentences.bin';
    const bytes = (await readFile(join(folder, part))).subarray(0, -12);
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, part), bytes);
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, [part]: checksumOf(bytes) }));
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/ignoring the library snapshot .*sentences.bin does not fit the files/);
    expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
  });

  it('GIVEN a snapshot that is not JSON at all THEN warns and rebuilds', async () => {
    await load();
    await writeFile(join(snapshotFolder(cacheDir, articles), 'checksums.json'), 'not json{');
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/checksums.json is not valid JSON/);
  });

  it('GIVEN a snapshot made by another version of crosscheck THEN warns, ignores it and rebuilds', async () => {
    await load();
    const folder = snapshotFolder(cacheDir, articles);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as { code: string };
    const rewritten = Buffer.from(JSON.stringify({ ...manifest, code: 'another version' }));
    const checksums = JSON.parse(await readFile(join(folder, 'checksums.json'), 'utf8')) as Record<string, string>;
    await writeFile(join(folder, 'manifest.json'), rewritten);
    await writeFile(join(folder, 'checksums.json'), JSON.stringify({ ...checksums, 'manifest.json': checksumOf(rewritten) }));
    const again = await load();
    expect(again.source).toBe('built');
    expect(warnings.join('\n')).toMatch(/made by another version of crosscheck/);
  });

  it('GIVEN one article changed THEN rereads only it and rebuilds the index, which finds the new text', async () => {
    await load();
    const file = must((await readdir(articles)).sort()[0]);
    const text = await readFile(join(articles, file), 'utf8');
    await writeFile(join(articles, file), `${text.trimEnd()}\n\nThe ministry confirmed that 777 flamingos had been counted.\n`);
    const stale = await load();
    expect(stale.source).toBe('partial');
    expect(stale.reread).toBe(1);
    expect(warnings.join('\n')).toMatch(/1 of 5 article files changed/);
    const context = { library: stale.library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
    const answer = await answerLine('/sources 777 flamingos', context);
    expect(answer.status).toBe('ok');
    expect(answer.results[0]?.quote).toBe('The ministry confirmed that 777 flamingos had been counted.');
    expect((await load()).source).toBe('snapshot');
  });
  it('GIVEN one article file deleted since the snapshot THEN the others keep their saved analyses, not analysed again, and answer as a fresh build', async () => {
    await load();
    await rm(join(articles, must((await readdir(articles)).sort()[0])));
    const partial = await load();
    expect(partial.source).toBe('partial');
    const fresh = await loadLibraryCached(articles, { cacheDir: join(work, 'fresh-cache'), warn: () => undefined });
    expect(await answersOf(partial.library)).toEqual(await answersOf(fresh.library));
    // A saved analysis holds each distinct certainty once (see the read-ahead test above); one analysed again would not.
    await partial.library.warmUp();
    const certainties = partial.library.articles.flatMap((article) => article.sentences.map((sentence) => partial.library.certaintyOf(sentence)));
    expect(new Set(certainties).size).toBe(new Set(certainties.map((certainty) => JSON.stringify(certainty))).size);
  });
  describe('GIVEN article files that last changed well before the scan', () => {
    // The seeds were copied in just now: a scan that began ten seconds later finds every file settled (see FileEntry.signature).
    const settledLoad = async () =>
      loadLibraryCached(articles, { cacheDir, warn: (message) => warnings.push(message), scan: { signatures: await scanFolder(articles, true), at: Date.now() + 10_000 } });

    it('THEN a start from the snapshot takes their bytes from it unopened, with the same articles and answers', async () => {
      const built = await settledLoad();
      expect(built.unopened).toBe(0);
      const restored = await settledLoad();
      expect(restored.source).toBe('snapshot');
      expect(restored.unopened).toBe(5);
      expect(restored.library.articles.map((article) => [article.file, article.text, article.contentHash])).toEqual(
        built.library.articles.map((article) => [article.file, article.text, article.contentHash]),
      );
      expect(await answersOf(restored.library)).toEqual(await answersOf(built.library));
    });

    it('THEN every article comes back as it was read: Latin-1 letters, curly quotes, front matter and a JSON body alike', async () => {
      await writeFile(
        join(articles, '010_latin1.md'),
        '---\ntitle: Café chain to close 40 branches\noutlet: Example Herald\n---\nThe café chain said on Monday it would close 40 of its branches.\n\nIts chief executive, Renée Dubois, said the £5m cost was "regrettable but necessary".\n',
      );
      await writeFile(
        join(articles, '011_quotes.txt'),
        'Port strike enters second week\n\nDockers at the port voted to extend the strike, their union said.\n\n“We will not go back for less,” a union official told reporters — the talks broke down on Friday.\n',
      );
      await writeFile(
        join(articles, '012_body.json'),
        JSON.stringify({
          title: 'Rail fares to rise',
          outlet: 'Example Herald',
          body: 'Rail fares will rise by 4% in January, the operators’ group said.\n\nPassenger groups called the rise “unjustified”.',
        }),
      );
      const built = await settledLoad();
      const restored = await settledLoad();
      expect(restored.source).toBe('snapshot');
      expect(restored.unopened).toBe(8);
      expect(restored.library.articles).toEqual(built.library.articles);
      const quoted = must(restored.library.articles.find((article) => article.id === '011_quotes'));
      expect(quoted.sentences.map((sentence) => sentence.text)).toContain('“We will not go back for less,” a union official told reporters — the talks broke down on Friday.');
    });

    it('THEN a file rewritten since, to the same size, is opened and read again: its signature changed with it', async () => {
      await settledLoad();
      const file = must((await readdir(articles)).sort()[0]);
      const text = await readFile(join(articles, file), 'utf8');
      const changed = text.replace(/5,000|5000/, (figure) => (figure === '5000' ? '7777' : '7,777'));
      expect(changed).not.toBe(text);
      await writeFile(join(articles, file), changed);
      const again = await settledLoad();
      expect(again.source).toBe('partial');
      expect(again.unopened).toBe(4);
      expect(again.reread).toBe(1);
      expect(again.library.articles.find((article) => article.file === file)?.text).toBe(changed);
    });

    it('THEN the snapshot saved after one of them changed holds the others as they were: the next start takes all unopened, as read', async () => {
      await settledLoad();
      const file = must((await readdir(articles)).sort()[0]);
      await writeFile(join(articles, file), `${(await readFile(join(articles, file), 'utf8')).trimEnd()}\n\nThe ministry confirmed that 777 flamingos had been counted.\n`);
      const partial = await settledLoad();
      expect(partial.source).toBe('partial');
      expect(partial.unopened).toBe(4);
      const restored = await settledLoad();
      expect(restored.source).toBe('snapshot');
      expect(restored.unopened).toBe(5);
      expect(restored.library.articles).toEqual(partial.library.articles);
      expect(await answersOf(restored.library)).toEqual(await answersOf(partial.library));
    });

    it('THEN the snapshot a rebuild for a hand-over leaves vouches for them too: the next start takes them unopened', async () => {
      await rebuildIntoSnapshot(articles, { cacheDir, scan: { signatures: await scanFolder(articles, true), at: Date.now() + 10_000 }, adjust: async (loaded) => loaded });
      const restored = await settledLoad();
      expect(restored.source).toBe('snapshot');
      expect(restored.unopened).toBe(5);
    });

    it('THEN of two files with the same bytes, the text read for one is the other’s, without reading its bytes again', async () => {
      const file = must((await readdir(articles)).sort()[0]);
      const copy = `zz_copy_of_${file}`;
      await cp(join(articles, file), join(articles, copy));
      await settledLoad();
      const { library, source } = await settledLoad();
      expect(source).toBe('snapshot');
      const text = must(library.articles.find((article) => article.file === file)).text;
      // Neither the snapshot's copy of the bytes nor the copied file can give the text any more: only the text already read can.
      const part = join(snapshotFolder(cacheDir, articles), 'file-bytes.bin');
      await writeFile(part, Buffer.alloc((await readFile(part)).length));
      await writeFile(join(articles, copy), 'Another story entirely\n\nNothing of the first is left.\n');
      expect(must(library.articles.find((article) => article.file === copy)).text).toBe(text);
    });

    it('THEN two files of the same bytes share what was read from them: the metadata, the body and the paragraphs', async () => {
      const file = must((await readdir(articles)).sort()[0]);
      await cp(join(articles, file), join(articles, `zz_copy_of_${file}`));
      await settledLoad();
      const { library } = await settledLoad();
      const [first, copy] = library.articles.filter((article) => article.file.endsWith(file));
      expect(must(copy).id).not.toBe(must(first).id);
      expect(must(copy).meta).toBe(must(first).meta);
      expect(must(copy).body).toBe(must(first).body);
      expect(must(copy).paragraphs).toBe(must(first).paragraphs);
    });

    it('THEN a damaged copy of their bytes is never taken for their text: each article reads its own file instead, as it was', async () => {
      const built = await settledLoad();
      const part = join(snapshotFolder(cacheDir, articles), 'file-bytes.bin');
      const bytes = await readFile(part);
      bytes[10] = bytes[10] === 0x31 ? 0x32 : 0x31;
      await writeFile(part, bytes);
      const again = await settledLoad();
      expect(again.source).toBe('snapshot');
      expect(again.library.articles.map((article) => article.text)).toEqual(built.library.articles.map((article) => article.text));
      expect(await answersOf(again.library)).toEqual(await answersOf(built.library));
    });

    it('THEN no article’s text is read until something asks for it, and reading one article’s sentences reads its text alone', async () => {
      await settledLoad();
      const { library, source } = await settledLoad();
      expect(source).toBe('snapshot');
      // A text not read yet is a getter on the article (see withTextOnDemand); once read, a plain property.
      const textRead = (article: Library['articles'][number]): boolean => Object.getOwnPropertyDescriptor(article, 'text')?.get === undefined;
      expect(library.articles.some(textRead)).toBe(false);
      const [first, ...others] = library.articles;
      expect(library.sentence(must(first).id, 0)?.text).toBe(must(first).text.slice(must(first).sentences[0]?.start, must(first).sentences[0]?.end));
      expect(textRead(must(first))).toBe(true);
      expect(others.some(textRead)).toBe(false);
    });
  });

  it('GIVEN article files changed moments before the scan THEN the snapshot does not vouch for them: a start opens and hashes each', async () => {
    await load();
    const restored = await load();
    expect(restored.source).toBe('snapshot');
    expect(restored.unopened).toBe(0);
  });
});
