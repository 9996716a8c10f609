import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/crosscheck/cross-check.ts';
import compare from '../../commands/compare.ts';
import { Alignment, claimOfSentences } from '../../src/library/alignment.ts';
import { libraryOf, sentenceOf } from './library-of.ts';
import { must } from '../support/must.ts';

/**
 * A bakery closure reported by one paper and retold by a second, which adds the company's reply in a sentence of its
 * own that repeats none of the claim's words, as business copy does.
 */
const library = libraryOf({
  shut_a:
    'Brenner to shut Tolland plant\n\nBrenner Foods will close its Tolland bakery next year with the loss of 300 jobs, the Daily Post reported on Monday. Unions said they had not been told. Shares rose 2%.',
  shut_b:
    'Bakery closure report\n\nBrenner Foods will close its Tolland bakery next year with the loss of 300 jobs, according to a report in the Daily Post. The company denied the report. Its shares rose 2% in London.',
});
const check = () => crossCheck(library, [sentenceOf(library, 'shut_a', 'will close its Tolland')]);
const caller = { platform: 'console' as const, userId: 'test', isAdmin: false };

describe('reactions shown as the claim’s dispute', () => {
  it('GIVEN “The company denied the report.” right after the claim in the same article THEN it is the claim’s dispute', () => {
    expect(check().disputes.map((sentence) => sentence.text)).toEqual(['The company denied the report.']);
  });

  it('GIVEN a reply in an article that also tells the claim THEN the note quotes it with its article, and the article still counts for its telling', () => {
    const { corroboration } = check();
    expect(corroboration.note).toContain('Disputed in 1 article: shut_b (“The company denied the report.”).');
    expect(corroboration.articleIds).toEqual(['shut_a', 'shut_b']);
  });

  it('GIVEN a dispute THEN the JSON lists it verbatim with its article and offsets', () => {
    const { corroboration } = check();
    expect(corroboration.disputes).toEqual(['shut_b']);
    for (const { articleId, quote, start, end } of must(corroboration.disputedBy)) expect(must(library.article(articleId)).text.slice(start, end)).toBe(quote);
  });

  it('GIVEN a denial after the claim that says in a clause of its own what is denied (“denied it would …”) THEN it is no reply to the claim', () => {
    const clause = libraryOf({
      move_a: 'Harlow bank to move\n\nHarlow Bank will move its head office to Leeds next spring, the Evening Star reported. Staff were told on Friday.',
      move_b: 'Bank move reported\n\nHarlow Bank will move its head office to Leeds next spring, the Evening Star said. The chairman denied it would cut any staff. Shares were flat.',
    });
    expect(crossCheck(clause, [sentenceOf(clause, 'move_a', 'will move its head office')]).disputes).toEqual([]);
  });

  it('GIVEN “dismissed the claim he had …” after the claim THEN the claim it dismisses is another, told in its own words, and no reply', () => {
    const other = libraryOf({
      pact_a: 'Leaders meet\n\nThe prime minister and the chancellor will campaign together in the north this week, party officials said. Posters are ready.',
      pact_b:
        'Joint campaign\n\nThe prime minister and the chancellor will campaign together in the north this week, party officials said. The prime minister dismissed the claim he had broken a promise to step down as old news. Voters were polled.',
    });
    expect(crossCheck(other, [sentenceOf(other, 'pact_a', 'will campaign together')]).disputes).toEqual([]);
  });

  it('GIVEN /compare on the closure THEN the claim’s section quotes the reply beside it', async () => {
    const answer = await compare.run({ topic: 'Tolland bakery' }, { library, caller });
    const lines = JSON.stringify(answer.sections);
    expect(lines).toContain('Disputed in shut_b: ');
    expect(lines).toContain('The company denied the report.');
  });
});

