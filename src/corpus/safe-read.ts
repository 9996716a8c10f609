import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file's bytes, or why it was not read. */
export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Opened without following a symbolic link (a link could point anywhere on the machine) and
 * without blocking (opening a FIFO for reading would wait for a writer forever); its type and size
 * are then read from the open file itself, so it cannot be swapped between the check and the read.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refusal(info: Stats, maxBytes: number): string | undefined {
  if (!info.isFile()) return `it is ${kindOf(info)}, not a regular file`;
  if (info.size > maxBytes) return `the file is larger than ${maxBytes / 1024 / 1024} MB`;
  return undefined;
}

function failure(error: unknown): FileBytes {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { ok: false, reason: 'it is a symbolic link, which the loader does not follow' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission to read it is denied' };
  return { ok: false, reason: `it could not be read (${code ?? (error as Error).message})` };
}

/**
 * The bytes of a regular file of at most `maxBytes`, with a blocking read (worker threads, and
 * slices of a reload between turns of the event loop). Never throws: anything else (a FIFO, a
 * device, a link, a stray 70 MB file) comes back with the reason it was skipped, unread.
 */
export function readRegularFileSync(path: string, maxBytes: number): FileBytes {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const refused = refusal(fstatSync(fd), maxBytes);
    return refused ? { ok: false, reason: refused } : { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return failure(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** readRegularFileSync with a promise-based read, for this thread. */
export async function readRegularFile(path: string, maxBytes: number): Promise<FileBytes> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, OPEN_FLAGS);
    const refused = refusal(await handle.stat(), maxBytes);
    return refused ? { ok: false, reason: refused } : { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return failure(error);
  } finally {
    await handle?.close();
  }
}
