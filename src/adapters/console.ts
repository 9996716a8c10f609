import { createInterface } from 'node:readline';
import type { Caller, CommandContext } from '../../commands/define.ts';
import type { ArticleStore } from '../library/article-store.ts';
import { renderText } from '../answer/render/text.ts';
import { answerLine, splitCommandLine } from '../runtime/dispatch.ts';
import type { PageFetcher } from '../ingest/fetch-page.ts';
import { passThroughGate, type CommandGate } from '../runtime/command-gate.ts';

/** The person at the keyboard, who owns the machine: they may add and remove articles. */
export const CONSOLE_CALLER: Caller = { platform: 'console', userId: 'console', isAdmin: true };

/**
 * The console's context for a command. Built afresh
 * for every command so that each one sees the library as the last /add or /remove left it.
 */
function consoleContext(store: ArticleStore, fetchPage?: PageFetcher): CommandContext {
  return { library: store.library, caller: CONSOLE_CALLER, articles: store, ...(fetchPage && { fetchPage }) };
}

/**
 * The local console: an interactive prompt on a terminal, or one command a line from a pipe.
 * Answers are rendered as terminal text; the prompt keeps going after bad input.
 */
export async function runConsole(
  store: ArticleStore,
  fetchPage: PageFetcher,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  interactive: boolean,
  options: { gate?: CommandGate } = {},
): Promise<void> {
  // Reliability: the gate catches a failing command (an apology with an error id) and pins the library.
  const gate = options.gate ?? passThroughGate(store);
  const lines = createInterface({ input, ...(interactive ? { output, prompt: 'crosscheck> ' } : {}), terminal: interactive });
  if (interactive) {
    output.write(`crosscheck: ${store.library.articles.length} articles loaded. Try /sources 5000 troops, /who Goremykin, or /help. Ctrl-D quits.\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '' || interactive) {
      const command = splitCommandLine(line.slice(0, 100)).name;
      const answer = await gate.answer({ platform: 'console', userId: 'console', command }, ({ library, budget }) => answerLine(line, { ...consoleContext(store, fetchPage), library, budget }));
      output.write(`${renderText(answer)}\n\n`);
    }
    if (interactive) lines.prompt();
  }
}

export { consoleContext };
