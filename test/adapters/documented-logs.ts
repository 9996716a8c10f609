/**
 * The log lines docs/platforms.md shows, read from its tagged ```json blocks, so tests can check
 * that a real start prints them. Numbers (times, ports, counts, durations) vary from run to run.
 */
import { readFile } from 'node:fs/promises';
import { must } from '../support/must.ts';

export interface DocumentedLine {
  level: number;
  /** The message with every number free to differ. */
  msg: RegExp;
}

/** The lines of the block fenced as ```json <tag> in docs/platforms.md. */
export async function readDocumentedLogLines(tag: string): Promise<DocumentedLine[]> {
  const docs = await readFile('docs/platforms.md', 'utf8');
  const block = new RegExp(`\`\`\`json ${tag}\\n([\\s\\S]*?)\`\`\``, 'u').exec(docs);
  if (!block) throw new Error(`docs/platforms.md has no \`\`\`json ${tag} block`);
  return must(block[1])
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const entry = JSON.parse(line) as { level: number; time: number; msg: string };
      const escaped = entry.msg.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\d+/gu, '\\d+');
      return { level: entry.level, msg: new RegExp(`^${escaped}$`, 'u') };
    });
}

/** The JSON log entries in what a process wrote to standard error. */
export function parseLoggedEntries(stderr: string): { level: number; time: number; msg: string }[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; time: number; msg: string });
}

/** The documented lines that no logged entry matches (level, message, a numeric time): none when the docs are right. */
export function findUndocumentedLines(documented: DocumentedLine[], stderr: string): string[] {
  const entries = parseLoggedEntries(stderr);
  return documented.filter((line) => !entries.some((entry) => entry.level === line.level && typeof entry.time === 'number' && line.msg.test(entry.msg))).map((line) => String(line.msg));
}
