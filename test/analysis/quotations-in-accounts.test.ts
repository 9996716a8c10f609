import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The speaker of each quotation of a one-paragraph article, in order. */
function speakersOf(body: string): (string | null)[] {
  const result = readArticle('quoted.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return analyseArticle(result.article).quotations.map((quotation) => quotation.speaker);
}

describe("a quotation inside one person's account of another, with its 'that' left out", () => {
  it('GIVEN "Ms Cooper said Mr Sullivan never told her "anything uncomfortable"" THEN the words are Ms Cooper\'s', () => {
    expect(speakersOf('Mr Sullivan told the jury he had warned the board. Ms Cooper said Mr Sullivan never told her "anything uncomfortable" about the books.')).toEqual(['Cooper']);
  });

  it('GIVEN "Ms Hale said the studio feared the film would be "unviable"" THEN words after a verb of belief are the reporter\'s', () => {
    expect(speakersOf('Director Ann Hale said the studio feared any controversy would make the film "unviable financially".')).toEqual(['Ann Hale']);
  });

  it('GIVEN "Mr Dale said the police had said the cards could "help them foil a plot"" THEN words a verb of speech passes on stay its speaker\'s', () => {
    expect(speakersOf('Mr Dale said the police had said ID cards could "help them foil a terror plot".')).toEqual(['the police']);
  });
});

describe("a quotation that a reported speaker's own verb introduces with 'as', 'about' or 'of'", () => {
  it('GIVEN "He recalled that Tom Reed had complained about "…"" THEN the words are Tom Reed\'s, not the one recalling', () => {
    expect(speakersOf('Mr Dale spoke in Leeds. He recalled that Tom Reed had complained about "personalised and abusive campaigning".')).toEqual(['Tom Reed']);
  });

  it('GIVEN "Ms Cole said that the auditors had described the accounts as "…"" THEN the words are the auditors\'', () => {
    expect(speakersOf('Ms Cole said that the auditors had described the accounts as "deeply misleading".')).toEqual(['the auditors']);
  });

  it('GIVEN "Mr Lane said that Jane Hart had accused him of "…"" THEN the words are Jane Hart\'s', () => {
    expect(speakersOf('Mr Lane said that Jane Hart had accused him of "betraying the party".')).toEqual(['Jane Hart']);
  });
});
