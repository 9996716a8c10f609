import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentenceRanges } from '../../src/text/sentence-ranges.ts';
import { articleText, anyUtf16, SEED } from '../properties/arbitraries.ts';
import { must } from '../support/must.ts';

/** Cases run for each generator. */
const RUNS = 1500;

const sentencesOf = (text: string): string[] => splitSentenceRanges(text).map((span) => text.slice(span.start, span.end));

describe('splitSentenceRanges', () => {
  describe('quotations', () => {
    it('GIVEN a quotation closed before its speaker and a new sentence THEN it ends after the reporting clause', () => {
      expect(sentencesOf('"We will not sell," the chairman said. The firm\'s shares fell 4% on the news.')).toEqual([
        '"We will not sell," the chairman said.',
        "The firm's shares fell 4% on the news.",
      ]);
    });

    it('GIVEN a sentence that ends inside a closing quote mark THEN the mark stays with it and the next sentence starts after it', () => {
      expect(sentencesOf("'Prices will rise before the end of the year.' He added that staff would be told on Monday.")).toEqual([
        "'Prices will rise before the end of the year.'",
        'He added that staff would be told on Monday.',
      ]);
    });

    it('GIVEN a quotation that runs on into a newly opened one without closing THEN each of its sentences is one', () => {
      expect(sentencesOf('Ms Patel said: "We have already doubled the budget. "We are going to double it again by 2007."')).toEqual([
        'Ms Patel said: "We have already doubled the budget.',
        '"We are going to double it again by 2007."',
      ]);
    });

    it('GIVEN a quoted question followed by its speaker in lower case THEN it is one sentence', () => {
      expect(sentencesOf('"Who will pay for this?" asked the shadow chancellor.')).toHaveLength(1);
    });
  });

  describe('abbreviations, initials and initialisms', () => {
    it('GIVEN initials inside names THEN no sentence ends at them', () => {
      expect(sentencesOf('Former president George W. Bush once shared a stage with J.K. Rowling in Edinburgh.')).toHaveLength(1);
    });

    it('GIVEN a name that ends in a single letter ("Malcolm X.") before a name THEN the letter is no initial and a sentence ends there', () => {
      expect(sentencesOf('The play tells the story of Malcolm X. Ilyasah Shabazz, his daughter, attended the opening.')).toEqual([
        'The play tells the story of Malcolm X.',
        'Ilyasah Shabazz, his daughter, attended the opening.',
      ]);
    });

    it('GIVEN a middle initial after a given name ("Jane Q. Public") THEN it still cuts nothing', () => {
      expect(sentencesOf('The form was signed by Jane Q. Public and sent back.')).toHaveLength(1);
    });

    it('GIVEN titles and No. before a figure THEN no sentence ends at them', () => {
      expect(sentencesOf("Mr. Jones and Dr. Patel met the governors of St. Mary's school at No. 10 on Monday.")).toHaveLength(1);
    });

    it('GIVEN U.S. and U.K. before the rest of a name THEN no sentence ends at them', () => {
      expect(sentencesOf('The U.S. Treasury and the U.K. government disagreed over the figures.')).toHaveLength(1);
    });

    it('GIVEN U.S. at the end of a sentence and a word that opens sentences after it THEN a sentence ends there', () => {
      expect(sentencesOf('Exports of whisky rose sharply in the U.S. The rise surprised distillers.')).toEqual(['Exports of whisky rose sharply in the U.S.', 'The rise surprised distillers.']);
    });

    it('GIVEN Inc. at the end of a sentence THEN a sentence ends there, and not when the firm is the subject', () => {
      expect(sentencesOf('The deal was struck with Acme Holdings Inc. The terms were not disclosed.')).toHaveLength(2);
      expect(sentencesOf('Acme Holdings Inc. Chief Executive Jane Moss resigned.')).toHaveLength(1);
    });

    it('GIVEN vs. before a capitalised name THEN no sentence ends there', () => {
      expect(sentencesOf('The case of Smith vs. The Daily Courier opens on Monday.')).toHaveLength(1);
    });

    it('GIVEN a name written with an exclamation mark THEN no sentence ends at it', () => {
      expect(sentencesOf('Yahoo! Inc. reported higher profits for the quarter.')).toHaveLength(1);
    });
  });

  describe('figures and times', () => {
    it('GIVEN decimals, percentages, money and a time THEN no sentence ends inside them', () => {
      expect(sentencesOf('Profits rose 3.5% to $1.5bn (£0.8bn), the firm said at 7.30 p.m. on Tuesday.')).toHaveLength(1);
    });

    it('GIVEN p.m. at the end of a sentence THEN a sentence ends there', () => {
      expect(sentencesOf('Talks broke up at 7.30 p.m. The two sides will meet again on Friday.')).toHaveLength(2);
    });

    it('GIVEN a year at the end of a sentence THEN a sentence ends after it', () => {
      expect(sentencesOf('Unemployment has not been this low since September 2001. The bank expects a slowdown.')).toHaveLength(2);
    });

    it('GIVEN a figure with a currency sign at the end of a sentence THEN a sentence ends after it', () => {
      expect(sentencesOf('The takeover values the firm at $1.5bn. Shares rose 6% in early trading.')).toHaveLength(2);
    });
  });

  describe('headlines, paragraphs and brackets', () => {
    it('GIVEN a headline without a full stop THEN it is one sentence, all of it', () => {
      expect(sentencesOf('Bank raises interest rates again')).toEqual(['Bank raises interest rates again']);
    });

    it('GIVEN a blank line between lines without full stops THEN each paragraph is a sentence', () => {
      expect(sentencesOf('Ministers meet unions\n\nThe talks begin on Monday')).toEqual(['Ministers meet unions', 'The talks begin on Monday']);
    });

    it('GIVEN sentences inside brackets that close THEN the bracketed text stays in its sentence', () => {
      expect(sentencesOf('The report (it was published on Monday. It runs to 400 pages) was welcomed by unions.')).toHaveLength(1);
    });

    it('GIVEN a sentence that ends inside a bracket THEN it ends after the closing bracket', () => {
      expect(sentencesOf('The firm was fined (a first for the regulator.) Its shares fell.')).toEqual(['The firm was fined (a first for the regulator.)', 'Its shares fell.']);
    });

    it('GIVEN a sentence followed by a lower-case word THEN no sentence ends there', () => {
      expect(sentencesOf('Sales fell in the U.K. and rose in France.')).toHaveLength(1);
    });
  });

  it(`GIVEN ${RUNS} generated texts of each kind THEN the sentences are in order, never overlap, start and end on a character that is not white space, and leave out nothing but white space (property)`, () => {
    for (const texts of [articleText, anyUtf16(300)]) {
      fc.assert(
        fc.property(texts, (text) => {
          let covered = 0;
          for (const { start, end } of splitSentenceRanges(text)) {
            expect(start).toBeGreaterThanOrEqual(covered);
            expect(end).toBeGreaterThan(start);
            expect(text.slice(covered, start).trim()).toBe('');
            expect(/\s/u.test(must(text[start]))).toBe(false);
            expect(/\s/u.test(must(text[end - 1]))).toBe(false);
            covered = end;
          }
          expect(text.slice(covered).trim()).toBe('');
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
  });
});
