import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a plan announced with "is to" is about the future (qa38)', () => {
  it('GIVEN "The carmaker is to close its plant" THEN the note says the plan is ahead', () => {
    expect(certaintyOf('The carmaker is to close its Turin plant next spring.').note).toBe("About the future ('is to'); stated by the article, with no source given.");
  });

  it('GIVEN a pledge in the plural, "They are to scrap tuition fees" THEN the note says so too', () => {
    expect(certaintyOf('They are to scrap tuition fees and cut the council tax.').note).toBe("About the future ('are to'); stated by the article, with no source given.");
  });

  it('GIVEN "said it is to relocate ten plants" THEN the reported plan is its source\'s and still ahead', () => {
    expect(certaintyOf('The appliance maker said it is to relocate ten of its plants to eastern Europe.').note).toBe("About the future ('is to'); attributed to The appliance maker.");
  });

  it('GIVEN "The aim is to cut costs" THEN the sentence says what the aim is, no plan is announced', () => {
    expect(certaintyOf('The aim of the merger is to cut costs across both airlines.').note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "it" standing for a task named before, "instead it is to rebuild" THEN no plan is announced', () => {
    expect(certaintyOf('The task is not only to balance the books; instead it is to rebuild trust in the bank.').note).not.toMatch(/future/u);
  });

  it('GIVEN "if it is to survive" THEN the clause is a condition, no plan of the sentence', () => {
    expect(certaintyOf('The airline needs fresh capital if it is to survive the winter.').note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "is to blame" THEN the idiom announces nothing', () => {
    expect(certaintyOf('A faulty valve is to blame for the leak, engineers said.').note).not.toMatch(/future/u);
  });

  it('GIVEN "it is to be hoped that" THEN a judgement announces nothing', () => {
    expect(certaintyOf('It is to be hoped that the talks resume soon.').note).not.toMatch(/future/u);
  });
});

describe('a possible outcome of a condition reads as a condition (qa38)', () => {
  it('GIVEN "if convicted, he could face six years" THEN the note is conditional, not doubt', () => {
    expect(certaintyOf('If convicted, the former banker could face up to six years in prison.').note).toBe("Conditional ('If', 'could'); no source given.");
  });

  it('GIVEN "could …  if" after the outcome THEN it reads alike', () => {
    expect(certaintyOf('The striker could miss the final if his ankle does not heal.').note).toBe("Conditional ('could', 'if'); no source given.");
  });

  it('GIVEN "wondered if … could" THEN the `if` asks and the `could` still guesses', () => {
    expect(certaintyOf('Investors wondered if the scandal could spread to other dairy firms.').note).toMatch(/^Hedged/u);
  });

  it('GIVEN "could be some time until" THEN a time guessed at is no condition', () => {
    expect(certaintyOf('It could be some time until the game reaches the shops.').note).toMatch(/^Hedged/u);
  });

  it('GIVEN the condition after a colon THEN the `could` before it is a plain guess', () => {
    expect(certaintyOf('The scheme could solve an old problem: if readers cannot reach the library, how can it reach them?').note).toMatch(/^Hedged/u);
  });
});

describe('a past plan that says when something else happened hedges nothing (qa38)', () => {
  it('GIVEN "on the day testimony was set to begin" THEN the suspension is stated', () => {
    expect(certaintyOf('The trial was halted when the defence produced new papers on the day witnesses were set to appear.').level).toBe('certain');
  });

  it('GIVEN "shortly before the band were due to tour" THEN the death is stated', () => {
    expect(certaintyOf('The singer died in 1992, shortly before the band were due to tour Japan.').level).toBe('certain');
  });

  it('GIVEN "after it said a partner was set to pull out" THEN the plan is what was said, and hedges', () => {
    expect(certaintyOf('Shares fell after the firm said a partner was set to pull out of the deal.').level).toBe('probable');
  });

  it('GIVEN a past plan that is the claim, "The match was set to go ahead" THEN it hedges', () => {
    expect(certaintyOf('The match was set to go ahead despite the snow.').level).toBe('probable');
  });
});

