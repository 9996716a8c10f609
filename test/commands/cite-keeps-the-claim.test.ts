import { describe, expect, it } from 'vitest';
import cite from '../../commands/cite.ts';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/** Two retail reports and a shipping note, in the shapes of real copy: a share asked for, and a count of weeks in a shorter sentence. */
const library = libraryOf({
  retail_a: 'Shops count the cost\n\nSales fell for 5 weeks. Chains blamed the weather.',
  retail_b: 'Sales slump in spring\n\nRetail sales across the high street fell by 5% in the year to March, according to the trade body. Clothing was hit hardest.',
  port_c: 'Port traffic steady\n\nContainer volumes at the port were flat in the first quarter. Exports of cars rose slightly.',
});
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (claim: string): Promise<Answer> => cite.run({ claim }, context);

describe('/cite cites what /sources would list for the same claim', () => {
  it('GIVEN a share asked for ("sales fell 5%") THEN the sentence with that share is cited, not a shorter one with a count of weeks', async () => {
    const answer = await ask('sales fell 5%');
    expect(answer.results.map((citation) => citation.articleId)).toEqual(['retail_b']);
  });

  it('GIVEN a claim no sentence holds whole THEN the answer says so and lists the near misses, each with what it lacks', async () => {
    const answer = await ask('retail sales fell in the port');
    expect(answer.status).toBe('not_found');
    expect(answer.nearMisses.length).toBeGreaterThan(0);
    expect(answer.nearMisses.every((miss) => (miss.missingTerms ?? []).length > 0)).toBe(true);
  });

  it('GIVEN a claim no sentence holds whole THEN its first note is the one /sources gives for it', async () => {
    const cited = await ask('retail sales fell in the port');
    const listed = await sources.run({ claim: 'retail sales fell in the port' }, context);
    expect(cited.notes[0]).toEqual(listed.notes[0]);
  });
});
