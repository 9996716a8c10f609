import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/text/normalise.ts';

/** The search terms of each word, so a family reads as one term and two words as two. */
const termsOfWords = (words: string[]): (string | null)[] => words.map((word) => termOf(word));
const oneTerm = (words: string[]): number => new Set(termsOfWords(words)).size;

describe('every form of a word gets the search term of its base', () => {
  it('GIVEN "Parmalat has sued 45 banks" and a query for "sues" THEN "sue", "sues", "sued" and "suing" are one term', () => {
    expect(oneTerm(['sue', 'sues', 'sued', 'suing'])).toBe(1);
  });

  it('GIVEN a one-syllable verb in -ue with a longer stem ("queue") THEN its -ed and -ing forms keep the base’s term', () => {
    expect(oneTerm(['queue', 'queues', 'queued', 'queuing'])).toBe(1);
  });

  it('GIVEN a verb in -ie ("die", "tie", "lie", "vie") THEN "dies", "died" and "dying" are the term of "die"', () => {
    for (const family of [
      ['die', 'dies', 'died', 'dying'],
      ['tie', 'ties', 'tied', 'tying'],
      ['lie', 'lies', 'lied', 'lying'],
      ['vie', 'vies', 'vied', 'vying'],
    ]) {
      expect(oneTerm(family)).toBe(1);
    }
  });

  it('GIVEN a one-syllable verb in -y after two consonants ("try", "cry", "spy") THEN "tries" and "tried" are the term of "try"', () => {
    for (const family of [
      ['try', 'tries', 'tried', 'trying'],
      ['cry', 'cries', 'cried', 'crying'],
      ['spy', 'spies', 'spied', 'spying'],
    ]) {
      expect(oneTerm(family)).toBe(1);
    }
  });

  it('GIVEN "sky" and "skies" THEN they are one term, apart from "ski" and "skis"', () => {
    expect(termOf('skies')).toBe(termOf('sky'));
    expect(termOf('skies')).not.toBe(termOf('skis'));
  });

  it('GIVEN a verb in -ceed ("exceed", "proceed", "succeed") THEN the base and "exceeded" are one term', () => {
    for (const family of [
      ['exceed', 'exceeds', 'exceeded', 'exceeding'],
      ['proceed', 'proceeds', 'proceeded', 'proceeding'],
      ['succeed', 'succeeds', 'succeeded', 'succeeding'],
    ]) {
      expect(oneTerm(family)).toBe(1);
    }
  });

  it('GIVEN a verb in -ee that Porter already reads ("agree") THEN its forms stay one term', () => {
    expect(oneTerm(['agree', 'agrees', 'agreed', 'agreeing'])).toBe(1);
  });

  it('GIVEN a singular in -us ("virus", "bonus", "surplus", "focus") THEN it is the term of its plural and of the verb’s forms', () => {
    expect(oneTerm(['virus', 'viruses'])).toBe(1);
    expect(oneTerm(['bonus', 'bonuses'])).toBe(1);
    expect(oneTerm(['surplus', 'surpluses'])).toBe(1);
    expect(oneTerm(['focus', 'focuses', 'focused', 'focusing'])).toBe(1);
  });

  it('GIVEN an adjective in -ous ("dangerous") THEN the -us rule leaves it to the stemmer, which reads it as "danger"', () => {
    expect(termOf('dangerous')).toBe(termOf('danger'));
  });

  it('GIVEN British doubling of l after two vowels ("fuelled", "trialled") THEN it is the term of the base', () => {
    expect(oneTerm(['fuel', 'fuels', 'fuelled', 'fuelling', 'fueled'])).toBe(1);
    expect(oneTerm(['trial', 'trials', 'trialled', 'trialling'])).toBe(1);
  });

  it('GIVEN a verb whose base ends in -ll ("call", "quell") THEN its forms keep both l’s', () => {
    expect(oneTerm(['call', 'called', 'calling'])).toBe(1);
    expect(oneTerm(['quell', 'quelled', 'quelling'])).toBe(1);
  });

  it('GIVEN "he added" and "she adds" THEN "added" and "adding" are the term of "add"', () => {
    expect(oneTerm(['add', 'adds', 'added', 'adding'])).toBe(1);
  });

  it('GIVEN a base in -ff ("staff", "stuff") THEN "staffed" and "staffing" keep the double f', () => {
    expect(oneTerm(['staff', 'staffed', 'staffing'])).toBe(1);
    expect(oneTerm(['stuff', 'stuffed'])).toBe(1);
  });

  it('GIVEN a base in -ce ("experience", "influence", "prejudice") THEN its -ed and -ing forms are the term of the base', () => {
    expect(oneTerm(['experience', 'experiences', 'experienced', 'experiencing'])).toBe(1);
    expect(oneTerm(['influence', 'influences', 'influenced', 'influencing'])).toBe(1);
    expect(oneTerm(['prejudice', 'prejudiced'])).toBe(1);
  });

  it('GIVEN the regular shapes Porter already reads ("hopped", "banned", "hoped", "cancelled") THEN they keep the term of their base', () => {
    expect(oneTerm(['hop', 'hopped', 'hopping'])).toBe(1);
    expect(oneTerm(['ban', 'bans', 'banned', 'banning'])).toBe(1);
    expect(oneTerm(['hope', 'hoped', 'hoping'])).toBe(1);
    expect(oneTerm(['cancel', 'cancelled', 'cancelling'])).toBe(1);
    expect(oneTerm(['force', 'forced', 'forcing'])).toBe(1);
  });
});

