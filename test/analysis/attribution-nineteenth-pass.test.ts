import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a body named at the end of an unnamed source is no surname', () => {
  it('GIVEN "an unnamed executive at Marlow" before "Marlow said …" THEN the firm speaks, named, not the anonymous executive', () => {
    const certainty = certaintyOf('However, Marlow said it could not promise that a firm offer would be made.', 'A paper quoted an unnamed executive at Marlow as saying the group would bid.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Marlow']);
  });

  it('GIVEN "The remaining members of the Cribs" before "he told a radio station" THEN `he` is the man named before, not the band', () => {
    const certainty = certaintyOf(
      '"I need a rest," he told a radio station in his home town.',
      'Guitarist Sam Drew has left the Cribs. The remaining members of the Cribs said they wished Drew well.',
    );
    expect(certainty.attributedTo).toEqual(['Sam Drew']);
  });
});

describe('two sources joined by `and`', () => {
  it('GIVEN "after Norway and Chile denied …" THEN both countries deny, the pair opening a clause after its conjunction', () => {
    expect(certaintyOf('The krone rose on Tuesday after Norway and Chile denied they would sell their reserves.').attributedTo).toEqual(['Norway', 'Chile']);
  });

  it('GIVEN "But both the Greens and the SNP said …" THEN `both` opens the subject and both parties speak', () => {
    expect(certaintyOf('But both the Greens and the SNP said the minister had to change course.').attributedTo).toEqual(['Greens', 'SNP']);
  });

  it('GIVEN "Retailers such as Boots and Argos said …" THEN each example of the plural speaks, as one example alone does', () => {
    expect(certaintyOf('Retailers such as Boots and Argos said sales would fall.').attributedTo).toEqual(['Boots', 'Argos']);
  });

  it('GIVEN "Campaign groups including Oxfam and Christian Aid said …" (no commas) THEN both named groups speak', () => {
    expect(certaintyOf('Campaign groups including Oxfam and Christian Aid said the rules were a barrier.').attributedTo).toEqual(['Oxfam', 'Christian Aid']);
  });

  it('GIVEN "SBC and AT&T said …" THEN a name with an ampersand and no spaces is one word, and the pair speaks', () => {
    expect(certaintyOf('SBC and AT&T said savings were the main reason for the merger.').attributedTo).toEqual(['SBC', 'AT&T']);
  });

  it('GIVEN "He met Ms Ray after the vote and Mr Lund said …" THEN a name inside the clause before `and` is no second source', () => {
    expect(certaintyOf('He met Ms Ray after the vote and Mr Lund said the plan was dead.').attributedTo).toEqual(['Lund']);
  });
});

describe('names joined by `and` after a role', () => {
  it('GIVEN "The MP for Bexley and Sidcup said …" THEN the member speaks, not the second place', () => {
    expect(certaintyOf('The MP for Bexley and Sidcup said the minister had tried hard.').attributedTo).toEqual(['MP for Bexley and Sidcup']);
  });

  it('GIVEN "The star of Top Gun and Cocktail said …" THEN the star speaks, not the second film', () => {
    expect(certaintyOf('The star of Top Gun and Cocktail said the industry was in trouble.').attributedTo).toEqual(['The star of Top Gun and Cocktail']);
  });
});

