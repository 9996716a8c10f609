import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a poll, survey or figures as the source of what they show, with modifiers or an aside', () => {
  it('GIVEN "Exit polling shows he won 71% of voters under 30" THEN the polling is the source, an unnamed one', () => {
    const certainty = certaintyOf('Exit polling shows he won 71% of voters under 30 in the state.');
    expect(certainty.attributedTo).toEqual(['Exit polling']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "The most recent polling in Ohio shows …" THEN the polling is the source, not named by the place it was taken in', () => {
    const certainty = certaintyOf('The most recent polling in Ohio shows the governor closing the gap on his rival.');
    expect(certainty.attributedTo).toEqual(['The most recent polling in Ohio']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Gallup polling shows …" THEN polling a pollster ran is named', () => {
    expect(certaintyOf("Gallup polling shows the president's approval rating has slipped below 40%.").sourcing).toBe('named');
  });

  it('GIVEN "Exit polls show …" THEN a word that only says what kind of poll it is names no pollster', () => {
    expect(certaintyOf('Exit polls show the party held on to most of its seats in the north.').sourcing).toBe('vague');
  });

  it('GIVEN "The survey, conducted for a campaign group, also found that …" THEN the survey is the source across its aside', () => {
    expect(certaintyOf('The survey, conducted for a housing charity, also found that rents had risen by a fifth.').attributedTo).toEqual(['The survey']);
  });

  it('GIVEN "A study of the floods, from the University of Kent, found that …" THEN the study is the source, its aside only describing it', () => {
    expect(certaintyOf('A study of the floods, from the University of Kent, found that most small firms had recovered within a year.').attributedTo).toEqual(['A study of the floods']);
  });

  it('GIVEN "The research, carried out by Professor Ruth Allsop, says …" THEN the aside\'s own cue still gives its author', () => {
    expect(certaintyOf('The research, carried out by Professor Ruth Allsop, says the change would save 50 lives a year.').attributedTo).toContain('Ruth Allsop');
  });

  it('GIVEN "…, with polls showing the minister\'s lead having evaporated" THEN the polls are the source of what they show', () => {
    expect(certaintyOf("The minister fought on, with polls showing the minister's lead having evaporated.").attributedTo).toEqual(['polls']);
  });

  it('GIVEN "…, with latest figures showing that 3 billion texts were sent" THEN the figures are the source', () => {
    expect(certaintyOf('Texting keeps growing, with latest figures showing that 3 billion messages were sent in March.').attributedTo).toEqual(['latest figures']);
  });

  it('GIVEN "… said …, with figures showing a rise" THEN the figures are part of what the speaker said, no second source', () => {
    expect(certaintyOf('Mr Reed said drink-driving remained a killer, with figures showing a rise in crashes.').attributedTo).toEqual(['Reed']);
  });

  it('GIVEN "to avoid showing the scene" THEN a showing that is no document\'s names no source', () => {
    expect(certaintyOf('A US network is editing the drama to avoid showing the scene in full.').sourcing).toBe('none');
  });

  it('GIVEN "The figures collected by the Mobile Phone Group (MPG) showed …" THEN who collected the figures is the source', () => {
    expect(certaintyOf('The figures collected by the Mobile Phone Group (MPG) showed that 2 billion texts were sent in December.').attributedTo).toEqual(['Mobile Phone Group']);
  });

  it('GIVEN "records and posters were collected by a fan" THEN a collector of things is no source', () => {
    expect(certaintyOf('The archive of signed records and posters was collected by a devoted fan.').sourcing).toBe('none');
  });

  it('GIVEN "The register shows the former leader earning up to £800,000" THEN the register is the source', () => {
    expect(certaintyOf('The register shows the former leader earning up to £800,000 on top of his salary.').attributedTo).toEqual(['The register']);
  });

  it('GIVEN "explained the slogan was the reaction to polling which suggests …" THEN the clause before the poll is no source', () => {
    expect(certaintyOf('Mr Reed explained the slogan was the reaction to polling which suggests the party is ahead.').attributedTo).toEqual(['Reed']);
  });
});

