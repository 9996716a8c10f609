import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** One row and one embargo, each told by two reports in the shapes of wire copy. */
const library = libraryOf({
  row_a: 'MP apologises\n\nThe MP apologised on Friday for remarks his critics called anti-Semitic during a council debate.',
  row_b: 'Apology over remarks\n\nThe MP apologised on Friday for remarks his critics linked to anti-Semitism during a council debate.',
  arms_a: 'Embargo row\n\nFrench ministers have repeatedly called for the arms embargo on the regime to be lifted.',
  arms_b: 'Embargo pressure\n\nFrance has repeatedly called for the arms embargo on the regime to be lifted.',
  cyclists_a: 'Riders charged\n\nThe two cyclists still face criminal charges in Greece over the missed doping tests.',
  cyclists_b: 'Riders in court\n\nThe two cyclists still face criminal charges from Greek prosecutors over the missed doping tests.',
  envoy_a: 'Envoy named\n\nThe new envoy, Pavel Goremykin, arrived in the capital on Monday.',
  envoy_b: 'Envoy arrives\n\nThe new envoy, Pavel Goremikin, arrived in the capital on Monday.',
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const namesOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'name');

describe('a name difference is one name spelt two ways', () => {
  it('GIVEN one word with two deriving endings (“anti-Semitic”, “anti-Semitism”) THEN no name difference is shown', () => {
    expect(namesOf(claimOf(['row_a', 'apologised'], ['row_b', 'apologised']))).toEqual([]);
  });

  it('GIVEN a country in one article and its people in another (“France”, “French”) THEN no name difference is shown', () => {
    expect(namesOf(claimOf(['arms_a', 'embargo'], ['arms_b', 'embargo']))).toEqual([]);
  });

  it('GIVEN a country in one article and its people’s adjective a letter or two away in another (“Greece”, “Greek”) THEN no name difference is shown', () => {
    expect(namesOf(claimOf(['cyclists_a', 'criminal charges'], ['cyclists_b', 'criminal charges']))).toEqual([]);
  });

  it('GIVEN one surname spelt two ways (“Goremykin”, “Goremikin”) THEN the name difference is shown', () => {
    expect(namesOf(claimOf(['envoy_a', 'arrived'], ['envoy_b', 'arrived'])).flatMap((discrepancy) => discrepancy.variants.map((variant) => variant.text))).toEqual(['Goremykin', 'Goremikin']);
  });
});