describe('sources of other shapes (qa30)', () => {
  it('GIVEN "Wales fly-half Tom Byrne hailed …" THEN a role ending in `-half` is no share of a poll, and the player is named', () => {
    const certainty = certaintyOf('Wales fly-half Tom Byrne hailed the 20-10 win over France as a "famous" day.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['Tom Byrne']);
  });

  it('GIVEN "Three-quarters said …" THEN a fraction written with a hyphen still counts those asked', () => {
    expect(certaintyOf('Three-quarters said the minister was right to resign.').sourcing).toBe('vague');
  });

  it('GIVEN "UK critics still favour X but believe …" THEN the critics believe, not the country before them', () => {
    const certainty = certaintyOf('UK critics still favour the drama for best film but believe the director award will be close.');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.attributedTo).toEqual(['UK critics']);
  });

  it('GIVEN "For many, the ideal is … with passwords and questions" THEN an opening phrase is no group of sources', () => {
    expect(certaintyOf('For many, the ideal is one identity that can be checked with passwords and questions.').sourcing).toBe('none');
  });

  it('GIVEN "A spokesman for NBC said …" THEN the broadcaster speaks of its own affairs, relaying no one', () => {
    expect(certaintyOf('A spokesman for NBC said it had no comment on the lawsuit.').sourcing).toBe('named');
  });

  it('GIVEN "Nokia released its Walkman branded phone" THEN `branded` describes the phone and the brand is no source', () => {
    expect(certaintyOf('Nokia has released its Walkman branded mobile phone, which plays music.').sourcing).toBe('none');
  });

  it('GIVEN "The Tories branded him a coward" THEN `branded` after a party and before a pronoun is still their judgement', () => {
    expect(certaintyOf('The Tories branded him a coward.').attributedTo).toEqual(['Tories']);
  });

  it('GIVEN "the likes of X and Y are warning" THEN both examples speak', () => {
    expect(certaintyOf('Meanwhile the likes of Home Secretary Jo Bell and Labour peer Lord Hart are warning of the dangers.').attributedTo).toEqual(['Jo Bell', 'Hart']);
  });
});

describe('a poll and its maker (qa30)', () => {
  it('GIVEN "According to a survey by Barclays, …" THEN the survey is named by its maker, not a vague survey', () => {
    const certainty = certaintyOf('According to a survey by Barclays, sales rose 5% over the holiday.');
    expect(certainty.sourcing).toBe('named');
    expect(certainty.attributedTo).toEqual(['a survey by Barclays']);
  });

  it('GIVEN "According to a poll, …" THEN a poll nobody is said to have run stays vague', () => {
    expect(certaintyOf('According to a poll, Labour leads by five points.').sourcing).toBe('vague');
  });
});

describe('short forms and possessive names of bodies (after qa31)', () => {
  it('GIVEN "the Bank of England" before "the Bank said" THEN the Bank is the body named in full', () => {
    expect(certaintyOf('In a report, the Bank said inflation would stay low.', 'The Bank of England held rates on Thursday.').attributedTo).toEqual(['Bank of England']);
  });

  it('GIVEN two banks named before "The Bank said" THEN the short form is left as written', () => {
    expect(certaintyOf('The Bank said rates would hold.', 'The Bank of England and the World Bank met on Monday.').attributedTo).toEqual(['Bank']);
  });

  it('GIVEN "The US Trade Office" before "The US said" THEN a country is not shortened to a body that opens with its name', () => {
    expect(certaintyOf('The US said talks had failed.', 'The US Trade Office filed a complaint.').attributedTo).toEqual(['US']);
  });

  it('GIVEN "the Dental Nurses\' Association said" THEN a plural possessive inside a name keeps the whole name', () => {
    expect(certaintyOf("The Dental Nurses' Association said pay was too low.").attributedTo).toEqual(["Dental Nurses' Association"]);
  });
});

describe('acts that read like speech (after qa31)', () => {
  it('GIVEN "said the Leeds fly-half" THEN the position is a role described as written, not the last man who spoke', () => {
    expect(certaintyOf('"It is a genuine honour," said the Leeds fly-half.', 'Coach Jo Hart picked Sam Drew. "He has earned it," said Hart.').attributedTo).toEqual(['the Leeds fly-half']);
  });

  it('GIVEN "Fly-half Tom Byrne added four conversions" THEN a count in words after `added` is a score, no words', () => {
    expect(certaintyOf('Fly-half Tom Byrne added four conversions as Leeds won.').sourcing).toBe('none');
  });

  it('GIVEN "A late goal condemned Leeds to a ninth defeat" THEN to condemn someone to a fate is no condemnation said', () => {
    expect(certaintyOf('A late goal from Tom Byrne condemned Leeds to a ninth defeat.').sourcing).toBe('none');
  });

  it('GIVEN "Ministers condemned the move to raise fees" THEN a condemnation of a move is still theirs', () => {
    expect(certaintyOf('Ministers condemned the move to raise fees.').attributedTo).toEqual(['Ministers']);
  });

  it('GIVEN "Wales maintained their superb start" THEN to keep something up is no claim', () => {
    expect(certaintyOf('Wales maintained their superb start to the tournament.').sourcing).toBe('none');
  });

  it('GIVEN "Mr Hale has maintained his innocence" THEN maintaining a claim is still saying it', () => {
    expect(certaintyOf('Mr Hale has maintained his innocence throughout.').attributedTo).toEqual(['Hale']);
  });
});