describe('different words stay apart', () => {
  it('GIVEN "news" THEN it is not a form of "new"', () => {
    expect(termOf('news')).not.toBe(termOf('new'));
  });

  it('GIVEN "data" and "date" THEN they are two terms, and "dated" is a form of "date"', () => {
    expect(termOf('data')).not.toBe(termOf('date'));
    expect(termOf('dated')).toBe(termOf('date'));
    expect(termOf('dated')).not.toBe(termOf('data'));
  });

  it('GIVEN "US" (folded to "us") THEN it is not a form of "use", "used" or "using"', () => {
    expect(termOf('us')).toBe('us');
    expect(termsOfWords(['use', 'used', 'uses', 'using'])).not.toContain(termOf('us'));
    expect(oneTerm(['use', 'used', 'uses', 'using'])).toBe(1);
  });

  it('GIVEN the noun of a verb in -cede or -ceed ("succession", "recession") THEN it is apart from the word Porter cuts it to ("success", "recess")', () => {
    for (const [noun, other] of [
      ['succession', 'success'],
      ['recession', 'recess'],
      ['accession', 'access'],
      ['procession', 'process'],
    ] as const) {
      expect(termOf(noun)).not.toBe(termOf(other));
      expect(termOf(`${noun}s`)).toBe(termOf(noun));
    }
    expect(termOf('successful')).toBe(termOf('success'));
  });

  it('GIVEN "ad" and "ads" (adverts) THEN they are apart from "added"', () => {
    expect(termOf('ads')).toBe(termOf('ad'));
    expect(termOf('added')).not.toBe(termOf('ad'));
  });

  it('GIVEN nouns in -eed that are no past tense ("seed", "feed", "need") THEN they stay apart from "see", "fee" and the rest', () => {
    expect(termOf('seed')).not.toBe(termOf('see'));
    expect(termOf('feed')).not.toBe(termOf('fee'));
    expect(termOf('need')).toBe('need');
  });

  it('GIVEN one-syllable verbs in -o ("doing" aside, "going") THEN they do not gain an e ("doe")', () => {
    expect(termOf('going')).toBe(termOf('go'));
    expect(termOf('going')).not.toBe('goe');
  });

  it('GIVEN "venue" and "Venus", "statue" and "status", "argue" and "Argus" THEN each pair stays apart', () => {
    expect(termOf('venus')).not.toBe(termOf('venue'));
    expect(termOf('status')).not.toBe(termOf('statue'));
    expect(termOf('argus')).not.toBe(termOf('argue'));
  });

  it('GIVEN "lies" (the verb) and "Li" (a surname) THEN they stay apart', () => {
    expect(termOf('lies')).not.toBe(termOf('li'));
    expect(termOf('died')).not.toBe(termOf('di'));
  });
});
