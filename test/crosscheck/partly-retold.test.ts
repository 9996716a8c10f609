import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Two articles retell what a bill proposes; a third holds the same two words, "curfew" and
 * "orders", in a sentence about something else, as a two-word question finds them.
 */
const library = libraryOf({
  bill_first:
    'Ministers defend curfew plan\n\nThe Public Order Bill proposes curfew orders for persistent offenders, which could also impose electronic tagging, home secretary Dana Whitcombe said. Opposition MPs called the plan heavy-handed. A vote is expected next month.',
  bill_second:
    'Curfew powers face Lords test\n\nThe bill proposes curfew orders for persistent offenders, which could also impose electronic tagging and bans on travel, according to the Ministry of Justice. Peers are expected to seek changes. Campaigners have promised a legal challenge.',
  factory_orders:
    'Factory output rebounds\n\nNew export orders rose sharply in March, the Grenmoor Trade Council said, although a night curfew at the port slowed deliveries. Manufacturers said costs were still climbing. The currency weakened.',
});

describe('a note over articles of which only some retell one claim', () => {
  const found = [sentenceOf(library, 'bill_first', 'proposes curfew orders'), sentenceOf(library, 'bill_second', 'proposes curfew orders'), sentenceOf(library, 'factory_orders', 'export orders')];

  it('GIVEN two articles retelling a claim and a third holding its words about something else THEN the note does not say all three carry it', () => {
    const { corroboration } = crossCheck(library, found);
    expect(corroboration.articles).toBe(3);
    expect(corroboration.note).not.toContain('carry this');
    expect(corroboration.note).toContain('they do not all retell one claim: the one most of the sentences found tell is retold by 2 (bill_first and bill_second)');
    expect(corroboration.independent).toBe(false);
  });

  it('GIVEN only the two articles that retell the claim THEN the note counts them as carrying it', () => {
    const { corroboration } = crossCheck(library, found.slice(0, 2));
    expect(corroboration.note).toContain('2 of 7 articles carry this');
  });
});
