import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a plan still ahead is named as about the future, not as doubt', () => {
  it('GIVEN "said he would co-operate fully" THEN a past report\'s `would` is its speaker\'s future, as `will` is', () => {
    const certainty = certaintyOf('The former chairman said he would co-operate fully with the inquiry.');
    expect(certainty.note).toBe("About the future ('would'); attributed to The former chairman.");
  });

  it('GIVEN "said he would" and "says he will" of the same promise THEN both notes say it is about the future', () => {
    expect(certaintyOf('The mayor said he would publish the report in May.').note).toMatch(/^About the future \('would'\)/u);
    expect(certaintyOf('The mayor says he will publish the report in May.').note).toMatch(/^About the future \('will'\)/u);
  });

  it('GIVEN a trailing past report ("Growth would slow next year, the bank said") THEN its `would` is about the future', () => {
    expect(certaintyOf('Growth would slow to 2% next year, the central bank said.').note).toBe("About the future ('would'); attributed to the central bank.");
  });

  it('GIVEN a present report ("says the change would make little difference") THEN `would` keeps its sense of a guess and hedges', () => {
    expect(certaintyOf('The minister says the change would make little difference to most families.').note).toBe("Hedged ('would'); attributed to The minister.");
  });

  it('GIVEN "said banning the games would be wrong" THEN an act named as the subject makes `would` a guess at it, not a plan', () => {
    expect(certaintyOf('The industry body said banning the games would be wrong.').note).toBe("Hedged ('would'); attributed to The industry body.");
  });

  it('GIVEN "Lifting the ban would ease the strain, analysts said" THEN an act named as the subject before a trailing report is a guess too', () => {
    expect(certaintyOf('Lifting the ban would ease the strain on hospitals, the union said.').note).toBe("Hedged ('would'); attributed to the union.");
  });

  it('GIVEN "said more would be poor without the aid" THEN a reported counterfactual stays a hedge', () => {
    expect(certaintyOf('The charity said more families would be poor without the aid.').note).toBe("Hedged ('would'); attributed to The charity.");
  });

  it('GIVEN "said efforts would continue to deport them without them facing torture" THEN a `without` of manner leaves the plan ahead', () => {
    expect(certaintyOf('The home secretary said efforts would continue to return them without them facing torture.').note).toBe("About the future ('would'); attributed to The home secretary.");
  });

  it('GIVEN "is due to face trial in March" THEN a schedule is about the future', () => {
    expect(certaintyOf('The striker is due to face trial in March.').note).toBe("About the future ('is due to'); no source given.");
  });

  it('GIVEN "plans to cut 300 jobs" THEN a plan held now is about the future', () => {
    expect(certaintyOf('The carmaker plans to cut 300 jobs at its Midlands plant.').note).toBe("About the future ('plans to'); attributed to The carmaker.");
  });

  it('GIVEN "was due to land" THEN a schedule in the past, which may have come to nothing, stays a hedge', () => {
    expect(certaintyOf('The flight was due to land at noon.').note).toBe("Hedged ('was due to'); no source given.");
  });

  it('GIVEN a plan and a guess together ("plans to … and may …") THEN the note says hedged, naming both', () => {
    expect(certaintyOf('The bank plans to close 40 branches and may sell its insurance arm.').note).toBe("Hedged ('plans to', 'may'); attributed to The bank.");
  });

  it('GIVEN the terms of a deal ("Under the offer, holders would receive …") THEN the terms are about the future', () => {
    expect(certaintyOf('Under the offer, shareholders would receive 120p for each share.').note).toBe("About the future ('would'); no source given.");
  });
});

describe('a condition on an event is named as a condition, not as doubt', () => {
  it('GIVEN "provides links … if it finds a number" THEN the note says conditional', () => {
    expect(certaintyOf('The toolbar adds a link to the shop if it finds a product code on the page.').note).toBe("Conditional ('if'); no source given.");
  });

  it('GIVEN "If talks fail, the union would strike" THEN the condition and its outcome are one conditional', () => {
    const certainty = certaintyOf('If the talks fail, the union would strike in January, its leader warned.');
    expect(certainty.note).toBe("Conditional ('If', 'would'); attributed to its leader.");
    expect(certainty.cues.filter((cue) => cue.kind === 'conditional').map((cue) => cue.text)).toEqual(['If', 'would']);
  });

  it('GIVEN "prices would rise if rates fell" THEN a `would` before its condition is the outcome too', () => {
    expect(certaintyOf('House prices would rise again if rates fell.').note).toBe("Conditional ('would', 'if'); no source given.");
  });

  it('GIVEN "unless" THEN a condition of the other sense reads alike', () => {
    expect(certaintyOf('Unless the council acts, the library closes in June.').note).toBe("Conditional ('Unless'); no source given.");
  });

  it('GIVEN "if true" THEN a condition on the claim\'s truth is a hedge', () => {
    expect(certaintyOf('The figures, if true, show the worst year for the firm since 1990.').note).toBe("Hedged ('if true'); no source given.");
  });

  it('GIVEN a condition and a guess together ("if … might") THEN the note says hedged', () => {
    expect(certaintyOf('If the vote is lost, the prime minister might resign.').note).toBe("Hedged ('If', 'might'); no source given.");
  });

  it('GIVEN "refused to say if it would appeal" THEN an `if` that asks makes no condition of the `would`', () => {
    expect(certaintyOf('The ministry refused to say if it would appeal against the ruling.').note).not.toMatch(/^Conditional/u);
  });

  it('GIVEN "looked as if it would" THEN an appearance is a hedge, no condition', () => {
    expect(certaintyOf('The budget looked as if it would lift growth.').note).toMatch(/^Hedged \('looked as if', 'would'\)/u);
  });
});
