import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a denial or doubt said not to be made disputes nothing', () => {
  it('GIVEN "I cannot deny that we made mistakes" THEN the speaker grants the claim, so it is not contested', () => {
    expect(certaintyOf('"I cannot deny that we made mistakes in the spring," the coach said.').contested).toBe(false);
  });

  it('GIVEN "you can\'t deny it\'s exciting" THEN a denial no one can make is not contested', () => {
    expect(certaintyOf('"You can\'t deny it\'s exciting," he said.').contested).toBe(false);
  });

  it('GIVEN "would not be denied" THEN a player who won through disputes nothing', () => {
    expect(certaintyOf('Murray trailed by a set but would not be denied, thrilling the Glasgow crowd.').contested).toBe(false);
  });

  it('GIVEN "was not to be denied" THEN the idiom of winning through is not contested', () => {
    expect(certaintyOf('The Scot was not to be denied and raced to victory in the fourth set.').contested).toBe(false);
  });

  it('GIVEN "his side never doubted they could win" THEN a doubt never held is not contested', () => {
    expect(certaintyOf('The captain insisted his side never doubted they could win at Murrayfield.').contested).toBe(false);
  });

  it('GIVEN "The minister did not deny the report" THEN a denial not made is not contested', () => {
    expect(certaintyOf('The minister did not deny the report on Tuesday.').contested).toBe(false);
  });

  it('GIVEN "The minister denied the report" THEN a denial made still contests it', () => {
    expect(certaintyOf('The minister denied the report on Tuesday.').contested).toBe(true);
  });
});

describe('someone kept from scoring or winning is no claim denied', () => {
  it('GIVEN "only for the post to deny him." THEN the post kept a player from scoring', () => {
    expect(certaintyOf('Hughes curled the free kick round the wall only for the post to deny him.').contested).toBe(false);
  });

  it('GIVEN "to deny Arsenal space" THEN a side kept from room to play is not contested', () => {
    expect(certaintyOf('Bolton got plenty of bodies behind the ball to deny Arsenal space in the first half.').contested).toBe(false);
  });

  it('GIVEN "denied his side a famous victory" THEN a side kept from a win is not contested', () => {
    expect(certaintyOf('He was furious about a decision that he felt denied his side a famous victory.').contested).toBe(false);
  });

  it('GIVEN "denied Wales and allowed Italy to hold on" THEN a team kept from winning, then a clause of its own, is not contested', () => {
    expect(certaintyOf('Two fine tackles denied Wales and allowed Italy to hold on.').contested).toBe(false);
  });

  it('GIVEN "that chance will be denied them." THEN those kept from a chance, after a passive, are not contested', () => {
    expect(certaintyOf('"Young players want the biggest challenge, but this year that chance will be denied them.').contested).toBe(false);
  });

  it('GIVEN "denied his side a famous victory" THEN the one who felt it is no source of a denial', () => {
    expect(certaintyOf('Two late saves denied his side a famous victory.').sourcing).toBe('none');
  });

  it('GIVEN "Lord Hale also denied them, saying …" THEN `them` standing for claims is still a denial', () => {
    expect(certaintyOf('Lord Hale also denied them, saying he was not pressed in any way.', 'Ministers have denied the claims, made in a new book.').contested).toBe(true);
  });

  it('GIVEN "The firm denied her claims" THEN a possessive before claims is still a denial', () => {
    expect(certaintyOf('The firm denied her claims of unfair dismissal.').contested).toBe(true);
  });
});

describe('events contested in sport are competed for, not disputed', () => {
  it('GIVEN "also contested the long jump" THEN an athlete competed in an event', () => {
    expect(certaintyOf('In earlier seasons the 24-year-old also contested the long jump.').contested).toBe(false);
  });

  it('GIVEN "games at major tournaments have to be contested on grass" THEN the events stand before the passive', () => {
    expect(certaintyOf('Friendlies can be played on such pitches, although games at major tournaments have to be contested on grass.').contested).toBe(false);
  });

  it('GIVEN "The count was contested by the losing candidate" THEN what was declared, disputed, is still contested', () => {
    expect(certaintyOf('The count in the final ward was contested by the losing candidate.').contested).toBe(true);
  });
});

describe('a question named as a topic leaves nothing open', () => {
  it('GIVEN "has referred to the prosecutor the question of whether action should be brought" THEN the referral is stated, not left open', () => {
    expect(certaintyOf('The regulator has referred to the prosecutor the question of whether action should be brought.').level).toBe('certain');
  });

  it('GIVEN "the question of whether the bloggers were journalists did not apply" THEN what is said of the question is stated', () => {
    expect(certaintyOf('The judge said the question of whether the writers were journalists did not apply.').level).toBe('certain');
  });

  it('GIVEN "The big question is whether the deal will go ahead" THEN a question set out as open is still left open', () => {
    expect(certaintyOf('The big question is whether the deal will go ahead.').level).toBe('unknown');
  });
});
