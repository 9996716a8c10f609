import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;
const hedgeWordsOf = (text: string) =>
  analyseSentenceText(text)
    .cues.filter((cue) => cue.kind === 'hedge' || cue.kind === 'conditional')
    .map((cue) => cue.text);

describe('a question a decision, a debate or an asking governs', () => {
  it('GIVEN "will decide whether to ban …" THEN the scheduled decision is stated', () => {
    expect(levelOf('Councillors will decide on Tuesday whether to ban fireworks in city parks.')).toBe('certain');
  });

  it('GIVEN "A decision on whether to … is set to be made" THEN only the schedule hedges', () => {
    expect(hedgeWordsOf('A decision on whether to close the rural branches is set to be made by the board.')).toEqual(['is set to']);
  });

  it('GIVEN "is considering whether to appeal" THEN the weighing is stated', () => {
    expect(levelOf('The haulier is considering whether to appeal against the fine.')).toBe('certain');
  });

  it('GIVEN "has made no decision on whether to …" THEN the lack of a decision is stated', () => {
    expect(levelOf('The striker has made no decision on whether to leave the club.')).toBe('certain');
  });

  it('GIVEN "a row over whether …" THEN the row is stated', () => {
    expect(levelOf('A row over whether farmers should be paid for flood storage has reached the Commons.')).toBe('certain');
  });

  it('GIVEN "were divided over whether to …" THEN the division is stated', () => {
    expect(levelOf('Ministers were divided over whether to raise the cap on tuition fees.')).toBe('certain');
  });

  it('GIVEN "is heard asking X if he is …" THEN the question asked is stated, no condition', () => {
    expect(levelOf('On the recording the manager is heard asking a steward if he is "some kind of spy".')).toBe('certain');
  });

  it('GIVEN "asked 900 adults if they supported …" THEN the poll question is stated', () => {
    expect(levelOf('In March the pollster asked 900 adults if they supported a ban on smoking in cars.')).toBe('certain');
  });

  it('GIVEN "asked whether he would …" THEN the modal inside the question is what was asked and hedges nothing (issue 15, 2026-12-06)', () => {
    expect(hedgeWordsOf('The MP asked whether the council would refund the parking charges.')).toEqual([]);
  });

  it('GIVEN "the final say on whether a depot will be built" THEN the say is stated', () => {
    expect(levelOf('Local councils insist they will keep the final say on whether a depot will be built in the valley.')).toBe('certain');
  });

  it('GIVEN "we will decide if and what action will be taken" THEN the decision is stated', () => {
    expect(levelOf('The club will decide if and what further action will be taken.')).toBe('certain');
  });

  it('GIVEN "decide whether the evidence is admissible" (a fact to be judged) THEN it stays left open', () => {
    expect(levelOf('The judge will decide whether the recordings are admissible.')).toBe('unknown');
  });
});

describe('a question word that is a real hedge stays one', () => {
  it('GIVEN "It is not clear whether the deal will go ahead" THEN it is left open', () => {
    expect(levelOf('It is not clear whether the deal will go ahead.')).toBe('unknown');
  });

  it('GIVEN "could not say whether" THEN the question stays open', () => {
    expect(hedgeWordsOf('A spokeswoman could not say whether the plant would reopen.')).toContain('whether');
  });

  it('GIVEN "will decide the case if the parties fail to settle" THEN the "if" is still a condition', () => {
    expect(hedgeWordsOf('The tribunal will decide the case if the parties fail to settle.')).toEqual(['if']);
  });

  it('GIVEN "asked for a recount if …" THEN the request\'s "if" is still a condition', () => {
    expect(hedgeWordsOf('The candidate asked for a recount if the margin was under 50 votes.')).toEqual(['if']);
  });

  it('GIVEN "to decide if the benefits justify the risks" (a fact to be judged) THEN the "if" means whether and is left open', () => {
    expect(levelOf('The regulator has been asked to decide if the benefits of the drug justify its risks.')).toBe('unknown');
  });

  it('GIVEN "to see if" THEN the "if" means whether: the fact looked into is left open, not conditional', () => {
    expect(levelOf('Engineers are checking the bridge to see if it is safe.')).toBe('unknown');
  });
});

