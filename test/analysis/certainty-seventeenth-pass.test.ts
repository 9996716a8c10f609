import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an "if … is to" that names an aim, with a word of need (qa26)', () => {
  it('GIVEN "Broadband firms need to cut prices if they are to win new customers" THEN the requirement is stated as fact', () => {
    expect(certaintyOf('Broadband firms need to cut prices if they are to win new customers in rural areas.').level).toBe('certain');
  });

  it('GIVEN "If the scheme is to survive, the council will have to find £2m" THEN "have to" makes the if-clause an aim', () => {
    expect(certaintyOf('If the scheme is to survive, the council will have to find another £2m by April.').level).toBe('certain');
  });

  it('GIVEN a speaker who "insists the club must improve if it is to stay up" THEN the speaker is firm', () => {
    const certainty = certaintyOf('But Mr Hill insists the club must improve its defending if it is to stay in the top flight.');
    expect(certainty.level).toBe('certain');
    expect(certainty.attributedTo).toEqual(['Hill']);
  });

  it('GIVEN "Prices will rise if the pound falls" THEN a real condition still hedges', () => {
    expect(certaintyOf('Import prices will rise sharply if the pound falls further.').level).toBe('possible');
  });

  it('GIVEN "If press reports are to be believed" with no word of need THEN the supposition still hedges', () => {
    expect(certaintyOf('If press reports are to be believed, the two ministers have not spoken for weeks.').level).toBe('possible');
  });

  it('GIVEN "If ministers were to scrap the tax, councils must …" THEN a "were to" supposes and still hedges', () => {
    expect(certaintyOf('If ministers were to scrap the tax, councils must find the money elsewhere.').level).toBe('possible');
  });
});

describe('"to see if they can" and a verb of achieving: an attempt, not a fact looked into (qa26)', () => {
  it('GIVEN "The water board is investigating to see if they can find out what went wrong" THEN the investigation is stated', () => {
    expect(certaintyOf('The water board is investigating to see if they can find out what went wrong at the plant.').level).toBe('certain');
  });

  it('GIVEN "will have a scan on Monday to see if he can play" THEN whether he can play is still left open', () => {
    expect(certaintyOf('The winger will have a scan on Monday to see if he can play against Leeds.').level).toBe('unknown');
  });

  it('GIVEN "the unions will wait to see if they can find" THEN an outcome waited for is still left open', () => {
    expect(certaintyOf('The unions will wait to see if they can find common ground with the new management.').level).toBe('unknown');
  });
});

describe('"possible" that counts or names the alternatives (qa26)', () => {
  it('GIVEN "takes four of a possible six awards" THEN the most there were to win is a count, not a hedge', () => {
    expect(certaintyOf('The Observer takes four of a possible six awards in the design category.').level).toBe('certain');
  });

  it('GIVEN "have only set out possible options for cutting taxes" THEN the options are described, and the speaker is firm', () => {
    expect(certaintyOf('The Greens say ministers have only set out possible options for cutting fuel bills.').level).toBe('certain');
  });

  it('GIVEN "there can only be two possible outcomes" THEN alternatives counted are stated as fact', () => {
    expect(certaintyOf('For the fans there can only be two possible outcomes on Saturday - promotion or another year down.').level).toBe('certain');
  });

  it('GIVEN "faces a possible five-match ban" THEN an event that may happen still hedges', () => {
    expect(certaintyOf('The striker faces a possible five-match ban after the incident.').level).toBe('possible');
  });

  it('GIVEN "a possible bid for the chain" THEN a bid that may come still hedges', () => {
    expect(certaintyOf('Shares rose on talk of a possible bid for the chain.').level).not.toBe('certain');
  });
});

describe('"the accused" as a noun: the defendants (qa26)', () => {
  it('GIVEN "Among the accused were three banks …" THEN who the defendants are is stated as fact', () => {
    expect(certaintyOf('Among the accused were Barclays, Lloyds TSB and HSBC.').level).toBe('certain');
  });

  it('GIVEN "two of the accused lived in Leeds" THEN a fact about the defendants is not hedged', () => {
    expect(certaintyOf('Police said two of the accused lived in Leeds and had no previous convictions.').level).toBe('certain');
  });

  it('GIVEN "the accused man" THEN the participle before a noun still hedges', () => {
    expect(certaintyOf('The accused man was taken to a police station in Croydon.').level).not.toBe('certain');
  });

  it('GIVEN "accused the firm of misleading investors" THEN an accusation still hedges', () => {
    expect(certaintyOf('Regulators accused the firm of misleading investors.').level).not.toBe('certain');
  });
});

describe('"claimed" a prize, a place or lives: taken, not said (qa26)', () => {
  it('GIVEN "the band\'s new album claimed the top spot" THEN no hedge and no source: the album is not a speaker', () => {
    const certainty = certaintyOf("In the album charts, the band's new album Harbour Lights claimed the top spot, pushing last week's leader down to four.");
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "She claimed her third national title" THEN a title won is stated as fact', () => {
    const certainty = certaintyOf('Jones claimed her third national title with a run of 31.20 seconds.');
    expect(certainty.level).toBe('certain');
    expect(certainty.sourcing).toBe('none');
  });

  it('GIVEN "the floods have claimed at least 40 lives" THEN a death toll is stated as fact', () => {
    expect(certaintyOf('The floods have so far claimed at least 40 lives across the region.').level).toBe('certain');
  });

  it('GIVEN "critics claim the title race is already over" THEN a prize that opens a clause is a claim of the critics, still hedged', () => {
    const certainty = certaintyOf('Critics claim the title race is already over.');
    expect(certainty.level).toBe('probable');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "Both parties claimed victory" THEN a bare victory claimed is a declaration and still hedges', () => {
    expect(certaintyOf('Both parties claimed victory in the by-election.').level).toBe('probable');
  });

  it('GIVEN "The Tories claimed Labour\'s lead in the polls was shrinking" THEN a name before the prize opens a clause: still a claim', () => {
    const certainty = certaintyOf("The Tories claimed Labour's lead in the polls was shrinking.");
    expect(certainty.level).toBe('probable');
    expect(certainty.attributedTo).toEqual(['Tories']);
  });

  it('GIVEN "which they claimed would lead to higher costs" THEN a claim before a modal is still a claim', () => {
    expect(certaintyOf('The minister attacked the plans, which the unions claimed would lead to higher costs.').cues.map((cue) => cue.text)).toContain('claimed');
  });
});

describe('a passive "denied" with what was withheld after it (qa26)', () => {
  it('GIVEN "they were denied due process" THEN they were refused it: nothing is disputed', () => {
    expect(certaintyOf('The detainees were held for two years and were denied due process.').contested).toBe(false);
  });

  it('GIVEN "The reports were denied by the ministry" THEN a report denied is still disputed', () => {
    expect(certaintyOf('The reports were denied by the ministry.').contested).toBe(true);
  });
});

describe('suggestions that …', () => {
  it('GIVEN "There have been suggestions that the manager will sign a new keeper" THEN the content is hedged, as "fears that" is', () => {
    expect(certaintyOf('There have been suggestions that the manager will sign a new keeper.').level).not.toBe('certain');
  });

  it('GIVEN "The exchange poured cold water on those suggestions." THEN suggestions referred back to hedge nothing', () => {
    expect(certaintyOf('The exchange poured cold water on those suggestions.').level).toBe('certain');
  });
});
