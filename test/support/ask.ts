import type { Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { readOnlyContext, seedLibrary } from './seeds.ts';

/** Answer a command line as the console would, against the seed library. */
export async function ask(line: string, library?: Library): Promise<Answer> {
  return answerLine(line, readOnlyContext(library ?? (await seedLibrary())));
}