describe('a belief or report in a relative clause with its relative word left out', () => {
  it('GIVEN "a policy I believed to be right" THEN the belief says which policy, no hedge', () => {
    expect(levelOf('I have never dropped a policy I believed to be right.')).toBe('certain');
  });

  it('GIVEN "about the letter the envoy was said to be carrying" THEN the report says which letter, no hedge', () => {
    expect(levelOf('The minister was asked about the letter the envoy was said to be carrying.')).toBe('certain');
  });

  it('GIVEN "Talks are believed to have collapsed" THEN the main claim stays hedged', () => {
    expect(levelOf('Talks are believed to have collapsed.')).toBe('probable');
  });

  it('GIVEN "This year we expect …" THEN a noun of time opens no relative clause and it hedges', () => {
    expect(hedgeWordsOf('This year we expect sales to slow.')).toEqual(['expect']);
  });

  it('GIVEN "In this case I think …" THEN a noun after a preposition opens no relative clause and it hedges', () => {
    expect(hedgeWordsOf('In this case I think the referee was right.')).toEqual(['think']);
  });

  it('GIVEN "said in a statement the directors believed …" THEN the statement\'s content, and it hedges', () => {
    expect(hedgeWordsOf('The chairman said in a statement the directors believed the bid was too low.')).toEqual(['believed']);
  });

  it('GIVEN "the what we believe is …" THEN a question word is no noun described, and it hedges', () => {
    expect(hedgeWordsOf('Our worry centres on what we believe is an optimistic forecast.')).toContain('believe');
  });

  it('GIVEN "told the board it believed …" THEN an object and a clause, and it hedges', () => {
    expect(hedgeWordsOf('She told the board it believed the offer was too low.')).toEqual(['believed']);
  });
});

describe('a modal whose subject denies it', () => {
  it('GIVEN "said none of its accounts could be relied on" THEN the denied ability is stated', () => {
    expect(levelOf('The lender said none of its earlier accounts could be relied on.')).toBe('certain');
  });

  it('GIVEN "no bank could …" THEN the denied ability is stated', () => {
    expect(levelOf('Last year no bank could match its mortgage rates.')).toBe('certain');
  });

  it('GIVEN "The firm could lose its licence" THEN the modal still hedges', () => {
    expect(hedgeWordsOf('The firm could lose its licence.')).toEqual(['could']);
  });

  it('GIVEN a source\'s "could" of possibility THEN it still hedges, as FactBank labels it', () => {
    expect(hedgeWordsOf('The regulator said the merger could raise prices for households.')).toEqual(['could']);
  });
});

describe('an "if" that sets no condition on the claim', () => {
  it('GIVEN "few, if any," THEN the aside bounds the count, no hedge', () => {
    expect(levelOf('There are few, if any, who dispute the aims of the reform.')).toBe('certain');
  });

  it('GIVEN "If any member objects, …" THEN the condition still hedges', () => {
    expect(hedgeWordsOf('If any member objects, the vote will be delayed.')).toEqual(['If']);
  });

  it('GIVEN "ready to … if called upon" THEN the readiness is stated, as with "if necessary"', () => {
    expect(levelOf('Two companies of marines are ready to secure the harbour if called upon.')).toBe('certain');
  });

  it('GIVEN "Their disagreement is about whether …" THEN the question word marks the topic argued, no doubt', () => {
    expect(hedgeWordsOf('Their disagreement is about whether the review will be held in public.')).toEqual([]);
  });
});

describe('a "whether … or" of indifference after its clause', () => {
  it('GIVEN ", whether the animal is a fox or a deer" THEN the choice makes no difference, no doubt', () => {
    expect(levelOf('The law bans hunting with dogs, whether the quarry is a hare or a stag.')).toBe('certain');
  });

  it('GIVEN "it matters little whether … or not" THEN the indifference is stated', () => {
    expect(levelOf('To the shareholders it matters little whether the chairman stays or not.')).toBe('certain');
  });

  it('GIVEN "The rule is the same whether …" THEN the indifference is stated', () => {
    expect(levelOf('The rule is the same whether the buyer is a bank or a pension fund.')).toBe('certain');
  });

  it('GIVEN "could not say whether … or …" THEN the question stays open', () => {
    expect(levelOf('The spokesman could not say whether the plant would close or be sold.')).toBe('unknown');
  });
});

describe('"as if to": a manner, no condition', () => {
  it('GIVEN "as if to pour fuel on the flames, he attacked the plan" THEN the sentence is stated', () => {
    expect(levelOf('Then, as if to pour fuel on the flames, the minister attacked the plan.')).toBe('certain');
  });

  it('GIVEN "It looks as if the deal will fail" THEN the appearance still hedges', () => {
    expect(levelOf('It looks as if the deal will fail.')).not.toBe('certain');
  });
});
