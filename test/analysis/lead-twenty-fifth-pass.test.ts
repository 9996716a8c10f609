import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a forecast written as tipped', () => {
  it('GIVEN "Interest rates are tipped to rise …" THEN the sentence is hedged, as "expected to rise" is', () => {
    const certainty = certaintyOf('Interest rates are widely tipped to rise by a quarter of a point at next week’s meeting.');
    expect(certainty.level).toBe('probable');
    expect(certainty.cues.map((cue) => cue.text)).toContain('tipped to');
  });

  it('GIVEN "The band has been tipped as …" THEN the sentence is hedged', () => {
    expect(certaintyOf('The band has been tipped as this year’s Christmas number one.').level).toBe('probable');
  });

  it('GIVEN a bottle tipped to one side THEN nothing is forecast and the sentence stays a fact', () => {
    expect(certaintyOf('The barman tipped the bottle towards the glass and poured.').level).toBe('certain');
  });
});

describe('newspapers named for the day they come out', () => {
  it('GIVEN "According to the Mail on Sunday, …" THEN the source is the whole title, a media source', () => {
    const certainty = certaintyOf('According to the Mail on Sunday, the chancellor has set aside £2bn for the scheme.');
    expect(certainty.attributedTo).toEqual(['Mail on Sunday']);
    expect(certainty.sourcing).toBe('media');
  });

  it('GIVEN "A poll for the Independent on Sunday found …" THEN the day is part of the paper’s name, not cut off as a time', () => {
    expect(certaintyOf('A poll for the Independent on Sunday found support for the party unchanged.').attributedTo).toEqual(['A poll for the Independent on Sunday']);
  });

  it('GIVEN "The minister said on Sunday …" THEN a day after a speaker is still when they spoke', () => {
    expect(certaintyOf('The minister said on Sunday that the scheme would go ahead.').attributedTo).toEqual(['The minister']);
  });
});

describe('British titles as media sources', () => {
  it('GIVEN "…, the Daily Record reported." THEN the sentence is second-hand, from a newspaper', () => {
    const certainty = certaintyOf('The striker is set to sign a new two-year contract, the Daily Record reported.');
    expect(certainty.sourcing).toBe('media');
    expect(certainty.attributedTo).toEqual(['Daily Record']);
  });
});

describe('hedge words that are part of a name or a title', () => {
  it('GIVEN "Soul legend Stevie Wonder will headline …" THEN "Wonder" is a surname, nothing is left open', () => {
    const certainty = certaintyOf('Soul legend Stevie Wonder will headline the festival in July.');
    expect(certainty.level).toBe('certain');
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('Wonder');
  });

  it('GIVEN "the website Think Secret" THEN "Think" is part of the site’s name, no hedge', () => {
    expect(certaintyOf('The dispute with the website Think Secret has not been settled.').level).toBe('certain');
  });

  it('GIVEN a song title "If You Leave Me Now" THEN its "If" sets no condition', () => {
    expect(certaintyOf('Her single If You Leave Me Now reached number two in the charts.').level).toBe('certain');
  });

  it('GIVEN a capitalised "If" that opens a sentence the splitter missed ("on Monday If they …") THEN the condition stays', () => {
    expect(certaintyOf('The results come out on Monday If they are good the shares will rise.').level).toBe('possible');
  });
});

describe('verbs of speech used of play', () => {
  it('GIVEN "Rovers hit back through their captain …" THEN a reply on the field names no source', () => {
    expect(certaintyOf('Rovers hit back through their captain, who headed in a corner on the hour.').sourcing).toBe('none');
  });

  it('GIVEN "Henman hit back to take the next two sets" THEN no retort, no source', () => {
    expect(certaintyOf('Henman hit back to take the next two sets and the match.').sourcing).toBe('none');
  });

  it('GIVEN "Labour hit back at the Tory proposals" THEN the retort is still Labour’s', () => {
    expect(certaintyOf('Labour hit back at the Tory proposals within hours of their launch.').attributedTo).toEqual(['Labour']);
  });

  it('GIVEN "the striker blasted the ball home" THEN a shot, no source', () => {
    expect(certaintyOf('Early in the second half the striker blasted the ball home from 20 yards.').sourcing).toBe('none');
  });

  it('GIVEN "The senator blasted the governor over his budget" THEN an attack on a person is still the senator’s words', () => {
    expect(certaintyOf('The senator blasted the governor over his budget.').attributedTo).toEqual(['The senator']);
  });

  it('GIVEN "The union blasted the decision to close the plant" THEN the attack on a decision is still the union’s', () => {
    expect(certaintyOf('The union blasted the decision to close the plant before Christmas.').attributedTo).toEqual(['The union']);
  });
});