describe('a view granted in a concession is set against the claim, not a doubt of it (qa38)', () => {
  it('GIVEN "insisted … despite research suggesting the cost was under-estimated" THEN the insistence is not hedged', () => {
    expect(certaintyOf('Ministers have insisted they are committed to free school meals despite research suggesting the cost was under-estimated.').note).toBe('Attributed to Ministers.');
  });

  it('GIVEN "despite claims to the contrary in a new book" THEN a claim with no content of its own hedges nothing', () => {
    expect(certaintyOf('The minister insisted he still trusted his deputy, despite claims to the contrary in a new memoir.').level).toBe('certain');
  });

  it('GIVEN "despite the possibility of conflict" THEN a possibility with its content still hedges', () => {
    expect(certaintyOf('Despite the possibility of a strike, fares have been falling.').level).not.toBe('certain');
  });

  it('GIVEN "despite speculation that" THEN a rumour with its content still leaves it open', () => {
    expect(certaintyOf('The group made no comment despite speculation that its chairman had met buyers.').level).not.toBe('certain');
  });

  it('GIVEN "despite recovering, with his manager claiming …" THEN the `with` clause is no concession, and its claim hedges', () => {
    expect(certaintyOf('The striker did not play despite recovering from injury with his manager claiming it had been a difficult week.').level).toBe('probable');
  });

  it('GIVEN "The fall came despite …" THEN the concession is the claim itself, and its cue hedges', () => {
    expect(certaintyOf('The fall came despite forecasts suggesting a rise.').level).toBe('probable');
  });
});

describe('a `could` naming what a thing still to be made is to do hedges nothing (qa38)', () => {
  it('GIVEN "We aimed to create a robot that could live with people" THEN the aim is stated', () => {
    expect(certaintyOf('"We aimed to create a robot that could live alongside people," the engineer said.').level).toBe('certain');
  });

  it('GIVEN "to make components that could carry light" THEN the plural thing to be made reads alike', () => {
    expect(certaintyOf('The work is one of the steps needed to make components that could carry light.').level).toBe('certain');
  });

  it('GIVEN "has developed a drug that could cure" THEN a thing already made may or may not do it, and it hedges', () => {
    expect(certaintyOf('Scientists have developed a drug that could cure the disease.').level).toBe('possible');
  });
});

describe('doubt cast on what lies ahead is news, not a dispute (qa38)', () => {
  it('GIVEN "is casting doubt on the firm\'s future" THEN the sentence is neither hedged nor contested', () => {
    const certainty = certaintyOf("A row between the government and the water company is casting doubt on the firm's future.");
    expect([certainty.level, certainty.contested]).toEqual(['certain', false]);
  });

  it('GIVEN "cast doubt over the economy\'s prospects" THEN it reads alike', () => {
    expect(certaintyOf("Weak retail figures have cast doubt over the economy's prospects.").contested).toBe(false);
  });

  it('GIVEN "cast doubt on his rival\'s injury claims" THEN a claim is disputed', () => {
    expect(certaintyOf("The sprinter cast doubt on his rival's injury claims.").contested).toBe(true);
  });
});

describe('people expected to attend are on a schedule, about the future (qa38)', () => {
  it('GIVEN "are expected to give evidence against him" THEN the note says the act is ahead, not in doubt', () => {
    expect(certaintyOf('Several former managers have pleaded guilty and are expected to give evidence against the founder.').note).toBe("About the future ('expected'); no source given.");
  });

  it('GIVEN stars who "are expected to attend the ceremony" THEN it reads alike', () => {
    expect(certaintyOf('Film stars including Kate Rowe and Tom Hale are expected to attend the ceremony.').note).toMatch(/^About the future/u);
  });

  it('GIVEN "About 120,000 people are expected to attend" THEN a count expected is a forecast, and hedged', () => {
    expect(certaintyOf('About 120,000 people are expected to attend the show in Las Vegas.').note).toMatch(/^Hedged/u);
  });

  it('GIVEN "were expected to attend" THEN a past expectation may have come to nothing, and is hedged', () => {
    expect(certaintyOf('Film stars were expected to attend the ceremony.').note).toMatch(/^Hedged/u);
  });
});
