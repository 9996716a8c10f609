import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe("a modal or a belief in a clause that is not the sentence's claim hedges nothing (qa40, A1)", () => {
  it('GIVEN a cap "on the number of licences that could be issued" THEN the modal is the rule\'s permission and the call is stated', () => {
    expect(certaintyOf('The report called for a cap on the number of licences that could be issued to any one operator.').level).toBe('certain');
  });

  it('GIVEN "a price war over who could sell the cheapest petrol" THEN a contest named as a thing is stated', () => {
    expect(certaintyOf('The two chains have started a price war over who could sell the cheapest petrol.').level).toBe('certain');
  });

  it('GIVEN "asked who could replace the chief executive" THEN a possibility with no contest in it still hedges', () => {
    expect(certaintyOf('Investors asked who could replace the chief executive.').level).not.toBe('certain');
  });

  it('GIVEN "completed what many had thought was an impossible route" THEN a view others held then names the route, and the feat is stated', () => {
    expect(certaintyOf('The climbers finally completed what many had thought was an impossible route.').level).toBe('certain');
  });

  it('GIVEN "changed the rules so only residents with a permit could park" THEN the purpose of the change is stated', () => {
    expect(certaintyOf('The council changed the rules so only residents with a permit could park in the square.').level).toBe('certain');
  });

  it('GIVEN "Prices have fallen, so the bank could cut rates" THEN a consequence after a comma is still a guess', () => {
    expect(certaintyOf('Prices have fallen, so the bank could cut rates again.').level).not.toBe('certain');
  });

  it('GIVEN "before the line could reopen" THEN a time clause places one event after another', () => {
    expect(certaintyOf('Engineers had to replace every signal before the line could reopen.').level).toBe('certain');
  });

  it('GIVEN "sued the paper following its allegations that …" THEN the suit is stated and only its cause was alleged', () => {
    expect(certaintyOf('The singer has sued the tabloid following its allegations that she had lied to the court.').level).toBe('certain');
  });
});

describe('a "should" of demand, rule or judgement is the source\'s demand, no hedge (qa40, A2)', () => {
  it('GIVEN "it is astonishing that any minister should defend" THEN the judged clause is stated', () => {
    expect(certaintyOf('It is astonishing that any minister should defend such a scheme, the MP said.').level).toBe('certain');
  });

  it('GIVEN a rule set for any levy, "any new levy should not damage competition" THEN it is a demand', () => {
    expect(certaintyOf('The regulator said any new levy on airlines should not damage competition.').level).toBe('certain');
  });

  it('GIVEN "Any rise in rates should be small" THEN a generic subject with "be" and an adjective still forecasts', () => {
    expect(certaintyOf('Any rise in rates should be small, economists said.').level).toBe('probable');
  });

  it('GIVEN the passive of an act, "the chairman\'s pay should be cut by a third" THEN it is a demand', () => {
    expect(certaintyOf("The opposition says the chairman's pay should be cut by a third.").level).toBe('certain');
  });

  it('GIVEN "The new bridge should be completed next spring" THEN a step on a timetable still forecasts', () => {
    expect(certaintyOf('The new bridge should be completed next spring.').level).toBe('probable');
  });

  it('GIVEN a named person called on to act, "Mr Reid should release the letters" THEN it is the critic\'s demand', () => {
    expect(certaintyOf('Mr Reid should personally release the letters, says the shadow home secretary.').note).toBe('Attributed to the shadow home secretary.');
  });

  it('GIVEN "Henman should win comfortably" THEN what a player is to achieve still forecasts', () => {
    expect(certaintyOf('Henman should win comfortably, his coach said.').level).toBe('probable');
  });

  it('GIVEN "should his contract talks collapse" THEN an inverted condition still hedges', () => {
    expect(certaintyOf('The club will bid for Moreno should his contract talks collapse.').level).not.toBe('certain');
  });
});

describe('an "if" or an "event" that sets no condition (qa40, A3)', () => {
  it('GIVEN "cheered as if the match had been won" THEN a likeness is no condition', () => {
    expect(certaintyOf('The crowd cheered as if the match had already been won.').level).toBe('certain');
  });

  it('GIVEN "compete in the event." THEN the event is the race, no supposition', () => {
    expect(certaintyOf('Two former champions will also compete in the event.').note).not.toMatch(/Conditional/u);
  });

  it('GIVEN "has yet to reveal the price or if it will charge a fee" THEN the "if" means whether: open, not a condition', () => {
    const certainty = certaintyOf('The broadcaster has yet to reveal the price of the box or if it will charge a monthly fee.');
    expect(certainty.level).toBe('unknown');
    expect(certainty.note).not.toMatch(/Conditional/u);
  });
});

describe('a "may have" that concedes what happened hedges nothing (qa40, A4)', () => {
  it('GIVEN "X may have scored twice, but his side\'s defence let them down" THEN both halves are stated', () => {
    expect(certaintyOf("The striker may have scored twice, but his side's defence let them down again.").level).toBe('certain');
  });

  it('GIVEN "The prize may elude him, but …" THEN a "may" of what is still ahead hedges', () => {
    expect(certaintyOf('The title may elude him this year, but he remains the favourite.').level).not.toBe('certain');
  });
});

describe('"suggested" of a proposal and "claimed" of a loss (qa40, A5, A6)', () => {
  it('GIVEN "Her agent suggested she turn down the role" THEN the proposal is stated', () => {
    expect(certaintyOf('Her agent suggested she turn down the role.').level).toBe('certain');
  });

  it('GIVEN "The figures suggested he was losing support" THEN a hint still hedges', () => {
    expect(certaintyOf('The figures suggested he was losing support.').level).toBe('probable');
  });

  it('GIVEN "has claimed its first high-profile victim" THEN "claimed" means took, and no claim is made', () => {
    expect(certaintyOf('The crackdown on file-sharing has claimed its first high-profile victim.').level).toBe('certain');
  });

  it('GIVEN "claimed the victims had been warned" THEN a claim still hedges', () => {
    expect(certaintyOf('The group claimed the victims had been warned.').level).toBe('probable');
  });
});

describe('a plan reported with a long subject after "told … that" (qa40, F)', () => {
  it('GIVEN "told the assembly on Monday that a new tax on second homes in coastal villages would be introduced" THEN the reported plan is about the future', () => {
    expect(certaintyOf('The minister told the regional assembly on Monday that a new tax on second homes in coastal villages would be introduced next year.').note).toBe(
      "About the future ('would'); attributed to The minister.",
    );
  });

  it('GIVEN "warned there was a real risk that witnesses … would be intimidated" THEN a risk is no reported plan, and it hedges', () => {
    expect(certaintyOf('The judge warned there was a real risk that witnesses in the long-running fraud trial would be intimidated.').note).toMatch(/^Hedged/u);
  });
});
