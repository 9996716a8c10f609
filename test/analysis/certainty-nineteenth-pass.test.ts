import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('words that hedge nothing (qa30)', () => {
  it('GIVEN "I only think of solutions" THEN to think of something is to turn to it, no belief', () => {
    expect(certaintyOf('When we lose I only think of solutions.').level).toBe('certain');
  });

  it('GIVEN "That is the story, I think, of this election" THEN a parenthetical `I think` before a comma still hedges', () => {
    expect(certaintyOf('That is going to be the story, I think, of this election.').level).toBe('probable');
  });

  it('GIVEN "I said to him that …" THEN words said to someone are no hearsay `said to`', () => {
    expect(certaintyOf('I spoke to the captain and said to him that we can win the league.').level).toBe('certain');
  });

  it('GIVEN "The deal is said to have collapsed" THEN the hearsay `said to` still hedges', () => {
    expect(certaintyOf('The deal is said to have collapsed.').level).toBe('probable');
  });

  it('GIVEN "firms with high growth potential." THEN `potential` ending its phrase is the noun, a capacity asserted', () => {
    expect(certaintyOf('The index is made up of shares in technology firms with high growth potential.').level).toBe('certain');
  });

  it('GIVEN "completed by potential jurors" THEN jurors-to-be are a role the sentence asserts', () => {
    expect(certaintyOf('Reporters have asked to see forms completed by potential jurors.').level).toBe('certain');
  });

  it('GIVEN "The move has potential risks" THEN `potential` before a thing still hedges it', () => {
    expect(certaintyOf('The move has potential risks.').level).toBe('possible');
  });

  it('GIVEN "Two shareholders have also expressed doubts." THEN doubts aired are the object, no hedge', () => {
    expect(certaintyOf('Two shareholders have also expressed doubts.').level).toBe('certain');
  });

  it('GIVEN "Mr Hale expressed doubts that the plan works" THEN the doubt still hedges what it is about', () => {
    expect(certaintyOf('Mr Hale expressed doubts that the plan works.').level).not.toBe('certain');
  });
});

describe('the noun `forecast` judged (qa32)', () => {
  it('GIVEN "The bank\'s earnings forecast was better than expected" THEN the forecast is the subject judged, no hedge', () => {
    expect(certaintyOf("The bank's earnings forecast was better than markets had hoped for.").level).toBe('certain');
  });

  it('GIVEN "His forecast of 5% growth is too optimistic" THEN a forecast after a possessive is the noun', () => {
    expect(certaintyOf('His forecast of 5% growth is too optimistic.').level).toBe('certain');
  });

  it('GIVEN "The bank forecast growth of 2%" THEN the verb still forecasts', () => {
    expect(certaintyOf('The bank forecast growth of 2%.').level).toBe('probable');
  });
});

describe('talks over something possible (qa32)', () => {
  it('GIVEN "held talks with the exchange last week over a possible offer" THEN the talks are stated, no hedge', () => {
    expect(certaintyOf('Both firms held talks with the exchange last week over a possible offer.').level).toBe('certain');
  });

  it('GIVEN "The firm warned of possible job cuts" THEN a warning of what is possible still hedges', () => {
    expect(certaintyOf('The firm warned of possible job cuts.').level).toBe('possible');
  });

  it('GIVEN a firm that "has approached" another "about a possible takeover bid" THEN the approach is stated as fact', () => {
    expect(certaintyOf('A US private equity group has approached the Leeds-based retailer about a possible takeover bid.').level).toBe('certain');
  });

  it('GIVEN "talks with" a rival whose name runs to several words "about a possible alliance" THEN the talks are stated as fact', () => {
    expect(certaintyOf('The carmaker is in talks with Dutch truck maker DAF Trucks Eindhoven about a possible alliance.').level).toBe('certain');
  });
});
