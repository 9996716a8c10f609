import { describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import type { Answer } from '../../src/model/answer.ts';
import { libraryOf } from '../crosscheck/library-of.ts';

/**
 * Four reports of one tax case, written in the shapes of wire business copy: two give the tax bill
 * in the words asked for, one gives the same bill as a "claim" (other words, same figure), and one
 * tells the sale that followed, with its own price and no tax figure.
 */
const library = libraryOf({
  tax_a:
    'Harlow Oil loses court fight\n\nHarlow Oil lost its appeal on Tuesday against a $4.2bn tax bill from the Ruritanian authorities. The firm said it would keep fighting in the courts. Its shares fell 6% in early trade.',
  tax_b:
    'Harlow Oil appeal rejected\n\nA court in Strelsau rejected Harlow Oil\u2019s appeal against a $4.2bn tax bill on Tuesday. The company has until March to pay. Analysts said the ruling left the firm short of cash.',
  tax_c:
    'Harlow Oil ruling upheld\n\nHarlow Oil lost its appeal on Tuesday against a $4.2bn tax claim from the Ruritanian authorities, judges ruled. The company has until March to pay. Investors had expected the ruling.',
  sale_d:
    'Harlow Oil unit sold\n\nHarlow Oil sold its drilling unit to Vantor Energy for $1.1bn on Tuesday after it lost its appeal against a tax bill from the Ruritanian authorities. The company said the sale would help it pay. Vantor shares rose 3%.',
  polls:
    'Poll date expected\n\nThe election is widely expected on 5 May, party officials said. Turnout at the last election was 61%. Ministers have promised to cut waiting lists within five years of the election.',
  polls_b:
    'Parties prepare for vote\n\nThe parties have begun campaigning for an election widely expected on 5 May. Some 5% of voters remain undecided about the election. The leaders will hold debates.',
});
const context = { library, caller: { platform: 'console' as const, userId: 'test', isAdmin: false } };
const ask = async (claim: string): Promise<Answer> => sources.run({ claim }, context);
const noteOf = (answer: Answer, code: string): string => answer.notes.find((entry) => entry.code === code)?.message ?? '';
const countIn = (message: string, pattern: RegExp): number => Number(pattern.exec(message)?.[1] ?? 0);

describe('/sources counts one set of sentences', () => {
  it('GIVEN a tax bill told in the words asked for and in other words THEN the articles that say it and those in other words add up to the corroboration', async () => {
    const answer = await ask('Harlow Oil $4.2bn tax bill');
    const found = countIn(noteOf(answer, 'found_in'), /^(\d+) of/u);
    const more = countIn(noteOf(answer, 'carried_in_other_words'), /from (\d+) more article/u);
    expect(found + more).toBe(answer.corroboration?.articles);
  });

  it('GIVEN a tax bill told by three articles THEN the articles listed are the articles the corroboration counts', async () => {
    const answer = await ask('Harlow Oil $4.2bn tax bill');
    expect([...new Set(answer.results.map((citation) => citation.articleId))].sort()).toEqual(answer.corroboration?.articleIds);
  });

  it('GIVEN a sentence that gives the tax bill as a claim of the same figure THEN it is listed as saying it in other words', async () => {
    const answer = await ask('Harlow Oil $4.2bn tax bill');
    expect(answer.results.some((citation) => citation.articleId === 'tax_c' && citation.match === undefined)).toBe(true);
  });

  it('GIVEN a sentence on the same case that gives a sale price and no tax figure THEN it is not listed as carrying the tax bill', async () => {
    const answer = await ask('Harlow Oil $4.2bn tax bill');
    expect(answer.results.map((citation) => citation.articleId)).not.toContain('sale_d');
    expect(answer.corroboration?.articleIds).not.toContain('sale_d');
  });

  it('GIVEN other articles carry the words asked for THEN no sentence is flagged single-source', async () => {
    const answer = await ask('Harlow Oil $4.2bn tax bill');
    expect(answer.results.some((citation) => citation.singleSource)).toBe(false);
    expect(noteOf(answer, 'single_source')).toBe('');
  });

  it('GIVEN only one article carries the words asked for THEN its sentences are flagged single-source and the corroboration says one article', async () => {
    const answer = await ask('Vantor Energy drilling unit');
    expect(answer.corroboration?.articles).toBe(1);
    expect(answer.results.every((citation) => citation.singleSource)).toBe(true);
  });
});

describe('/sources matches a figure only with a figure of its kind', () => {
  it('GIVEN a query date of 5 May THEN a sentence with “five years” is not a source', async () => {
    const answer = await ask('election on 5 May');
    expect(answer.results.map((citation) => citation.quote).join(' ')).not.toContain('five years');
  });

  it('GIVEN a query date of 5 May THEN a sentence with “5%” is not a source', async () => {
    const answer = await ask('election on 5 May');
    expect(answer.results.map((citation) => citation.quote).join(' ')).not.toContain('5%');
  });

  it('GIVEN a query date of 5 May THEN the sentences giving that date are the sources, and the count says so', async () => {
    const answer = await ask('election on 5 May');
    expect(answer.results.every((citation) => citation.quote.includes('5 May'))).toBe(true);
    expect(noteOf(answer, 'found_in')).toMatch(/^2 of /u);
  });
});
