import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a speaker in a clause of time or cause after the main clause stands behind that clause only', () => {
  it('GIVEN "Shares … fell 19% after it said it would make no money" THEN the fall is the article\'s own words', () => {
    const certainty = certaintyOf('Shares in Hale Construction fell as much as 19% after it said it would not make any money on the stadium.');
    expect(certainty.note).toBe("About the future ('would'); up to 'after', the article's own words, with no source given; after 'after', attributed to Hale Construction.");
  });

  it('GIVEN "The fall came as the ministry said …" THEN "as" opens the ministry\'s clause', () => {
    expect(certaintyOf('The fall came as the finance ministry said exports had slowed.').note).toBe(
      "Up to 'as', the article's own words, with no source given; after 'as', attributed to the finance ministry.",
    );
  });

  it('GIVEN "… caused a furore when he said …" THEN "when" opens the speaker\'s clause', () => {
    const certainty = certaintyOf('The comedian caused a furore when he said he never watched the awards.', 'Tom Reed is to host the awards.');
    expect(certainty.note).toMatch(/^Up to 'when', the article's own words/u);
  });

  it('GIVEN "Investors such as Mr Smith said …" THEN "such as" opens no clause and Mr Smith stands behind the sentence', () => {
    expect(certaintyOf('Investors such as Mr Smith said the offer was too low.').note).toBe('Attributed to Smith.');
  });

  it('GIVEN "After the talks, Mr Smith said …" THEN a clause that opens the sentence leaves him behind all of it', () => {
    expect(certaintyOf('After the talks, Mr Smith said the offer was too low.').note).toBe('Attributed to Smith.');
  });

  it('GIVEN "…, as the analyst says." THEN a verb of saying that ends its clause says whose words the whole sentence is', () => {
    expect(certaintyOf('At £20 the game is cheap, as the analyst says.').note).toBe('Attributed to the analyst.');
  });

  it('GIVEN "not as badly hurt as some reports have suggested" THEN the second "as" of a comparison opens no clause', () => {
    expect(certaintyOf('The player is not as badly hurt as some reports have suggested after the match.').note).not.toMatch(/up to 'as'/iu);
  });

  it('GIVEN two sources of one kind after "after" THEN the note names them in one list', () => {
    expect(certaintyOf('The dollar recovered on Wednesday after South Korea and Japan said they would keep their reserves.').note).toBe(
      "About the future ('would'); up to 'after', the article's own words, with no source given; after 'after', attributed to South Korea and Japan.",
    );
  });
});
