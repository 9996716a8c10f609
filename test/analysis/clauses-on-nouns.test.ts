import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';
import { certaintyOf } from '../support/certainty-of.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;

describe('an expectation in a clause with its relative word left out, on a noun after a preposition', () => {
  it('GIVEN "gave no figure for the extent of profits it expected" THEN the expectation says which profits, no hedge', () => {
    expect(levelOf('The retailer did not give a figure for the extent of profits it expected to make next year.')).toBe('certain');
  });

  it('GIVEN "no figure for the profit it had forecast" THEN the forecast says which profit, no hedge', () => {
    expect(levelOf('The carmaker gave no figure for the profit it had forecast for its Chinese venture.')).toBe('certain');
  });

  it('GIVEN "said in a statement it expected" THEN the expectation is what was said, and it hedges', () => {
    expect(levelOf('The airline said in a statement it expected fuel costs to rise again.')).toBe('probable');
  });

  it('GIVEN a sentence that opens with "Despite the setback at the plant it expects" THEN the expectation is the main clause, and it hedges', () => {
    expect(levelOf('Despite the setback at the plant it expects a return to profit next year.')).toBe('probable');
  });

  it('GIVEN a sentence that opens with "But when the bank cut the rate it expected" THEN the expectation is the main clause, and it hedges', () => {
    expect(levelOf('But when the bank cut the rate it expected a rise in lending.')).toBe('probable');
  });
});

describe('a report in a clause with its relative word left out, on a noun', () => {
  it('GIVEN the speaker named earlier in the sentence ("The council has spent the money it says it saved") THEN the sentence stays the council\'s', () => {
    expect(certaintyOf('The council has spent the money it says it saved on new roads.').attributedTo).toEqual(['The council']);
  });

  it('GIVEN "off the people they say they are helping" THEN "they" stand behind no part of the note', () => {
    const certainty = certaintyOf('The new rate will take the increase off the people they say they are helping.');
    expect(certainty.attributedTo).toEqual([]);
    expect(certainty.note).not.toContain('they');
  });

  it('GIVEN "spent the money the government says it saved" THEN the spending is stated by the article', () => {
    const certainty = certaintyOf('The council has spent the money the government says it saved on new roads.');
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "rejected the cuts the party says it will make" THEN the party is no source of the sentence', () => {
    const certainty = certaintyOf('Voters in the north rejected the cuts the party says it will make.');
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN a sentence that opens with "When the bank cut the rate Mr King said" THEN Mr King is the source of the sentence', () => {
    const certainty = certaintyOf('When the bank cut the rate Mr King said it would help exporters.');
    expect(certainty.attributedTo).toEqual(['King']);
  });
});

describe('a source in a "with X saying" clause after the main one', () => {
  it('GIVEN "…, with the chairman saying …" THEN the words before "with" are the article\'s own', () => {
    const certainty = certaintyOf('Sales at the chain rose 5% last year, with the chairman saying the outlook was bright.');
    expect(certainty.note).toBe("Up to 'with', the article's own words, with no source given; after 'with', attributed to the chairman.");
  });

  it('GIVEN a passive frame before "with X branding …" THEN the main clause stays vague and the speaker has only the "with" clause', () => {
    const certainty = certaintyOf('The Tories are thought to be planning higher thresholds, with shadow chancellor Oliver Letwin branding stamp duty a stealth tax.');
    expect(certainty.note).toContain("from an unnamed, vague source: people not named ('are thought to'); after 'with', attributed to Oliver Letwin");
  });

  it('GIVEN a speaker before "with" as well THEN the two stay two voices and nothing is said of the article\'s own words', () => {
    const certainty = certaintyOf('Profits rose 5%, the firm said, with analysts warning that costs would climb.');
    expect(certainty.note).not.toContain("the article's own words");
    expect(certainty.note).not.toContain("after 'with'");
  });
});

describe('a named speaker whose verb of two words ends the sentence', () => {
  it('GIVEN "… in the chamber Speaker John Hale has pointed out." THEN the Speaker stands behind all before it, no clause on a noun', () => {
    expect(certaintyOf('MPs will be thrown out if they use pagers in the chamber Speaker John Hale has pointed out.').attributedTo).toEqual(['John Hale']);
  });
});
