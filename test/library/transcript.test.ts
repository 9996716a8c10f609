import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { recordTranscript, SEEDS_TRANSCRIPT } from '../../scripts/lib/transcript.ts';
import { TRANSCRIPT_QUERIES } from '../../scripts/transcript-queries.ts';
import { seedLibrary } from '../support/seeds.ts';

describe('the recorded transcript of the seeds', () => {
  it('GIVEN the seeds and the fixed questions THEN every answer is byte for byte the recorded one (regenerate on purpose with npm run transcript -- --update)', async () => {
    const recorded = (await readFile(SEEDS_TRANSCRIPT, 'utf8')).split('\n').filter(Boolean);
    const answered = await recordTranscript(await seedLibrary(), TRANSCRIPT_QUERIES);
    expect(answered.length).toBe(recorded.length);
    answered.forEach((line, i) => expect(line, TRANSCRIPT_QUERIES[i]).toBe(recorded[i]));
  });
});
