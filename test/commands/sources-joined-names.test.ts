import { describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/**
 * An insurance market named in two business reports, and a rugby squad list that holds its name's
 * words far apart (a player called Lloyd, a club in London), in the shapes of real copy.
 */
const library = libraryOf({
  market_a: "Insurers count storm losses\n\nThe head of Lloyd's of London said the market expected claims of about £1bn after the storms. Brokers said premiums would rise.",
  market_b: 'Market warns on claims\n\nLloyds of London told a newspaper it expected its losses to be limited to property and marine risks. Shares in insurers were steady.',
  squad_c: 'Coach names squad\n\nForwards: T Bell (Bath), N Lloyd (Saracens), P Marsh (Leeds), R Rowe (London Irish), S Tate (Gloucester). The squad meets on Monday.',
});
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (claim: string): Promise<Answer> => sources.run({ claim }, context);

describe('/sources for a name joined by a small word', () => {
  it('GIVEN a name whose words a squad list holds far apart THEN only the articles that write the name together are counted and listed', async () => {
    const answer = await ask("Lloyd's of London");
    expect([...new Set(answer.results.map((citation) => citation.articleId))].sort()).toEqual(['market_a', 'market_b']);
    expect(answer.notes.find((entry) => entry.code === 'found_in')?.message).toMatch(/^2 of \d+ articles say it/u);
  });

  it('GIVEN two names joined by “and” THEN they are two people, and a sentence naming them far apart is still found', async () => {
    const answer = await ask('Lloyd and Tate');
    expect(answer.results.map((citation) => citation.articleId)).toEqual(['squad_c']);
  });

  it('GIVEN the same words asked without the small word that joins them THEN every sentence holding them is found, however far apart', async () => {
    const answer = await ask('Lloyd London');
    expect([...new Set(answer.results.map((citation) => citation.articleId))].sort()).toEqual(['market_a', 'market_b', 'squad_c']);
  });
});
