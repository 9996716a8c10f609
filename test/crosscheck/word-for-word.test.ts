import { describe, expect, it } from 'vitest';
import { corroborate } from '../../src/crosscheck/corroboration.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/**
 * Two sports reports of one doping case that are no copies of each other (each tells its own news around it) but write
 * one long sentence word for word, as two outlets running one wire report do; and two that share only a short line.
 */
const library = libraryOf({
  hearing_a:
    'Sprinters face hearing\n\nThe sprinters face a disciplinary hearing in Athens next week. The pair then spent four days in a clinic, claiming they had been hurt in a scooter accident on the eve of the Games. Their lawyer says they will be cleared. The federation declined to comment.',
  verdict_b:
    'Sprinters cleared by panel\n\nAn independent panel has cleared the two sprinters of all charges. The pair then spent four days in a clinic, claiming they had been hurt in a scooter accident on the eve of the Games. The anti-doping agency is considering an appeal. Both runners hope to race again this summer.',
  other_e: 'Talks drag on\n\nThe union and the club spent four days in talks over the stadium lease without an agreement. A deal is expected next week.',
  short_c: 'Rain delays meeting\n\nThe meeting was called off. Heavy rain flooded the track at the national stadium on Saturday. Officials hope to restage the races next month.',
  short_d: 'Cup tie postponed\n\nThe meeting was called off. A frozen pitch forced the cup tie to be postponed until Tuesday evening. Fans were offered refunds.',
});

describe('corroboration: one long sentence written word for word in two articles', () => {
  it('GIVEN two articles that are no copies but write one long sentence of the claim word for word THEN they are one voice, and the note says why', () => {
    const result = corroborate(library, [sentenceOf(library, 'hearing_a', 'four days'), sentenceOf(library, 'verdict_b', 'four days')]);
    expect(result.voices).toBe(1);
    expect(result.independent).toBe(false);
    expect(result.wordForWord).toEqual([{ articleId: 'verdict_b', of: 'hearing_a' }]);
    expect(result.note).toMatch(/verdict_b words it as hearing_a does, word for word/u);
  });

  it('GIVEN a third article holding the words but telling something else THEN the note is the one for articles that do not all retell one claim, not a count of voices', () => {
    const found = [sentenceOf(library, 'hearing_a', 'four days'), sentenceOf(library, 'verdict_b', 'four days'), sentenceOf(library, 'other_e', 'four days')];
    const result = corroborate(library, found, [], (sentence) => sentence.articleId !== 'other_e');
    expect(result.note).not.toMatch(/word for word|independent/u);
    expect(result.voices).toBe(2);
  });

  it('GIVEN two articles that share only a short line THEN they are still two voices', () => {
    const result = corroborate(library, [sentenceOf(library, 'short_c', 'called off'), sentenceOf(library, 'short_d', 'called off')]);
    expect(result.voices).toBe(2);
    expect(result.wordForWord).toBeUndefined();
  });
});