describe('a view held: "In X\'s view, …"', () => {
  it('GIVEN "In Mr Smith\'s view, the deal is dead" THEN Smith stands behind the clause', () => {
    expect(certaintyOf("In Mr Smith's view, the deal is already dead.").attributedTo).toEqual(['Smith']);
  });

  it('GIVEN "In the view of the chancellor, …" THEN the chancellor stands behind the clause', () => {
    expect(certaintyOf('In the view of the chancellor, the economy is strong enough to bear the rise.').attributedTo).toEqual(['the chancellor']);
  });

  it('GIVEN "In his view, …" after a sentence that names Gordon Brown THEN "his" is resolved as "he said" is', () => {
    expect(certaintyOf('In his view, the economy is strong enough to bear the rise.', 'Gordon Brown spoke to business leaders on Monday.').attributedTo).toEqual(['Gordon Brown']);
  });

  it('GIVEN "…, in Professor Lane\'s view, …" as an aside THEN the professor stands behind the sentence', () => {
    expect(certaintyOf("The only other step needed, in Professor Lane's view, is more money for research.").attributedTo).toEqual(['Lane']);
  });

  it('GIVEN "In my view, …" THEN the writer\'s own judgement is the article\'s', () => {
    expect(certaintyOf('In my view, the deal is already dead.').sourcing).toBe('none');
  });

  it('GIVEN "In the past, …" THEN a time names no one', () => {
    expect(certaintyOf('In the past, the firm has made a loss in most winters.').sourcing).toBe('none');
  });
});

describe('a judgement "X has described Y as Z" with a source for its subject', () => {
  it('GIVEN "The opposition has described the budget as a gamble" THEN the opposition stands behind the judgement', () => {
    expect(certaintyOf('The opposition has described the budget as a reckless gamble.').attributedTo).toEqual(['The opposition']);
  });

  it('GIVEN "The budget faces opposition from the unions" THEN opposition met is no source', () => {
    expect(certaintyOf('The budget faces fierce opposition from the unions.').sourcing).toBe('none');
  });

  it('GIVEN "In recent years the leader of the opposition has said …" THEN the leader speaks, not the body after "of"', () => {
    expect(certaintyOf('In recent years the leader of the opposition has said the debate should be held.').attributedTo).toEqual(['the leader of the opposition']);
  });

  it('GIVEN "Opposition parties want …" opening the sentence THEN the parties are a group nobody in it answers for', () => {
    expect(certaintyOf('Opposition parties want more police on the streets.').sourcing).toBe('vague');
  });
});

describe('a doubt put as "questioning whether"', () => {
  it('GIVEN "Party leaders are now openly questioning whether the strategy can work" THEN the party leaders are the source', () => {
    expect(certaintyOf('Party leaders are now openly questioning whether the strategy can work.').attributedTo).toEqual(['Party leaders']);
  });

  it('GIVEN "released after hours of questioning" THEN a police interview is no source', () => {
    expect(certaintyOf('The suspect was released after hours of questioning.').sourcing).toBe('none');
  });
});

describe('rulings and reports the fresh read found unsourced (qa39)', () => {
  it('GIVEN "… in the chamber Speaker John Hale has ruled." with its comma left out THEN the Speaker made the ruling', () => {
    expect(certaintyOf('MPs will be thrown out if they use pagers in the chamber Speaker John Hale has ruled.').attributedTo).toEqual(['John Hale']);
  });

  it('GIVEN "getting through Tom Hale\'s questions." THEN a possessive before the -s form at the end makes it a noun', () => {
    expect(certaintyOf("The aim is getting through Tom Hale's questions.").sourcing).toBe('none');
  });

  it('GIVEN "The Court of Appeal then decided the practice discriminated against …" THEN the court made the finding', () => {
    expect(certaintyOf('The Court of Appeal then decided the practice discriminated against travellers.').attributedTo).toEqual(['Court of Appeal']);
  });

  it('GIVEN "The judge decided to adjourn the case" THEN a decision taken is an act', () => {
    expect(certaintyOf('The judge decided to adjourn the case until March.').sourcing).toBe('none');
  });

  it('GIVEN "The board decided that the plant would close" THEN a board\'s decision is an act, not a finding', () => {
    expect(certaintyOf('The board decided that the plant would close.').sourcing).toBe('none');
  });
});

describe('certainty of reports the fresh read found misread (qa39)', () => {
  it('GIVEN "the firm revealed it would have to restate its accounts" THEN the revealed plan is about the future, no hedge', () => {
    expect(certaintyOf('Shares fell after the firm revealed it would have to restate its 2004 accounts.').note).toBe(
      "About the future ('would'); up to 'after', the article's own words, with no source given; after 'after', attributed to the firm.",
    );
  });

  it('GIVEN "revealed which nominees they would prefer" THEN a wish revealed stays a hedge', () => {
    expect(certaintyOf('The panel also revealed which nominees they would personally prefer to win.').level).toBe('possible');
  });

  it('GIVEN "Lord Hale failed to predict the mood of the country" THEN a prediction not made is no hedge', () => {
    expect(certaintyOf('Lord Hale failed to predict the mood of the country.').level).toBe('certain');
  });
});
