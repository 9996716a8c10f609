import { describe, expect, it } from 'vitest';
import { originsOf } from '../../src/crosscheck/origins.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Reports that credit a group, a body described after it is named, and a description the library elsewhere holds as a
 * name of its own: the origins are the sources as the articles name them, never a capital that only opens a sentence.
 */
const library = libraryOf({
  rates_a:
    'Lender expected to hold rates\n\nThe Tarn Building Society will hold its mortgage rates this month. Analysts expect the lender to keep them unchanged until the summer. Its chief executive, Ruth Olsen, said demand was steady.',
  storms_b:
    'Storm damage counted\n\nThe Coastal Hazards Research Center at Dunmore University has counted the cost of the winter storms. Losses are rarely covered in full, the centre says, and most families rebuild with their own savings.',
  storms_c: 'Insurers pay out\n\nInsurers paid out £40m after the storms. Repairs will take until the spring, according to the Dunmore Insurance Bureau. Claims rose by a third.',
  storms_d: 'Harbour reopens\n\nThe harbour reopened on Friday. Most boats were undamaged, the centre says. Fishing resumes next week.',
  club_e:
    'Striker sold\n\nHartside City have sold their top scorer to a German club for £4m, Hartside City confirmed on Friday. City said the fee would be spent on two new defenders. The player leaves on Monday.',
  Centre: 'Centre opens\n\nCentre staff opened the doors on Monday. The Centre is the largest in the county, and Centre managers expect 2,000 visitors.',
});

describe('origins: sources, never a capital that opens a sentence', () => {
  it('GIVEN "Analysts expect …" opening a sentence THEN the group is no named origin, since the article never writes the word as a name', () => {
    const origin = originsOf(library, sentenceOf(library, 'rates_a', 'Analysts expect'));
    expect(origin.links).toEqual(['Analysts']);
    expect(origin.named).toEqual([]);
  });

  it('GIVEN "the centre says" after the article names one research center THEN the origin is that center under its full name', () => {
    const origin = originsOf(library, sentenceOf(library, 'storms_b', 'the centre says'));
    expect(origin.links).toEqual(['Coastal Hazards Research Center']);
    expect(origin.named).toEqual(['Coastal Hazards Research Center']);
  });

  it('GIVEN "the centre says" in an article that names no centre THEN it stays a description, not a centre another article names', () => {
    const origin = originsOf(library, sentenceOf(library, 'storms_d', 'the centre says'));
    expect(origin.links).toEqual(['the centre']);
    expect(origin.named).toEqual([]);
  });

  it('GIVEN "City said" after the article names Hartside City THEN the origin is the club under its full name, not the word its name ends with', () => {
    const origin = originsOf(library, sentenceOf(library, 'club_e', 'City said'));
    expect(origin.links).toEqual(['Hartside City']);
  });
});
