/**
 * Imported first by `src/main.ts`, so it runs before any other module loads: on too old a
 * Node.js, say which version is needed and stop, instead of failing later with an error about
 * a missing function deep inside a dependency.
 */
import { describeOldNode } from './node-version.ts';

const tooOld = describeOldNode(process.versions.node);
if (tooOld !== undefined) {
  console.error(tooOld);
  process.exit(2);
}
