import { describe, expect, it } from 'vitest';
import { originsOf } from '../../src/crosscheck/origins.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * "Reportedly" and "is said to" pass on a report without naming it; an earlier sentence may say whose report it is. Only
 * an outlet's report is passed on so: a person or body speaking just before says its own piece.
 */
const library = libraryOf({
  bourse_101:
    'Exchange weighs bid\n\nThe Vienna bourse rejected a takeover offer from a German rival last week. Its chairman, Peter Haller, said the offer undervalued the exchange. Its Paris rival is reportedly working with two investment banks on an offer of its own. Trading in London was quiet.',
  brewer_204:
    'Brewer sale talks\n\nThe Dutch brewer Hollema is in talks to sell its soft drinks arm, the Financial Times reported on Monday. Two bidders are said to be left in the race. A sale would end a year of talks.',
  ferry_318:
    'Ferry firm cuts routes\n\nThe ferry operator Nordlink will close three of its routes in the spring, Reuters news agency reported on Tuesday. Fuel costs have risen sharply this year, with rivals reportedly raising fares by a tenth. Staff will be offered other posts.',
});

describe('origins of a report passed on without a name', () => {
  it('GIVEN "is reportedly working" right after a named person says something else THEN the person is not its origin', () => {
    const sentence = sentenceOf(library, 'bourse_101', 'reportedly working');
    expect(library.certaintyOf(sentence)?.attributedTo[0]).toMatch(/^people not named/u);
    expect(originsOf(library, sentence).links).toEqual([library.certaintyOf(sentence)?.attributedTo[0]]);
  });

  it('GIVEN "are said to" after a sentence relaying a newspaper report THEN the newspaper is its origin', () => {
    const origin = originsOf(library, sentenceOf(library, 'brewer_204', 'said to be left'));
    expect(origin.links).toEqual(['Financial Times']);
    expect(origin.sourcing).toBe('media');
  });

  it('GIVEN "reportedly" in a sentence whose certainty gives no source at all THEN it takes none from the report before it', () => {
    const sentence = sentenceOf(library, 'ferry_318', 'reportedly raising');
    expect(library.certaintyOf(sentence)?.attributedTo).toEqual([]);
    expect(originsOf(library, sentence).links).toEqual([]);
  });
});
