import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/** Whether the library's alignment holds the two sentences for one claim. */
function oneClaim(texts: Record<string, string>, [first, firstWords]: [string, string], [second, secondWords]: [string, string]): boolean {
  const library = libraryOf(texts);
  const theirs = new Set(library.alignment.claimsOf(sentenceOf(library, second, secondWords)));
  return library.alignment.claimsOf(sentenceOf(library, first, firstWords)).some((claim) => theirs.has(claim));
}

const NAMED =
  'Holt vows to freeze fares\n\nPrime Minister Adam Holt has promised voters a year of cheaper travel. Mr Holt said rail fares would be frozen until the end of 2008 to help commuters. Train operators were not consulted. The unions welcomed the move.';

describe('one actor named in one article and described in another', () => {
  it('GIVEN “Mr Holt said …” and “The prime minister told MPs …” in an article that names Prime Minister Adam Holt THEN the two are one claim', () => {
    const described =
      'Fares pledge in Commons\n\nAdam Holt faced a rowdy session in the Commons on Wednesday. The prime minister told MPs that rail fares would be frozen until the end of 2008 to help commuters. Opposition leaders called the pledge a stunt.';
    expect(oneClaim({ named: NAMED, described }, ['named', 'rail fares'], ['described', 'rail fares'])).toBe(true);
  });

  it('GIVEN the same words in an article whose prime minister is another person THEN they stay two claims', () => {
    const other =
      'Fares pledge abroad\n\nPrime Minister Lena Varga faced a rowdy session in parliament on Wednesday. The prime minister told MPs that rail fares would be frozen until the end of 2008 to help commuters. Opposition leaders called the pledge a stunt.';
    expect(oneClaim({ named: NAMED, other }, ['named', 'rail fares'], ['other', 'rail fares'])).toBe(false);
  });

  it('GIVEN a club both sentences name, one as who did it and one as where a player played (“United might have scored again when substitute Tom Kell struck the post” / “Dan Varo last turned out for United as a late substitute”) THEN they stay two claims', () => {
    const match =
      'Harton held at home\n\nHarton United drew 2-2 with Castleford on Saturday. But United might have scored again late on when substitute Tom Kell struck the post. The draw leaves them fourth.';
    const signing =
      'Varo returns to coach\n\nHarton United have named Dan Varo as their new youth coach. Dan Varo last turned out for United as a late substitute in the cup final in May. He retired in the summer.';
    expect(oneClaim({ match, signing }, ['match', 'struck the post'], ['signing', 'last turned out'])).toBe(false);
  });
});
