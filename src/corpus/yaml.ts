import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The yaml package, loaded on first use: only a Markdown file's front matter is read with it (and
 * written, by /add), and importing it cost 60–100 ms of every start, a start from the snapshot
 * included, which reads no file. Its CommonJS build is the one an import of it loads under Node.
 */
export function yaml(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
