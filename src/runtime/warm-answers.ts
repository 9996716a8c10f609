import type { CommandContext } from '../../commands/define.ts';
import type { Library } from '../library/library.ts';
import type { Answer } from '../model/answer.ts';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { answerLine } from './dispatch.ts';

/** How many words of the library's first sentence the warm-up asks about: a phrase that is certainly found. */
const PHRASE_WORDS = 3;

/**
 * The questions a started bot asks itself: one of each command that only reads, about the
 * library's first article (a phrase of its first sentence, that article's id) and the person
 * the articles name most. Empty for an empty library.
 */
export function warmUpQuestions(library: Library): string[] {
  const article = library.articles.find((candidate) => candidate.sentences.length > 0);
  if (!article) return [];
  const phrase = (article.sentences[0]?.text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, PHRASE_WORDS).join(' ');
  const person = library.entities.entities.find((entity) => entity.kind === 'person');
  return [`/sources ${phrase}`, `/compare ${phrase}`, `/quote "${phrase}"`, `/cite ${phrase}`, `/source ${article.id}`, ...(person ? [`/who ${person.name}`] : [])];
}

/**
 * Answer warmUpQuestions once, a turn apart, after the library has read ahead, and throw the
 * answers away. A process's first answer runs code for the first time: at BBC ×10 a first
 * /sources cost about 45 ms of CPU where the next took 2–8 ms (docs/benchmarks.md, perf25), paid
 * by the first user to ask, and by every answer waiting behind an /add when the /add came first.
 * Asked by the bot itself, before anyone needs it, nobody waits for it.
 */
export async function warmAnswers(library: Library, answer: (line: string, context: CommandContext) => Promise<Answer> = answerLine): Promise<void> {
  await library.warmUp();
  const context: CommandContext = { library, caller: { platform: 'console', userId: 'crosscheck-warm-up', isAdmin: false } };
  for (const question of warmUpQuestions(library)) {
    await nextTurn();
    await answer(question, context);
  }
}
