import { describe, expect, it } from 'vitest';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Sentences of one story that name the same people and repeat the story's circumstance in an adjunct ("for missing
 * doping controls", "for playing a blind pianist") but tell other acts of them: a suspension and a verdict awaited, one
 * prize and another. Each pair below shares enough words and names to be one claim by its cores alone.
 */
const library = libraryOf({
  riders_suspended: 'Cyclists suspended\n\nThe cyclists Marek Dolny and Anja Feld have been suspended after missing doping controls before the Tour of the Lakes. Their team said it would appeal.',
  riders_verdict: 'Verdict due for cyclists\n\nThe cyclists Marek Dolny and Anja Feld will learn on Friday whether they are to be punished for missing doping controls before the Tour of the Lakes.',
  riders_suspended_again: 'Riders out of Tour\n\nThe cyclists Marek Dolny and Anja Feld were suspended on Monday after missing doping controls before the Tour of the Lakes, the federation said.',
  prize_guild: 'Guild honours Tavistock\n\nMarta Tavistock triumphed for playing a blind pianist in Paper Lanterns. The guild also honoured the film’s director.',
  prize_academy: 'Second award for Tavistock\n\nMarta Tavistock picked up her second best actress award for playing a blind pianist in Paper Lanterns, beating four other nominees.',
});
const together = (a: [string, string], b: [string, string]): boolean => {
  const second = new Set(library.alignment.claimsOf(sentenceOf(library, ...b)));
  return library.alignment.claimsOf(sentenceOf(library, ...a)).some((claim) => second.has(claim));
};

describe('claim identity: other acts of the same people in one story', () => {
  it('GIVEN a suspension and a verdict awaited that share only the adjunct (“after missing doping controls” / “for missing doping controls”) THEN they are not one claim', () => {
    expect(together(['riders_suspended', 'have been suspended'], ['riders_verdict', 'will learn on Friday'])).toBe(false);
  });

  it('GIVEN one actress’s two prizes told with the same adjunct (“triumphed for playing …” / “picked up … award for playing …”) THEN they are not one claim', () => {
    expect(together(['prize_guild', 'triumphed for playing'], ['prize_academy', 'picked up her second'])).toBe(false);
  });

  it('GIVEN the suspension retold with the same main verb and the same adjunct THEN they still carry one claim', () => {
    expect(together(['riders_suspended', 'have been suspended'], ['riders_suspended_again', 'were suspended on Monday'])).toBe(true);
  });
});
