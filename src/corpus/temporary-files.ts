import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The name the article store writes a new file under before linking it into place, and moves a
 * file aside under while /remove rebuilds: `.<file>.<pid>.tmp`, where `<file>` is any name the
 * loader reads (`report (1).TXT`, `café.markdown`), not only the store's own `NNN_<hash>.md`.
 * The leading dot keeps the loader away from it.
 */
const TEMPORARY = /^\.[\s\S]+\.(?:md|markdown|txt|json)\.(\d+)\.tmp$/iu;

/** True when process `pid` is running, whoever owns it. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Delete the temporary files a bot killed during a write left in `dir`, and say so through `log`.
 * A temporary file of a process still running (this one, or `npm run ask` beside the bot) is
 * being written and stays. The article itself is whole or absent: it is linked into place only
 * once written. A folder that cannot be listed is left for the loader to report.
 */
export async function removeStaleTemporaryFiles(dir: string, log: (message: string) => void): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      await unlink(join(dir, name));
      removed.push(name);
      log(`crosscheck: removed ${name}, left in ${dir} by a write that was cut short`);
    } catch (error) {
      log(`crosscheck: could not remove ${name} from ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return removed;
}
