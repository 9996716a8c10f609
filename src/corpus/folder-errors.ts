/**
 * The operator's problem with the articles folder in one sentence, for a file-system error that
 * is theirs to fix (permissions, a read-only or full disk, a folder that is not there), or
 * undefined for anything else, which is a bug and stays an exception with its stack trace.
 */
export function describeFolderError(error: unknown, action: 'read' | 'write', dir?: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // A chat user is told about "the articles folder"; only the operator's console names the path.
  const folder = dir === undefined ? 'the articles folder' : `the articles folder ${dir}`;
  if (code === 'EACCES' || code === 'EPERM') {
    return action === 'write'
      ? `${folder} is not writable by the bot (permission denied); its owner can fix that, or start the bot with a folder it may write to`
      : `${folder} cannot be read by the bot (permission denied); give the bot's user read access to it`;
  }
  if (code === 'EROFS') return `${folder} is on a read-only file system`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk holding ${folder} is full`;
  if (code === 'ENOENT') return `${folder} does not exist; create it or set SEEDS_DIR to the folder that holds the articles`;
  if (code === 'ENOTDIR') return `${dir ?? 'the articles folder'} is a file, not a folder; set SEEDS_DIR to the folder that holds the articles`;
  return undefined;
}
