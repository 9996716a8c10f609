import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

const cueWords = (sentence: string): string[] => certaintyOf(sentence).cues.map((cue) => cue.text);

describe('words that look like hedges but name a time, a degree or a thing', () => {
  it('GIVEN "in protest at government plans to extend …" THEN "plans" is a noun the preposition governs and the sentence is stated', () => {
    expect(certaintyOf('The union is to ballot its members in protest at government plans to extend the pension age.').level).toBe('certain');
  });

  it('GIVEN "the firm plans to close" THEN "plans" is still the verb of a plan, which hedges', () => {
    expect(certaintyOf('The firm plans to close two of its factories.').level).toBe('probable');
  });

  it('GIVEN "reports they plan to launch an airline" THEN a pronoun before "plan" keeps it a verb', () => {
    expect(certaintyOf('The three refused to confirm reports they plan to launch an airline.').level).toBe('probable');
  });

  it('GIVEN "putting the vote off until the latest date possible" THEN neither "until" nor "possible" is a hedge', () => {
    expect(cueWords('Ministers put the vote off until the latest date possible.')).toEqual([]);
  });

  it('GIVEN "the talks will go on until a deal is reached" THEN "until" before a clause is still a condition', () => {
    expect(cueWords('The talks will go on until a deal is reached.')).toContain('until');
  });
});

describe('what a thing would have done, in a clause about it', () => {
  it('GIVEN "to get out of a deal which could have forced it to buy the carmaker" THEN the sentence is stated', () => {
    expect(certaintyOf('The firm paid $2bn to get out of a deal which could have forced it to buy the carmaker outright.').level).toBe('certain');
  });

  it('GIVEN "factors which may have swung the board" THEN "may have" still guesses and hedges', () => {
    expect(certaintyOf('It has its own mobile arm - factors which may have swung the board in its favour.').level).not.toBe('certain');
  });
});

describe('"uncertainty" as a state the sentence reports', () => {
  it('GIVEN "ministers were prolonging uncertainty by putting the vote off" THEN "uncertainty" is the topic, no hedge', () => {
    expect(certaintyOf('Mr Ancram said ministers were prolonging uncertainty by putting the vote off.').level).toBe('certain');
  });

  it('GIVEN "Uncertainty remains over the future of the plant" THEN the future is left open', () => {
    expect(certaintyOf('Uncertainty remains over the future of the plant.').level).toBe('unknown');
  });

  it('GIVEN "uncertainty over whether the deal will go ahead" THEN the deal is left open', () => {
    expect(certaintyOf('Shares fell amid uncertainty over whether the deal will go ahead.').level).toBe('unknown');
  });
});

describe('a motive after a comma', () => {
  it('GIVEN "has taken legal action to halt the buyout, hoping to get a better deal" THEN the act is stated', () => {
    expect(certaintyOf('A shareholder has taken legal action to halt the buyout, hoping to get a better deal.').level).toBe('certain');
  });

  it('GIVEN "The club is hoping to sign two players" THEN a hope held is still a plan', () => {
    expect(certaintyOf('The club is hoping to sign two players.').level).toBe('probable');
  });
});

describe('a name that spells a modal', () => {
  it('GIVEN "May has struggled to compete …" (May Department Stores) THEN "May" is a name, no hedge', () => {
    expect(certaintyOf('May has struggled to compete against larger department store groups.').level).toBe('certain');
  });

  it('GIVEN "May rates rise again?" THEN the modal still hedges', () => {
    expect(certaintyOf('May rates rise again this year?').level).not.toBe('certain');
  });
});

describe('a frame of mind that looks like a denial', () => {
  it('GIVEN "his opponents were in a state of denial about the economy" THEN nothing is contested', () => {
    expect(certaintyOf('Mr Blair said his opponents were in a state of denial about the economy.').contested).toBe(false);
  });

  it('GIVEN "The minister issued a denial of the claims" THEN the claims are contested', () => {
    expect(certaintyOf('The minister issued a denial of the claims.').contested).toBe(true);
  });
});

describe('claiming what one is owed', () => {
  it('GIVEN "those in Britain claiming asylum" THEN applying for asylum hedges nothing', () => {
    const hedges = certaintyOf('The party would deport all those in Britain claiming asylum.').cues.filter((cue) => cue.kind === 'hedge');
    expect(hedges.map((cue) => cue.text)).not.toContain('claiming');
  });

  it('GIVEN "The firm is claiming the rival stole its designs" THEN the claim still hedges', () => {
    expect(certaintyOf('The firm is claiming the rival stole its designs.').level).toBe('probable');
  });
});
