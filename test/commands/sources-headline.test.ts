import { describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/**
 * A doping case told by three sports reports, one of them in other words ("offences" where the others write
 * "charges"), in the shapes of real copy.
 */
const library = libraryOf({
  cleared_a: 'Sprint pair cleared by tribunal\n\nSprinters Nikos Varelas and Eleni Doukas have been cleared of doping offences by an independent tribunal. The pair had missed three tests.',
  charged_b: 'Sprint pair face hearing\n\nNikos Varelas and Eleni Doukas are yet to answer doping charges brought by the sprint federation. A hearing is due next month.',
  appeal_c: 'Agency to appeal verdict\n\nThe anti-doping commission will appeal against the verdict on Varelas, a spokesman said. Officials were said to be angry.',
});
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (claim: string): Promise<Answer> => sources.run({ claim }, context);
const first = (answer: Answer): string => answer.notes[0]?.message ?? '';

describe('/sources: the first line is no firmer than what was found', () => {
  it('GIVEN no sentence holds every word asked but the nearest lacks only a word other articles use THEN the first line says what it lacks, not that no article says it', async () => {
    const answer = await ask('Varelas and Doukas cleared of doping charges');
    expect(answer.status).toBe('not_found');
    expect(first(answer)).not.toMatch(/No article says this/u);
    expect(first(answer)).toMatch(/the nearest lacks only “(charges|cleared)” and may say it in other words/u);
  });

  it('GIVEN the nearest sentence lacks a word no article uses THEN the first line still says no article says it', async () => {
    const answer = await ask('Varelas Doukas zemblorax');
    expect(first(answer)).toMatch(/^No article says this/u);
  });

  it('GIVEN one article says it THEN the count reads “1 of … articles says it”', async () => {
    const answer = await ask('independent tribunal');
    expect(answer.notes.find((entry) => entry.code === 'found_in')?.message).toMatch(/^1 of \d+ articles says it \(1 sentence\)\.$/u);
  });

  it('GIVEN two articles say it THEN the count reads “2 of … articles say it”', async () => {
    const answer = await ask('Varelas Doukas doping');
    expect(answer.notes.find((entry) => entry.code === 'found_in')?.message).toMatch(/^2 of \d+ articles say it/u);
  });
});
