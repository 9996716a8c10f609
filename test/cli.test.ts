import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LARGE_FOLDER_FILES } from '../src/corpus/load.ts';
import { describe, expect, it } from 'vitest';
import { Answer } from '../src/model/answer.ts';
import type { ProcessScript } from './support/global-setup.ts';
import { nodeArgsFor, processCacheDir } from './support/processes.ts';

/** How long a process of these tests may run before it is killed: under load a start alone can take 15 s. */
const START_MS = 60_000;
// A test waits for its processes, not vitest's 20 s: vitest cannot time a test out while a
// process runs (spawnSync holds its thread), so it failed tests whose process had answered.
const ONE_START_MS = START_MS + 30_000;
const TWO_STARTS_MS = 2 * START_MS + 30_000;

/** Run a script of the project as `npm start` / `npm run ask` would, without npm's banner. */
function run(script: ProcessScript, args: string[], input = '', seedsDir = 'seeds'): { status: number | null; stdout: string; stderr: string } {
  // A folder made for one test leaves no snapshot behind in the cache the others share.
  const cache = { CACHE_DIR: seedsDir === 'seeds' ? processCacheDir() : 'off' };
  const result = spawnSync(process.execPath, [...nodeArgsFor(script), ...args], { input, encoding: 'utf8', env: { ...process.env, SEEDS_DIR: seedsDir, ...cache }, timeout: START_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it(
    'prints one answer as text',
    () => {
      const { status, stdout } = run('src/ask.ts', ['/sources 5000 troops']);
      expect(status).toBe(0);
      expect(stdout).toContain('According to unconfirmed reports, approximately 5,000 North Korean engineering troops');
    },
    ONE_START_MS,
  );

  it(
    'prints one answer as JSON whose quotes slice the article files exactly',
    () => {
      const { status, stdout } = run('src/ask.ts', ['--json', '/who Putin']);
      expect(status).toBe(0);
      const answer = Answer.parse(JSON.parse(stdout));
      expect(answer.entity?.name).toBe('Vladimir Putin');
      expect(answer.results.length).toBeGreaterThan(0);
      for (const citation of answer.results) expect(readFileSync(`seeds/${citation.article.file}`, 'utf8').slice(citation.start, citation.end)).toBe(citation.quote);
    },
    ONE_START_MS,
  );

  it(
    'answers /help before reading the articles, so it comes even where the folder cannot be read',
    () => {
      const { status, stdout, stderr } = run('src/ask.ts', ['/help who'], '', join(tmpdir(), 'crosscheck-no-such-folder'));
      expect(status).toBe(0);
      expect(stdout).toContain('/who <name>');
      expect(stderr).toBe('');
    },
    ONE_START_MS,
  );

  it(
    'exits non-zero on bad input, with the message and no stack trace',
    () => {
      const { status, stdout, stderr } = run('src/ask.ts', ['/nosuch']);
      expect(status).toBe(1);
      expect(stdout).toMatch(/no \/nosuch command/);
      // Any frame: the processes run a bundle (support/processes.ts), whose frames name no .ts file.
      expect(stderr).not.toMatch(/^\s+at .+:\d+/mu);
    },
    ONE_START_MS,
  );

  it(
    'answers JSON Lines from stdin and keeps going after a bad line',
    () => {
      const { status, stdout } = run('src/ask.ts', ['--json'], '/sources 5000 troops\n/bogus\n\n/quote unwavering support\n');
      const answers = stdout
        .trim()
        .split('\n')
        .map((line) => Answer.parse(JSON.parse(line)));
      expect(answers.map((answer) => [answer.command, answer.ok])).toEqual([
        ['sources', true],
        ['bogus', false],
        ['', false],
        ['quote', true],
      ]);
      expect(status).toBe(1);
    },
    ONE_START_MS,
  );

  it(
    'GIVEN a folder large enough to be read in worker threads THEN a batch from stdin ends when its input does',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
      try {
        for (let i = 0; i <= LARGE_FOLDER_FILES; i++) {
          writeFileSync(join(dir, `brief_${i}.txt`), `Council ${i} sets budget\n\nCouncil ${i} agreed its budget on Monday. The leader said taxes would rise by ${i % 9}%.\n`);
        }
        const { status, stdout } = run('src/ask.ts', ['--json'], '/quote agreed its budget\n', dir);
        expect(status).toBe(0);
        expect(Answer.parse(JSON.parse(stdout.trim())).command).toBe('quote');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    ONE_START_MS,
  );
});

describe('npm start without a terminal', () => {
  it(
    'GIVEN commands piped in THEN it leaves once the snapshot is saved, so the next start reads it instead of rebuilding',
    () => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-cache-'));
      try {
        const env = { ...process.env, SEEDS_DIR: 'seeds', CACHE_DIR: cacheDir };
        const first = spawnSync(process.execPath, nodeArgsFor('src/main.ts'), { input: '/help\n', encoding: 'utf8', env, timeout: START_MS });
        expect(first.status).toBe(0);
        expect(readdirSync(cacheDir).filter((name) => name.includes('.writing'))).toEqual([]);
        const second = spawnSync(process.execPath, nodeArgsFor('src/main.ts'), { input: '/help\n', encoding: 'utf8', env, timeout: START_MS });
        expect(second.stderr).not.toMatch(/rebuilding|ignoring the library snapshot/u);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    },
    TWO_STARTS_MS,
  );

  it(
    'reads commands from stdin and answers each as the console would',
    () => {
      const { status, stdout } = run('src/main.ts', [], '/who Goremykin\n/help quote\n');
      expect(status).toBe(0);
      expect(stdout).toContain('Viktor Goremykin');
      expect(stdout).toContain('/quote <text>');
    },
    ONE_START_MS,
  );
});