describe('a thing eagerly awaited', () => {
  it('GIVEN "The much-anticipated game went straight to the top of the charts" THEN eagerness is no forecast: stated as fact', () => {
    expect(certaintyOf('The much-anticipated racing game went straight to the top of the charts on its release.').level).toBe('certain');
  });

  it('GIVEN "The merger is anticipated to close in May" THEN still a forecast', () => {
    expect(certaintyOf('The merger is anticipated to close in May.').level).toBe('probable');
  });
});

describe('until a time, not a condition', () => {
  it('GIVEN "It will take until the fourth quarter of next year before …" THEN a time named by a noun phrase sets no condition', () => {
    const certainty = certaintyOf('It will take until the fourth quarter of next year before visitors return, the ministry said.');
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('until');
  });

  it('GIVEN "The visitors appeared in control until the dying seconds" THEN stated as fact', () => {
    expect(certaintyOf('The visitors appeared in control until the dying seconds.').level).toBe('certain');
  });

  it('GIVEN "We will not move until the legal actions are settled" THEN a clause after until is still a condition', () => {
    expect(certaintyOf('The firm will not move until the legal actions are settled.').cues.map((cue) => cue.text)).toContain('until');
  });

  it('GIVEN "will stay until the crisis ends" THEN a noun and an -s form after until are a clause: the condition stays', () => {
    expect(certaintyOf('The staff will stay in the capital until the crisis ends.').cues.map((cue) => cue.text)).toContain('until');
  });

  it('GIVEN "innocent until proved guilty" THEN a participle after until is a clause: the condition stays', () => {
    expect(certaintyOf('The athlete remains innocent until proved guilty, her lawyer said.').cues.map((cue) => cue.text)).toContain('until');
  });
});

describe('an allegation in the plural', () => {
  it('GIVEN "Prosecutors allege that …" THEN hedged, as "alleges" is', () => {
    const certainty = certaintyOf('Prosecutors allege that the directors hid the losses for two years.');
    expect(certainty.level).toBe('possible');
    expect(certainty.attributedTo).toEqual(['Prosecutors']);
  });
});

describe('one unnamed source', () => {
  it('GIVEN "…, the Tory source said." THEN an unnamed source is anonymous, never a name', () => {
    const certainty = certaintyOf('The party had now decided to come off the fence, the Tory source said.');
    expect(certainty.sourcing).toBe('anonymous');
  });

  it('GIVEN "… in open-source projects" THEN half of a hyphened word is no source', () => {
    expect(certaintyOf('The firm said it would not restrict groups who use the code in open-source projects.').sourcing).not.toBe('anonymous');
  });
});

describe('a body named in the plural', () => {
  it('GIVEN "Kingfisher Airlines …" then "The airline … expects" THEN the airline is the body whose name holds it in the plural', () => {
    const before = 'United Breweries, which owns a stake in the venture, said it was pleased. Its budget carrier, Kingfisher Airlines, is to buy ten jets from Airbus.';
    expect(certaintyOf('The airline expects to start flying by the end of April.', before).attributedTo).toEqual(['Kingfisher Airlines']);
  });
});

describe('a judgement told in the past with nobody behind it', () => {
  it('GIVEN "Organisers were widely considered to be playing it safe" THEN people not named, as "is widely seen as" gives', () => {
    expect(certaintyOf('The organisers were widely considered to be playing it safe this year.').sourcing).toBe('vague');
  });
});

describe('a claim made by a plural', () => {
  it('GIVEN "… but critics claim the record is patchy" THEN hedged, as "claims" after a singular is', () => {
    expect(certaintyOf('Ministers see crime as a key issue but critics claim the record is at best patchy.').level).toBe('probable');
  });

  it('GIVEN "The shareholders claim was thrown out" THEN a verb after it keeps "claim" a noun, which hedges nothing', () => {
    expect(certaintyOf('The shareholders claim was thrown out by the court.').level).toBe('certain');
  });
});
