import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeArgsFor, processCacheDir } from '../support/processes.ts';

const RAW_CONTROLS = /[\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

describe('npm run ask with an articles folder it cannot use', () => {
  it('GIVEN SEEDS_DIR naming no folder THEN says so in one line, with no stack trace, and exits 2', () => {
    const result = spawnSync(process.execPath, [...nodeArgsFor('src/ask.ts'), '/sources troops'], {
      encoding: 'utf8',
      env: { ...process.env, SEEDS_DIR: 'no-such-articles-folder', CACHE_DIR: 'off' },
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'crosscheck: could not load the articles: the articles folder no-such-articles-folder does not exist; create it or set SEEDS_DIR to the folder that holds the articles',
    );
  }, 90_000);
});

describe('npm run ask -- --json with control characters in the input', () => {
  it('GIVEN a query with C1, bidi and line-separator characters THEN the JSON line echoes them escaped, never raw, and parses back to them', () => {
    const query = '/sources troops \u0085\u009B31m \u202Egnimoc \u2028 \u2066x\u2069';
    const result = spawnSync(process.execPath, [...nodeArgsFor('src/ask.ts'), '--json', query], {
      encoding: 'utf8',
      env: { ...process.env, SEEDS_DIR: 'seeds', CACHE_DIR: processCacheDir() },
      timeout: 60_000,
    });
    expect(result.stdout).not.toMatch(RAW_CONTROLS);
    expect(result.stdout).toContain('\\u202e');
    const answer = JSON.parse(result.stdout) as { query: string };
    expect(answer.query).toContain('\u202Egnimoc');
  }, 90_000);
});
