import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

const futureCues = (sentence: string, before?: string): string[] =>
  certaintyOf(sentence, before)
    .cues.filter((cue) => cue.kind === 'future')
    .map((cue) => cue.text);

describe('an unhedged sentence about the future says so in its note', () => {
  it('GIVEN a plan in the writer\'s voice ("The new terminal will open …") THEN the note says it is about the future, not a fact', () => {
    const certainty = certaintyOf('The new terminal will open to passengers in March.');
    expect(certainty.level).toBe('certain');
    expect(certainty.note).toBe("About the future ('will'); stated by the article, with no source given.");
  });

  it('GIVEN a forecast put to a firm ("…, the retailer said") THEN the note names the firm after the future', () => {
    expect(certaintyOf('Sales will fall by a tenth this year, the retailer said.').note).toBe("About the future ('will'); attributed to the retailer.");
  });

  it('GIVEN "said that the tax will be scrapped" THEN what a verb reports is the future the sentence carries', () => {
    expect(futureCues('The minister said that the tax will be scrapped next year.')).toEqual(['will']);
  });

  it('GIVEN "Orders have doubled since the summer and the plant will hire …" THEN a clause of its own after `and` counts', () => {
    expect(futureCues('Orders have doubled since the summer and the plant will hire 200 staff.')).toEqual(['will']);
  });

  it('GIVEN a subject set off by commas ("The bank, which …, will close") THEN the main verb\'s `will` counts', () => {
    expect(futureCues('The bank, which has traded in the town since 1890, will close its branch in May.')).toEqual(['will']);
  });

  it('GIVEN "We\'ll be ready," THEN the contraction is the cue as written', () => {
    expect(futureCues('"We\'ll be ready for them," the coach said.')).toEqual(["We'll"]);
  });

  it('GIVEN "It is clear that the talks will fail" THEN a word of certainty before `that` opens the content too', () => {
    expect(futureCues('It is clear that the talks will fail.')).toEqual(['will']);
  });

  it('GIVEN "That pattern will continue." THEN a `that` opening the sentence is its subject, no relative', () => {
    expect(futureCues('That pattern will continue into the spring.')).toEqual(['will']);
  });

  it('GIVEN "to deal with that he will have to raise taxes" THEN `that` after a preposition is a pronoun', () => {
    expect(futureCues('In order to deal with that he will have to raise taxes.')).toEqual(['will']);
  });

  it('GIVEN "By May the chain will have opened 40 stores" THEN a deadline makes `will have` a future', () => {
    expect(futureCues('By May the chain will have opened 40 stores.')).toEqual(['will']);
  });

  it('GIVEN "will not be sold" THEN a negated future is still the future', () => {
    expect(futureCues('The car will not be sold in the US.')).toEqual(['will']);
  });
});

describe('a `will` that puts nothing the sentence asserts in the future leaves the note as it was', () => {
  it('GIVEN a relative clause ("a deal that will create …") THEN the sentence asserts its past approval', () => {
    const certainty = certaintyOf('The merger, a deal that will create the largest bank in the country, was approved on Monday.');
    expect(certainty.cues.some((cue) => cue.kind === 'future')).toBe(false);
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "fans who will travel" THEN the relative clause is no forecast of the sentence', () => {
    expect(futureCues('Fans who will travel to the final have been warned about fake tickets.')).toEqual([]);
  });

  it('GIVEN "how the bank will spend the money" THEN a question inside the sentence is no forecast', () => {
    expect(futureCues('Investors are waiting to learn how the bank will spend the money.')).toEqual([]);
  });

  it('GIVEN "Fears that the plant will close have hit …" THEN a noun\'s content is not what the sentence asserts', () => {
    expect(futureCues('Fears that the plant will close have hit shops in the town.')).toEqual([]);
  });

  it('GIVEN "The news that the plant will close has hit …" THEN `that` after a noun opens its content, not what a verb reports', () => {
    expect(futureCues('The news that the plant will close has hit shops in the town.')).toEqual([]);
  });

  it('GIVEN "a plan that cuts jobs and will close two depots" THEN a verb joined by `and` stays in the relative clause', () => {
    expect(futureCues('The union has rejected a plan that cuts jobs and will close two depots.')).toEqual([]);
  });

  it('GIVEN "the will of the member states" THEN the noun is no modal', () => {
    expect(futureCues('The treaty reflects the will of the member states.')).toEqual([]);
  });

  it('GIVEN "The lack of political will hampered the talks" THEN a noun `will` before a verb is still the noun', () => {
    expect(futureCues('The lack of political will hampered the talks.')).toEqual([]);
  });

  it('GIVEN "Will Hughes scored twice" THEN a capitalised `Will` opening the sentence names a man', () => {
    expect(futureCues('Will Hughes scored twice for the visitors.')).toEqual([]);
  });

  it('GIVEN "The club will not comment on …" THEN a refusal is made now', () => {
    expect(futureCues('The club will not comment on the contract.')).toEqual([]);
  });

  it('GIVEN "Usually a manager will rest his players" THEN a word of habit makes `will` what tends to happen', () => {
    expect(futureCues('Usually a manager will rest his best players in the early rounds.')).toEqual([]);
  });

  it('GIVEN "…, that will have no choice but to cut jobs" THEN `that` after a comma opens a clause set off', () => {
    expect(futureCues('Costs have been heaped on small firms, that will have no choice but to cut jobs.')).toEqual([]);
  });

  it('GIVEN "Shoppers who compare prices and switch brands will save" THEN `and` before a verb joins verbs, not clauses', () => {
    expect(futureCues('Shoppers who compare prices and switch brands will save money.')).toEqual([]);
  });

  it('GIVEN "some of them who\'ll make the team" THEN a contracted relative opens a clause of its own', () => {
    expect(futureCues("Don't get me wrong, they have a lot of talented players and some of them who'll make the team.")).toEqual([]);
  });

  it('GIVEN "Loss of luggage will usually be covered" THEN a word of habit after the modal makes it what tends to happen', () => {
    expect(futureCues('Loss of luggage will usually be covered by the policy.')).toEqual([]);
  });

  it('GIVEN "Two tries will have boosted his chances" THEN `will have` done is a guess about the past', () => {
    expect(futureCues('Two tries on Saturday will have boosted his chances of a place.')).toEqual([]);
  });

  it('GIVEN "a plan that cuts aid and debt but will also …" THEN an `and` inside the shared clause joins words, not clauses', () => {
    expect(futureCues('We now have a plan that cuts aid and debt but will also deal with governance.')).toEqual([]);
  });

  it('GIVEN "But will ministers act before the summer?" THEN a question asserts nothing', () => {
    expect(futureCues('But will ministers act before the summer?')).toEqual([]);
  });

  it('GIVEN "Prices will probably rise" THEN the hedge alone speaks: the note says hedged, not about the future', () => {
    const certainty = certaintyOf('Prices will probably rise again next month.');
    expect(certainty.level).toBe('probable');
    expect(certainty.cues.some((cue) => cue.kind === 'future')).toBe(false);
    expect(certainty.note).toBe("Hedged ('probably'); no source given.");
  });
});
