import { createHash } from 'node:crypto';
import type { Library } from '../../src/library/library.ts';
import { answerLine } from '../../src/runtime/dispatch.ts';
import { UNLIMITED_BUDGET } from '../../src/runtime/time-budget.ts';

/** Where the seeds' transcript is kept, from the repository root. */
export const SEEDS_TRANSCRIPT = 'test/library/seeds-transcript.jsonl';

/**
 * Each line's answer as its JSON (the `--json` form), one line of JSON Lines per question:
 * `{"line": …, "answer": …}`. Without a time budget, so a busy machine cannot cut an answer short.
 */
export async function recordTranscript(library: Library, lines: readonly string[]): Promise<string[]> {
  const context = { library, caller: { platform: 'console' as const, userId: 'transcript', isAdmin: false }, budget: UNLIMITED_BUDGET };
  const recorded: string[] = [];
  for (const line of lines) recorded.push(JSON.stringify({ line, answer: await answerLine(line, context) }));
  return recorded;
}

/** A transcript line's SHA-256, hex: what is kept of answers on articles that may not be committed. */
export function hashLine(line: string): string {
  return createHash('sha256').update(line).digest('hex');
}
