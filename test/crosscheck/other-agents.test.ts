import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Sentences of one sports or business story that tell one act done to the same people or thing, by different
 * actors: an agency's appeal and a federation's, the athletes' right to appeal and the federation's deliberation.
 * Each pair shares enough words and names to be one claim by its cores alone.
 */
const library = libraryOf({
  agency_appeal:
    'Agency to challenge sprint verdict\n\nThe Global Integrity Commission will appeal against the acquittal of Nikos Varelas and Eleni Doukas on doping charges, if the ISF does not. The commission said the ruling was flawed.',
  federation_appeal:
    'Federation contests sprint verdict\n\nThe International Sprint Federation will appeal against the acquittal of Greek sprinters Nikos Varelas and Eleni Doukas. A spokesman said papers would be lodged within weeks.',
  athletes_right: 'Sprint pair await hearing\n\nVarelas and Doukas can appeal against any decision at the Court of Arbitration for Sport. Their lawyer said they were confident.',
  federation_deciding:
    'Federation weighs next step\n\nThe ISF - which said it was "deeply disappointed" by the verdict of the Athens panel - is deciding whether to appeal against the decision at the Court of Arbitration for Sport. It has three weeks.',
  carmaker_full: 'Carmaker pays to end pact\n\nGranite Motors of the US is to pay Ventura 1.2bn euros to get out of a deal which could have forced it to buy the Italian firm outright. Shares rose.',
  carmaker_initials:
    'Carmaker settles with partner\n\nGM had to pay former partner Ventura 1.2bn euros to get out of a deal which could have forced it to buy the Italian firm outright. Analysts welcomed the deal.',
  federation_again:
    'Sprint verdict to be challenged\n\nThe International Sprint Federation is to appeal against the acquittal of Nikos Varelas and Eleni Doukas, officials confirmed. The hearing date is not set.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: one act, other actors', () => {
  it('GIVEN an agency’s appeal and a federation’s against the same acquittal THEN they are not one claim', () => {
    expect(together(['agency_appeal', 'Global Integrity'], ['federation_appeal', 'International Sprint'])).toBe(false);
  });

  it('GIVEN the athletes’ right to appeal and the federation deciding whether to appeal THEN they are not one claim', () => {
    expect(together(['athletes_right', 'can appeal'], ['federation_deciding', 'is deciding'])).toBe(false);
  });

  it('GIVEN one carmaker named in full in one article and by its initials in the other (“Granite Motors” / “GM”) THEN they are still one claim', () => {
    expect(together(['carmaker_full', 'Granite Motors'], ['carmaker_initials', 'GM had'])).toBe(true);
  });

  it('GIVEN the same federation’s appeal told twice in other words THEN it is still one claim', () => {
    expect(together(['federation_appeal', 'International Sprint'], ['federation_again', 'is to appeal'])).toBe(true);
  });
});
