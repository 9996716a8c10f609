import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a hedge or a condition of a side clause is the clause's, not the sentence's claim (issue 15)", () => {
  it('GIVEN "rose 5%, but could have risen more if …" THEN the counterfactual after "but" leaves the rise stated', () => {
    expect(certaintyOf('Sales at the chain rose 5% last year, but could have risen more if the weather had been kinder.').level).toBe('certain');
  });

  it('GIVEN "fell 3%, but might have fallen further had the bid not been confirmed" THEN the fall is stated and nothing is contested', () => {
    const certainty = certaintyOf("The firm's shares fell 3%, but might have fallen further had the bid not been confirmed.");
    expect([certainty.level, certainty.contested]).toEqual(['certain', false]);
  });

  it('GIVEN "but it could have been worse" THEN a degree beyond what happened is a counterfactual too', () => {
    expect(certaintyOf('Damage to the harbour was severe, but it could have been much worse, the coastguard said.').level).toBe('certain');
  });

  it('GIVEN "made £2m, although it could have made more" THEN a counterfactual after "although" leaves the profit stated', () => {
    expect(certaintyOf('The theatre made a profit of £2m, although it could have made more.').level).toBe('certain');
  });

  it('GIVEN "won 2-0, but it could easily have been four" THEN what was near to happening is a counterfactual', () => {
    expect(certaintyOf('City won 2-0 at home, but it could easily have been four.').level).toBe('certain');
  });

  it('GIVEN "but could have been caused by a fault" THEN a guess at what happened, with no sign of a counterfactual, still hedges', () => {
    expect(certaintyOf('The plant shut down on Monday, but could have been hit by a power fault.').level).not.toBe('certain');
  });

  it('GIVEN "rose 5%, but could rise further next year" THEN a forecast after "but" still hedges', () => {
    expect(certaintyOf('Output rose 5% in the quarter, but could rise further next year.').level).not.toBe('certain');
  });

  it('GIVEN "The bank, which would sell its stake if offered more, said …" THEN the condition in the set-off clause leaves the statement stated', () => {
    expect(certaintyOf('The bank, which would sell its stake if offered more, said profits rose 10% in the year.').level).toBe('certain');
  });

  it('GIVEN "Mr Smith, who would stand again if asked, said …" THEN a hypothesis about the speaker hedges nothing of what he said', () => {
    expect(certaintyOf('Mr Smith, who would stand again if asked, said the party had won the argument.').level).toBe('certain');
  });

  it('GIVEN "The proposals, which would apply if …, would not apply …" THEN the main clause keeps its own modal', () => {
    expect(certaintyOf('The rules, which would be brought in if the party won, would not apply to students.').level).not.toBe('certain');
  });
});

describe('a modal inside a question someone asked is what was asked, not the article hedging (issue 15)', () => {
  it('GIVEN "Reporters asked whether the bank could cut rates again" THEN the question is reported, not hedged', () => {
    expect(certaintyOf('Reporters at the briefing asked whether the bank could cut rates again.').level).toBe('certain');
  });

  it('GIVEN "was asked if he would rule out …" THEN the question put to him hedges nothing', () => {
    expect(certaintyOf('The chancellor was asked if he would rule out a rise in national insurance.').level).toBe('certain');
  });

  it('GIVEN "tests to see whether the drug could slow the disease" THEN a question looked into stays open', () => {
    expect(certaintyOf('Doctors are running tests to see whether the drug could slow the disease.').level).not.toBe('certain');
  });
});

describe('a wish is no guess, and a tip is a forecast whoever makes it (issue 15)', () => {
  it('GIVEN "would really like to stay" THEN an adverb of degree leaves the wish stated', () => {
    expect(certaintyOf('He would really like to stay at the club, his agent said.').level).toBe('certain');
  });

  it('GIVEN "I would very much like to thank" THEN two adverbs of degree leave the wish stated', () => {
    expect(certaintyOf('"I would very much like to thank the staff at the hospital," she said.').level).toBe('certain');
  });

  it('GIVEN "The deal would really help the region" THEN an adverb before another verb leaves the would a guess', () => {
    expect(certaintyOf('The deal would really help the region, he said.').level).not.toBe('certain');
  });

  it('GIVEN "was tipped by bookmakers as the favourite" THEN the passive with its makers named is a forecast', () => {
    expect(certaintyOf('Ms Jones was tipped by bookmakers as the favourite to win the seat.').level).toBe('probable');
  });

  it('GIVEN "Bookmakers have tipped him to win" THEN the active forecast of someone hedges too', () => {
    expect(certaintyOf('Bookmakers have tipped him to win the title for a third time.').level).toBe('probable');
  });

  it('GIVEN "The waiter was tipped by the guests" THEN a tip of money forecasts nothing', () => {
    expect(certaintyOf('The waiter was tipped by the guests after the dinner.').level).toBe('certain');
  });
});

describe('a claim named as false by someone is contested; a description that rejects nothing is not (issue 15)', () => {
  it('GIVEN "Reports of a merger were described as \\"idle speculation\\" by a spokesman" THEN the reports are contested and not left open', () => {
    const certainty = certaintyOf('Reports of a merger were described as "idle speculation" by a spokesman for the bank.');
    expect([certainty.level, certainty.contested]).toEqual(['certain', true]);
  });

  it('GIVEN "was dismissed as \\"idle speculation\\"" THEN the rejecter\'s word in quotation marks leaves nothing open', () => {
    expect(certaintyOf('Talk of a sale was dismissed as "idle speculation" by the chairman.').level).toBe('certain');
  });

  it('GIVEN "described the claims as \\"complete nonsense\\"" THEN the claims are contested', () => {
    expect(certaintyOf('The minister described the claims as "complete nonsense".').contested).toBe(true);
  });

  it('GIVEN "The opposition branded the figures misleading" THEN the figures are contested', () => {
    expect(certaintyOf('The opposition branded the official figures misleading.').contested).toBe(true);
  });

  it('GIVEN "The launch was described as a success by the company" THEN a description is no dispute', () => {
    expect(certaintyOf('The launch was described as a success by the company.').contested).toBe(false);
  });

  it('GIVEN "described the ban as ridiculous" THEN a judgement of a policy disputes no claim', () => {
    expect(certaintyOf('The landlord described the smoking ban as ridiculous.').contested).toBe(false);
  });

  it('GIVEN "described the speculation as unhelpful" THEN a claim described as something other than false is not contested', () => {
    expect(certaintyOf('Ministers described the speculation about his future as unhelpful.').contested).toBe(false);
  });
});
