import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a finding reported with "found that"', () => {
  it('GIVEN "The judge found that the firm had broken the law" THEN it is the judge\'s finding', () => {
    expect(certaintyOf('The judge found that the firm had broken the law.').attributedTo).toEqual(['The judge']);
  });

  it('GIVEN "Dr Ann Lee found that the drug cut deaths by a third" THEN it is Ann Lee\'s finding', () => {
    expect(certaintyOf('Dr Ann Lee found that the drug cut deaths by a third.').attributedTo).toEqual(['Ann Lee']);
  });

  it('GIVEN "He found that his car had been stolen" THEN the story\'s own narration names no source', () => {
    expect(certaintyOf('He found that his car had been stolen.', 'Tom Hale left the pub at midnight.').sourcing).toBe('none');
  });

  it('GIVEN "A recent survey by Brightline and Webcorp found that …" THEN both authors stand behind it', () => {
    expect(certaintyOf('A recent survey by Brightline and Webcorp found that 90% of PCs held spyware.').attributedTo).toEqual(['Brightline', 'Webcorp']);
  });
});

describe('a firm described before its name, as the subject of two verbs', () => {
  it('GIVEN "Security firm Webcraft issued a warning but said that …" THEN the source is Webcraft, not "Security"', () => {
    expect(certaintyOf('Security firm Webcraft issued a warning about the virus but said that it did no damage.').attributedTo).toEqual(['Webcraft']);
  });

  it('GIVEN "Monitoring firm Webcraft analysed … and found that …" THEN the finding is Webcraft\'s', () => {
    expect(certaintyOf('Monitoring firm Webcraft analysed response times for the sites and found that a number were knocked offline.').attributedTo).toEqual(['Webcraft']);
  });
});

describe('a speaker described after the quotation, in words no lexicon holds', () => {
  it('GIVEN \'"I felt good out there," said the defending champion.\' THEN the defending champion is the source', () => {
    expect(certaintyOf('"I felt good out there," said the defending champion.').attributedTo).toEqual(['the defending champion']);
  });

  it('GIVEN \'"We will be back," added the skipper.\' THEN the skipper is the source, though "added the" most often adds a thing', () => {
    expect(certaintyOf('"We will be back," added the skipper.').attributedTo).toEqual(['the skipper']);
  });

  it('GIVEN "The update added the feature." THEN adding a thing names no source', () => {
    expect(certaintyOf('The update added the feature to every phone.').sourcing).toBe('none');
  });
});

describe('poll shares compared', () => {
  it('GIVEN "… compared to 45% who thought it was unwise" THEN the share is "45%", not "to 45%"', () => {
    const certainty = certaintyOf('Some 42% backed the legal action, compared to 45% who thought it was unwise.');
    expect(certainty.attributedTo).toContain('45%');
    expect(certainty.attributedTo).not.toContain('to 45%');
  });
});

describe('a label of the copy before a colon', () => {
  it('GIVEN "UPDATE: The website has removed the listing." THEN no one named "UPDATE" speaks', () => {
    expect(certaintyOf('UPDATE: The website has removed the listing from its site.').sourcing).toBe('none');
  });

  it('GIVEN "PREVIOUSLY: Tom Hale is selling the car …" THEN the next "he told" is Hale', () => {
    const certainty = certaintyOf('"I am a free man," he told a local radio station.', 'PREVIOUSLY: Tom Hale is selling the car he drove in the race.');
    expect(certainty.attributedTo).toEqual(['Tom Hale']);
  });
});

describe('what a presenter presents', () => {
  it('GIVEN "… at the awards, presented by comedian Matt Vane." THEN the presenter is no source of the result', () => {
    expect(certaintyOf('The game won twice at the awards, presented by comedian Matt Vane.').sourcing).toBe('none');
  });

  it('GIVEN "The measures are presented by the ministry as necessary …" THEN the framing is the ministry\'s', () => {
    expect(certaintyOf('The new measures are presented by the ministry as necessary to keep the border safe.').sourcing).not.toBe('none');
  });

  it('GIVEN "A report presented by the committee found that …" THEN the committee stands behind it', () => {
    expect(certaintyOf('A report presented by the committee found that waiting lists had grown.').sourcing).not.toBe('none');
  });
});

describe('a speaker after a quotation whose apposition lost its closing comma', () => {
  it('GIVEN \'"…," Jo Hale, editor of Gamesite.com told BBC News.\' THEN Jo Hale is the source, not the apposition', () => {
    expect(certaintyOf('"It is very encouraging for the firm," Jo Hale, editor of Gamesite.com told BBC News.').attributedTo).toEqual(['Jo Hale']);
  });

  it('GIVEN \'"…," Jo Hale, the editor, told BBC News.\' THEN Jo Hale is the source as before', () => {
    expect(certaintyOf('"It is very encouraging for the firm," Jo Hale, the editor, told BBC News.').attributedTo).toEqual(['Jo Hale']);
  });
});

describe('calls made, not calls as speech', () => {
  it('GIVEN "The service lets people make free PC-based calls to other users." THEN no fragment of the sentence is its source', () => {
    expect(certaintyOf('The service lets people make free PC-based calls to other users.').sourcing).toBe('none');
  });

  it('GIVEN "People using wireless hotspots will be able to make free phone calls." THEN the people are no source', () => {
    expect(certaintyOf('People using wireless hotspots will soon be able to make free phone calls.').sourcing).toBe('none');
  });

  it('GIVEN "Labour calls it a stealth tax." THEN calling something so is still Labour\'s judgement', () => {
    expect(certaintyOf('Labour calls it a stealth tax.').attributedTo).toEqual(['Labour']);
  });
});
