import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { certaintyOf } from '../support/certainty-of.ts';

/**
 * `reportedly`, `allegedly`, `reputedly` and `is rumoured to`: a report or an allegation by people the article does not name,
 * as `is reported to be` and `it is alleged` are. Every sentence is written for these tests in the shapes of real reporting.
 */

describe('a frame adverb on the sentence’s own verb', () => {
  it('GIVEN "The firm is reportedly in talks to buy a rival" THEN it is from people not named, as "is reported to be" is', () => {
    const certainty = certaintyOf('The firm is reportedly in talks to buy a rival chain of shops.');
    expect(certainty).toMatchObject({ sourcing: 'vague', attributedTo: ["people not named ('reportedly')"] });
  });

  it('GIVEN "The striker allegedly punched a steward" THEN it is an allegation by people not named', () => {
    const certainty = certaintyOf('The striker allegedly punched a steward after the final whistle.');
    expect(certainty).toMatchObject({ sourcing: 'vague', attributedTo: ["people not named ('allegedly')"] });
  });

  it('GIVEN "The bank is rumoured to be planning job cuts" THEN the rumour is from people not named', () => {
    const certainty = certaintyOf('The bank is rumoured to be planning hundreds of job cuts.');
    expect(certainty).toMatchObject({ sourcing: 'vague', attributedTo: ["people not named ('is rumoured to')"] });
  });

  it('GIVEN the adverb after a subject with a relative clause and an auxiliary THEN it still frames the sentence', () => {
    const certainty = certaintyOf('The two brothers, who own a third of the club, will reportedly reject any offer.');
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "…is reportedly close to a deal, the newspaper said" THEN the report is the newspaper’s alone', () => {
    const certainty = certaintyOf('The carmaker is reportedly close to a deal with its unions, the Financial Times said.');
    expect(certainty.attributedTo).toEqual(['Financial Times']);
  });

  it('GIVEN a named speaker who "reportedly said" THEN the speaker is the source and no vague frame is added', () => {
    const certainty = certaintyOf('Trade minister Ali Hassan reportedly said the country no longer needed the loan.');
    expect(certainty).toMatchObject({ sourcing: 'named', attributedTo: ['Ali Hassan'] });
  });
});

describe('a frame adverb in a clause below the sentence’s own', () => {
  it('GIVEN "suspended a candidate for allegedly suggesting …" THEN the suspension is the article’s, with no source', () => {
    expect(certaintyOf('The party has suspended a candidate for allegedly suggesting that prisoners should lose the vote.').sourcing).toBe('none');
  });

  it('GIVEN "Mourinho, who reportedly wants to sign …, will not have …" THEN the sentence is not framed by the relative clause', () => {
    expect(certaintyOf('The manager, who reportedly wants to sign a new defender, will not have a left-back for the final.').sourcing).toBe('none');
  });

  it('GIVEN "arrested … after he was allegedly found with …" THEN the arrest is the article’s', () => {
    expect(certaintyOf('The rapper has been arrested for breaking his parole after he was allegedly found with drugs.').sourcing).toBe('none');
  });

  it('GIVEN "a civilian allegedly killed by soldiers have won a challenge" THEN the ruling is the article’s', () => {
    expect(certaintyOf('The family of a civilian allegedly killed by soldiers have won a challenge in the High Court.').sourcing).toBe('none');
  });

  it('GIVEN the adverb inside a dashed aside THEN the sentence around it is not framed', () => {
    expect(certaintyOf('With tempers high - the manager was allegedly hit by a bottle - the return match carries extra weight.').sourcing).toBe('none');
  });
});

describe('words quoted in a sentence a frame adverb frames', () => {
  const body = [
    'Federal agents reportedly downloaded 84 films and 178 "sound recordings" from the servers.',
    'The raids were part of a drive against "criminal copyright theft" on the internet.',
  ].join(' ');
  const result = readArticle('raids.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the article');
  const analysis = analyseArticle(result.article);

  it('GIVEN the sentence framed by "reportedly" THEN it is from people not named', () => {
    expect(analysis.sentences[0]?.attributedTo).toEqual(["people not named ('reportedly')"]);
  });

  it('GIVEN a quoted label in a "reportedly" sentence THEN no one is its speaker', () => {
    expect(analysis.quotations.find((quotation) => quotation.text === 'sound recordings')?.speaker).toBeNull();
  });

  it('GIVEN a quoted label in the sentence after THEN it does not inherit the frame as its speaker, nor does its sentence', () => {
    expect(analysis.quotations.find((quotation) => quotation.text === 'criminal copyright theft')?.speaker).toBeNull();
    expect(analysis.sentences[1]?.sourcing).toBe('none');
  });
});
