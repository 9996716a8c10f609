import { createInterface } from 'node:readline';
import type { CommandContext } from '../../commands/define.ts';
import type { ArticleStore } from '../article-store.ts';
import { renderText } from '../answer/text.ts';
import { answerLine } from '../dispatch.ts';
import type { PageFetcher } from '../ingest/fetch-page.ts';

/**
 * The person at the keyboard owns the machine: they may add and remove articles. Built afresh
 * for every command so that each one sees the library as the last /add or /remove left it.
 */
function consoleContext(store: ArticleStore, fetchPage?: PageFetcher): CommandContext {
  return { library: store.library, caller: { platform: 'console', userId: 'console', isAdmin: true }, articles: store, ...(fetchPage && { fetchPage }) };
}

/**
 * The local console: an interactive prompt on a terminal, or one command a line from a pipe.
 * Answers are rendered as terminal text; the prompt keeps going after bad input.
 */
export async function runConsole(store: ArticleStore, fetchPage: PageFetcher, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, interactive: boolean): Promise<void> {
  const lines = createInterface({ input, ...(interactive ? { output, prompt: 'crosscheck> ' } : {}), terminal: interactive });
  if (interactive) {
    output.write(`crosscheck: ${store.library.articles.length} articles loaded. Try /sources 5000 troops, /who Goremykin, or /help. Ctrl-D quits.\n`);
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() !== '' || interactive) {
      const answer = await answerLine(line, consoleContext(store, fetchPage));
      output.write(`${renderText(answer)}\n\n`);
    }
    if (interactive) lines.prompt();
  }
}

export { consoleContext };