describe("a claim's heading counts every article listed under it", () => {
  it('GIVEN two articles that tell a plea and a third that only denies the charges THEN the heading says "told by 2 …, disputed in 1"', async () => {
    const trial = libraryOf({
      holt_a:
        'Holt trial opens\n\nThe trial of former Tarn boss Adam Holt has opened in New York. Mr Holt has pleaded not guilty to charges of fraud and conspiracy. The case is expected to last two months.',
      holt_b: 'Holt in court\n\nFormer Tarn boss Adam Holt has gone on trial in New York. Mr Holt has pleaded not guilty to the charges of fraud and conspiracy. Jurors were chosen last week.',
      holt_c: 'Holt defence\n\nLawyers for Adam Holt began his defence on Monday. Mr Holt has denied charges of fraud and conspiracy. He faces a long sentence if convicted.',
    });
    const answer = await compare.run({ topic: 'Holt fraud conspiracy' }, { library: trial, caller });
    expect(answer.sections[0]?.title).toMatch(/^Claim 1: told by 2 of \d+ articles, disputed in 1$/u);
  });
});

describe('a denial shown under an earlier claim, under a later claim it also disputes', () => {
  // Two claims that hold one denial: the plea, and what the defendant's lawyers said. The alignment is set by hand, as
  // the BBC set's (`/compare Ebbers`) holds it, so that the command alone is read.
  const trial = libraryOf({
    holt_a: 'Holt trial opens\n\nThe trial of former Tarn boss Adam Holt has opened in New York. Mr Holt has pleaded not guilty to charges of fraud and conspiracy.',
    holt_b: 'Holt defence\n\nLawyers for Adam Holt began his defence on Monday. Mr Holt has denied charges of fraud and conspiracy.',
    holt_c:
      'Holt on trial\n\nFormer Tarn boss Adam Holt has gone on trial in New York. Mr Holt has pleaded not guilty to the charges of fraud and conspiracy against him. Mr Holt has denied all the charges, saying he was unaware of the accounting tricks at Tarn.',
    holt_d: "Holt lawyers speak\n\nThe defence called its first witness on Tuesday. Mr Holt's lawyers have said he was unaware of the accounting tricks at Tarn.",
  });
  const denial = sentenceOf(trial, 'holt_b', 'Mr Holt has denied');
  const plea = claimOfSentences([sentenceOf(trial, 'holt_a', 'pleaded'), denial, sentenceOf(trial, 'holt_c', 'pleaded')]);
  const unaware = claimOfSentences([denial, sentenceOf(trial, 'holt_c', 'saying he was unaware'), sentenceOf(trial, 'holt_d', 'lawyers have said')]);
  const library = { ...trial, alignment: new Alignment([plea, unaware].map((claim, id) => ({ ...claim, id }))) };

  it('GIVEN the denial shown under the first claim THEN the second names its article as disputing it, and counts it', async () => {
    const answer = await compare.run({ topic: 'Holt' }, { library, caller });
    const later = answer.sections.find((section) => section.title.startsWith('Claim 2'));
    expect(later?.title).toMatch(/^Claim 2: told by 2 of \d+ articles, disputed in 1$/u);
    expect(later?.lines).toContain('Also disputed in holt_b, in sentences shown under an earlier claim.');
    expect(JSON.stringify(later?.lines)).not.toMatch(/no sentence of [^"]*holt_b|Not told by [^"]*holt_b/u);
  });
});

describe('no dispute where there is no one claim', () => {
  it('GIVEN words held by more articles than are weighed one by one THEN a denial among them is named as no dispute of anything', () => {
    const towns = Array.from({ length: 152 }, (_, i) => `Town${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
    const texts: Record<string, string> = {};
    for (const [i, town] of towns.entries()) texts[`match_${i}`] = `${town} result\n\n${town} Rovers drew at home on Saturday in front of a small crowd. The club said tickets had sold well.`;
    texts.keeper = 'Keeper stars\n\nThe keeper denied the striker at home on Saturday with a late save. The club said he had trained well.';
    const broad = libraryOf(texts);
    const found = broad.articles.flatMap((article) => article.sentences.filter((sentence) => sentence.text.includes('at home on Saturday')));
    const { corroboration } = crossCheck(broad, found);
    expect({ disputes: corroboration.disputes, disputedBy: corroboration.disputedBy, noted: corroboration.note.includes('Disputed') }).toEqual({
      disputes: undefined,
      disputedBy: undefined,
      noted: false,
    });
  });
});
