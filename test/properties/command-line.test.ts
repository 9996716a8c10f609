import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { Answer } from '../../src/model/answer.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import type { Library } from '../../src/library/library.ts';
import { readOnlyContext, seedLibrary } from '../support/seeds.ts';
import { anyUtf16, SEED, wordSoup } from './arbitraries.ts';

/** Cases run, as docs/reliability.md reports them. */
const COMMAND_LINE_RUNS = 3000;

let library: Library;
beforeAll(async () => {
  library = await seedLibrary();
});

const commandLine = fc.oneof(
  anyUtf16(200),
  wordSoup(20),
  fc
    .tuple(fc.constantFrom(...COMMANDS.map((command) => command.name), 'nosuch', ''), fc.constantFrom('/', '', ' /', '//'), fc.oneof(wordSoup(20), anyUtf16(120)))
    .map(([name, slash, rest]) => `${slash}${name} ${rest}`),
  fc.tuple(fc.constantFrom(...COMMANDS.map((command) => command.name)), fc.integer({ min: 250, max: 2600 })).map(([name, length]) => `/${name} ${'troops '.repeat(length / 7)}`),
);

describe('any string as a command line (property)', () => {
  it(`GIVEN ${COMMAND_LINE_RUNS} generated lines THEN each gets a well-formed Answer and none throws`, async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (line) => {
        const result = await answerLine(line, readOnlyContext(library));
        const parsed = Answer.safeParse(result);
        expect(parsed.success, parsed.error?.message).toBe(true);
        if (!result.ok) expect(result.error?.length).toBeGreaterThan(0);
        for (const citation of [...result.results, ...result.nearMisses]) expect(library.article(citation.articleId)?.text.slice(citation.start, citation.end)).toBe(citation.quote);
      }),
      { seed: SEED, numRuns: COMMAND_LINE_RUNS },
    );
  }, 120_000);
});