describe('maintaining a claim with its `that` left out', () => {
  it('GIVEN "The bank maintains the case has no place in court" THEN the clause after it is still the bank\'s claim', () => {
    expect(certaintyOf('The bank maintains the case has no place in a US court.').attributedTo).toEqual(['The bank']);
  });
});

describe('`both` points back', () => {
  it('GIVEN "Shell and Esso reported profits. Both firms said …" THEN the two firms named before are no vague group', () => {
    expect(certaintyOf('Both firms said oil prices had helped.', 'Shell and Esso reported higher profits.').sourcing).toBe('named');
  });

  it('GIVEN "Both companies believe …" before "they hope that …" THEN `they` is the two companies', () => {
    const certainty = certaintyOf('By building it, they hope that the chip can win.', 'Sony and IBM want the chip to succeed. Both companies believe the chip will dominate.');
    expect(certainty.attributedTo).toEqual(['Both companies']);
    expect(certainty.sourcing).toBe('named');
  });

  it('GIVEN "Both candidates pledged …" THEN the two people the story is about are no vague group', () => {
    expect(certaintyOf('Both candidates pledged to cut the deficit.', 'Mr Bush and Mr Kerry debated on Friday.').sourcing).toBe('named');
  });

  it('GIVEN "Some firms said …" THEN a share of a group stays vague', () => {
    expect(certaintyOf('Some firms said prices had risen.').sourcing).toBe('vague');
  });
});

describe('passive agents of findings and acts (qa32)', () => {
  it('GIVEN "One problem identified by Infosys was …" THEN the one who found it stands behind it', () => {
    expect(certaintyOf('One problem identified by Infosys was the high turnover of its staff.').attributedTo).toEqual(['Infosys']);
  });

  it('GIVEN "schools singled out by inspector Jo Hale" THEN the inspector stands behind the finding', () => {
    expect(certaintyOf('Among the schools singled out by inspector Jo Hale was a primary in Leeds.').attributedTo).toEqual(['Jo Hale']);
  });

  it('GIVEN "the bid was being considered by regulators" THEN a matter under review is no view of theirs', () => {
    expect(certaintyOf('The bid was being considered by regulators.').sourcing).toBe('none');
  });

  it('GIVEN "The plan was considered by many as a failure" THEN a view held still has its holders', () => {
    expect(certaintyOf('The plan was considered by many as a failure.').sourcing).toBe('vague');
  });

  it('GIVEN "after being charged by the agency" THEN a charge brought is an act, no words of the agency', () => {
    expect(certaintyOf('The sprinter faces a ban after being charged by the anti-doping agency.').sourcing).toBe('none');
  });

  it('GIVEN "Critics charged that the plan was unfair" THEN `charged that` still says something', () => {
    expect(certaintyOf('Critics charged that the plan was unfair.').attributedTo).toEqual(['Critics']);
  });
});

describe('a brand that opens in lower case (qa32)', () => {
  it('GIVEN "According to eBay UK, …" THEN the firm is named whole, not the country', () => {
    expect(certaintyOf('According to eBay UK there are more than 150 robots for sale on the site.').attributedTo).toEqual(['eBay UK']);
  });
});

describe('a question someone wondered (new-user read)', () => {
  it('GIVEN "Analysts wondered if the scandal could spread" THEN the question is the analysts\'', () => {
    expect(certaintyOf('Analysts wondered if the scandal could spread to other firms.').attributedTo).toEqual(['Analysts']);
  });
});
