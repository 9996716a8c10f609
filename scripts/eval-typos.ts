/**
 * `npm run eval:typos [-- --dir DIR] [--cache DIR] [--verbose]` (defaults: ../shared/data/bbc-news, /tmp/crosscheck-eval-typos): how the
 * near-spelling lookup reads misspelt words on a real article set (the whole BBC set by default; docs/search.md reports a
 * folder of its business and politics articles). For
 * each typo of test/search/fixtures/misspellings.ts it asks the search and counts whether the words
 * it read the typo as are the word meant, another word, or nothing; for each nonsense string,
 * whether anything was found. Prints the counts (and with --verbose every typo's reading).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLibraryCached } from '../src/library/snapshot.ts';
import { termOf, tokenize } from '../src/text/normalise.ts';
import { NONSENSE, TYPOS } from '../test/search/fixtures/misspellings.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/bbc-news') },
    cache: { type: 'string', default: '/tmp/crosscheck-eval-typos' },
    verbose: { type: 'boolean', default: false },
  },
});
const { library } = await loadLibraryCached(values.dir, { cacheDir: values.cache, warn: () => {} });

/** A word's search term, as the index keeps it. */
function termOfWord(word: string): string {
  const key = tokenize(word)[0]?.key ?? '';
  return termOf(key) ?? key;
}

/** The words the search read `word` as, in the spelling its hits use; the word itself when it matched exactly. */
function readingsOf(word: string): string[] {
  const { hits } = library.index.search(word);
  const read = new Set<string>();
  for (const hit of hits) for (const spelling of Object.values(hit.corrected)) read.add(spelling.toLowerCase());
  if (hits.length > 0 && read.size === 0) read.add(word);
  return [...read];
}

const typos = { meant: 0, meantAmongOthers: 0, other: 0, none: 0 };
const byLength = new Map<string, { meant: number; all: number }>();
for (const { typed, meant } of TYPOS) {
  const readings = readingsOf(typed);
  const right = readings.filter((reading) => termOfWord(reading) === termOfWord(meant));
  const outcome = readings.length === 0 ? 'none' : right.length === readings.length ? 'meant' : right.length > 0 ? 'meantAmongOthers' : 'other';
  typos[outcome]++;
  const band = typed.length <= 3 ? '≤3' : typed.length <= 6 ? '4–6' : '7+';
  const counts = byLength.get(band) ?? { meant: 0, all: 0 };
  counts.all++;
  if (outcome === 'meant') counts.meant++;
  byLength.set(band, counts);
  if (values.verbose) console.log(`${outcome.padEnd(16)} ${typed} → ${readings.join(', ') || '—'} (meant ${meant})`);
}
let nonsenseFound = 0;
for (const word of NONSENSE) {
  const readings = readingsOf(word);
  if (readings.length > 0) nonsenseFound++;
  if (values.verbose && readings.length > 0) console.log(`nonsense found   ${word} → ${readings.join(', ')}`);
}
console.log(`typos (${TYPOS.length}): the word meant ${typos.meant}, it among others ${typos.meantAmongOthers}, another word ${typos.other}, nothing ${typos.none}`);
console.log(`typos by length as typed: ${[...byLength].map(([band, { meant, all }]) => `${band} ${meant}/${all}`).join(', ')}`);
console.log(`nonsense (${NONSENSE.length}): something found for ${nonsenseFound}`);
