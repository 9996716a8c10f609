import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { buildLibrary } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import { answerLine, splitCommandLine } from '../../src/runtime/dispatch.ts';
import { warmAnswers, warmUpQuestions } from '../../src/runtime/warm-answers.ts';
import { seedLibrary } from '../support/seeds.ts';

describe('the answers a started bot warms up', () => {
  it('GIVEN the seed library THEN it asks itself one question of every command that only reads, and none that changes the articles', async () => {
    const asked = warmUpQuestions(await seedLibrary()).map((question) => splitCommandLine(question).name);
    const reading = COMMANDS.map((command) => command.name).filter((name) => !['add', 'remove', 'help'].includes(name));
    expect(asked.sort()).toEqual(reading.sort());
  });

  it('GIVEN the seed library THEN every question it asks itself finds something in the articles', async () => {
    const library = await seedLibrary();
    const caller = { platform: 'console' as const, userId: 'test', isAdmin: false };
    for (const question of warmUpQuestions(library)) {
      const answer = await answerLine(question, { library, caller });
      expect({ question, status: answer.status }).toEqual({ question, status: 'ok' });
    }
  });

  it('GIVEN a library with no articles THEN it asks nothing', () => {
    expect(warmUpQuestions(buildLibrary([]))).toEqual([]);
  });

  it('GIVEN a library still reading ahead THEN no question is asked before the reading is done', async () => {
    const library = await seedLibrary();
    let readAhead = false;
    let release = (): void => {};
    const reading = new Promise<void>((resolve) => {
      release = resolve;
    }).then(() => {
      readAhead = true;
    });
    const askedBeforeReadAhead: string[] = [];
    const warming = warmAnswers({ ...library, warmUp: () => reading }, async (line) => {
      if (!readAhead) askedBeforeReadAhead.push(line);
      return { status: 'ok' } as Answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await warming;
    expect(askedBeforeReadAhead).toEqual([]);
  });
});
