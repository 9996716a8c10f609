/**
 * `npm run transcript [-- --update]`
 *
 * Answers the fixed questions of scripts/transcript-queries.ts on the seeds and compares them,
 * byte for byte, with the recorded transcript (test/library/seeds-transcript.jsonl); exit status
 * 1 and the first differing lines when they differ. `--update` records the answers as they are
 * now instead: run it on purpose, after a change meant to change answers, and commit the file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadArticles } from '../src/corpus/load.ts';
import { buildLibrary } from '../src/library/library.ts';
import { recordTranscript, SEEDS_TRANSCRIPT } from './lib/transcript.ts';
import { TRANSCRIPT_QUERIES } from './transcript-queries.ts';

const { values } = parseArgs({ options: { update: { type: 'boolean', default: false } } });
const { articles, warnings } = await loadArticles('seeds');
const lines = await recordTranscript(buildLibrary(articles, warnings), TRANSCRIPT_QUERIES);
if (values.update) {
  await writeFile(SEEDS_TRANSCRIPT, `${lines.join('\n')}\n`);
  process.stdout.write(`transcript: recorded ${lines.length} answers in ${SEEDS_TRANSCRIPT}\n`);
} else {
  const recorded = (await readFile(SEEDS_TRANSCRIPT, 'utf8')).split('\n').filter(Boolean);
  const differing = lines.flatMap((line, i) => (line === recorded[i] ? [] : [TRANSCRIPT_QUERIES[i] ?? `answer ${i + 1}`]));
  if (recorded.length !== lines.length) differing.push(`(${recorded.length} answers recorded, ${lines.length} asked)`);
  if (differing.length > 0) {
    process.stdout.write(`transcript: ${differing.length} answers differ from ${SEEDS_TRANSCRIPT}:\n${differing.slice(0, 20).join('\n')}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`transcript: all ${lines.length} answers are as recorded\n`);
}
