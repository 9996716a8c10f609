import { describe, expect, it } from 'vitest';
import { analyseSentenceText } from '../../src/analysis/certainty.ts';

const levelOf = (text: string) => analyseSentenceText(text).level;
const hedgeWordsOf = (text: string) =>
  analyseSentenceText(text)
    .cues.filter((cue) => cue.kind === 'hedge' || cue.kind === 'conditional')
    .map((cue) => cue.text);

describe('an accusation a verb of denial rejects, with its content after it', () => {
  it('GIVEN "rejected allegations he …" THEN "allegations" still hedges the alleged act', () => {
    expect(hedgeWordsOf('Speaking in court, Mr Webb rejected allegations he pressured the finance chief to hide losses.')).toEqual(['allegations']);
  });

  it('GIVEN "denied accusations that …" THEN "accusations" still hedges', () => {
    expect(levelOf('The singer has denied accusations that she failed to pay her band.')).toBe('possible');
  });

  it('GIVEN "dismissed rumours of" a move THEN "rumours" still hedges', () => {
    expect(hedgeWordsOf('The club has dismissed rumours of a takeover by a Gulf consortium.')).toEqual(['rumours']);
  });

  it('GIVEN "denied accusations made by X, that …" THEN the content across the aside still counts', () => {
    expect(hedgeWordsOf('The mayor denied accusations made by a former aide, Ms Cole, that he took bribes.')).toEqual(['accusations']);
  });

  it("GIVEN a cue inside the rejected accusation THEN it is still the accusation's, not the sentence's", () => {
    expect(hedgeWordsOf('The chairman rejected allegations that the board would sell the plant.')).toEqual(['allegations']);
  });

  it('GIVEN "denied allegations in the suit" with no content THEN the allegations are only named, no hedge', () => {
    expect(levelOf('Through his lawyers, the founder has denied allegations in the lawsuit.')).toBe('certain');
  });

  it('GIVEN a denial of "claims that" THEN the dismissal is still no hedge (a claim is only said, not alleged)', () => {
    expect(hedgeWordsOf('The minister rejected claims that the scheme had run over budget.')).toEqual([]);
  });

  it('GIVEN "did not deny allegations that" THEN the allegation hedges as before', () => {
    expect(levelOf('The director did not deny allegations that he had misled the board.')).toBe('possible');
  });
});

describe('a quotation the sentence reports second-hand', () => {
  it('GIVEN "X\'s memoir claimed that Y told Z: \\"…could…\\"" THEN only "claimed" hedges', () => {
    expect(hedgeWordsOf('Mr Stone\'s memoir claimed that Mr Hale told his rival: "There is nothing you could ever say to me now that I could ever believe."')).toEqual(['claimed']);
  });

  it('GIVEN "The book says the coach told his players at half-time: \\"…might…\\"" THEN the coach\'s words hedge nothing', () => {
    expect(levelOf('The book says the coach told his players at half-time: "You might never get another chance like this."')).toBe('certain');
  });

  it('GIVEN "Her diary records that she said to him: \\"Perhaps …\\"" THEN the quoted hedge is hers, not the sentence\'s', () => {
    expect(hedgeWordsOf('Her diary records that she said to him: "Perhaps we should wait," before leaving.')).toEqual([]);
  });

  it("GIVEN a quotation framed by the sentence's only reporting verb THEN its cue still hedges", () => {
    expect(hedgeWordsOf('Mr Hale told his rival: "There is nothing you could ever say to me now."')).toEqual(['could']);
  });

  it('GIVEN a speaker\'s second verb joined by "but" or "and" (said … but argued: "…") THEN the quotation is the speaker\'s own and its cues hedge', () => {
    expect(hedgeWordsOf('Mr Hale said he understood the anger but argued: "I think we could leave the matter there."')).toEqual(['think', 'could']);
    expect(hedgeWordsOf('The minister said the talks had gone well and added: "We could have a deal by Friday."')).toEqual(['could']);
  });

  it('GIVEN a quotation after ", saying" THEN it is the subject\'s own and its cues hedge, even after a noun of report ("dismissed the claims, saying")', () => {
    expect(hedgeWordsOf('A Treasury spokesperson dismissed the latest claims, saying the plan was "on track to" meet its targets.')).toContain('on track to');
  });

  it('GIVEN a cue outside the second-hand quotation THEN it still hedges', () => {
    expect(hedgeWordsOf('She said that the minister had told her: "The deal is off," and that she believed him.')).toEqual(['believed']);
  });
});

describe('a "would" of past habit', () => {
  it('GIVEN "Every week we would speak …" THEN the routine happened, no hedge', () => {
    expect(levelOf('Every week we would speak three or four times on the phone.')).toBe('certain');
  });

  it('GIVEN "He would talk about it for hours" THEN the habit is no hedge', () => {
    expect(levelOf('He would talk about it for hours.')).toBe('certain');
  });

  it('GIVEN a frequency adverb ("she would often walk") THEN no hedge', () => {
    expect(levelOf('She would often walk to the office through the park.')).toBe('certain');
  });

  it('GIVEN many of a routine time ("In a lot of weeks, we would speak") THEN no hedge', () => {
    expect(hedgeWordsOf('"In a lot of weeks, we would speak to each other three or four times," the former chief executive said.')).toEqual([]);
  });

  it('GIVEN a thing for the subject ("The plan would cost £2bn every year") THEN a forecast, still hedged', () => {
    expect(hedgeWordsOf('The plan would cost £2bn every year.')).toEqual(['would']);
  });

  it('GIVEN a condition ("If … every month, borrowing would rise") THEN still a condition\'s outcome', () => {
    expect(levelOf('If we met every month, we would agree more often.')).toBe('possible');
  });

  it('GIVEN a reported promise ("said he would visit … every week") THEN still a reported plan', () => {
    expect(hedgeWordsOf('The minister said he would visit the plant every week.')).toEqual(['would']);
  });

  it('GIVEN "would have" with a routine time THEN still a counterfactual', () => {
    expect(levelOf('Every week we would have spoken, had the line worked.')).toBe('possible');
  });
});
