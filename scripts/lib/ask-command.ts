/**
 * The node flags `npm run ask` passes before the compiled CLI, read from its `ask` script
 * (`node --max-semi-space-size=4 dist/src/ask.js` → `['--max-semi-space-size=4']`), so that the bench times the CLI
 * with the heap a user's `npm run ask` has. Throws, naming the script, when it is not `node [flags] dist/src/ask.js`.
 */
export function nodeFlagsOfAsk(script: string): string[] {
  const words = script.trim().split(/\s+/u);
  const cli = words.indexOf('dist/src/ask.js');
  if (words[0] !== 'node' || cli < 0) throw new Error(`bench: package.json's ask script is not "node [flags] dist/src/ask.js": ${script}`);
  return words.slice(1, cli);
}
