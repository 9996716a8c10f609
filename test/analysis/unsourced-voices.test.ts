import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Certainty } from '../../src/model/answer.ts';
import { must } from '../support/must.ts';

/**
 * A sentence whose source the analysis does not find may still plainly be someone's words: a quotation whose speaker was not
 * found, or a writer speaking as `I` outside quotation marks. Its note says so instead of "Stated as fact by the article".
 * Every text is written for these tests in the shapes of real pages.
 */

function noteOf(paragraphs: readonly string[], opening: string): Certainty {
  const result = readArticle('voices.txt', new TextEncoder().encode(`A headline for the page\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the article');
  const { article } = result;
  const index = article.sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  if (index < 0) throw new Error(`no sentence opens with: ${opening}`);
  return must(analyseArticle(article).sentences[index], `sentence ${index}`);
}

describe('a quotation whose speaker is not found', () => {
  it('GIVEN a paragraph that is one quoted sentence with no speaker anywhere THEN the note says it is quoted and no speaker was found', () => {
    const certainty = noteOf(['The club lost its third match in a row on Saturday.', '"We did enough to win the game, and the second half was much better."'], '"We did enough');
    expect(certainty).toMatchObject({ sourcing: 'none', note: 'In quotation marks, with no speaker found.' });
  });

  it('GIVEN a sentence that opens with a quoted slogan and goes on in the article’s words THEN it stays the article’s statement', () => {
    const certainty = noteOf(['"Welcome to the fair" was the message on every billboard in the town centre last week.'], '"Welcome to the fair"');
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN quoted words with their speaker THEN the speaker is named as before', () => {
    const certainty = noteOf(['"I think the stadium will stay where it is," the chairman said.'], '"I think the stadium');
    expect(certainty.attributedTo).toEqual(['the chairman']);
  });
});

describe('a writer speaking as "I" outside quotation marks', () => {
  it('GIVEN a columnist’s sentence in the first person THEN the note says so instead of calling it a fact', () => {
    const certainty = noteOf(['It was back to official duties last week. I managed to do all my training all the same.'], 'I managed');
    expect(certainty.note).toBe("In the first person ('I'), with no speaker found.");
  });

  it('GIVEN "But I …" opening the sentence THEN the opening word does not hide the first person', () => {
    const certainty = noteOf(['It was a long week of meetings. But I still managed to run every morning.'], 'But I still');
    expect(certainty.note).toBe("In the first person ('I'), with no speaker found.");
  });

  it('GIVEN a hedged first-person sentence THEN the hedge comes first and the voice after it', () => {
    const certainty = noteOf(['I think the selectors will pick three hurdlers for the team.'], 'I think');
    expect(certainty.note).toBe("Hedged ('think'); in the first person ('I'), with no speaker found.");
  });

  it('GIVEN "Henry I was crowned" THEN the numeral is no one speaking', () => {
    expect(noteOf(['Henry I was crowned in the abbey in 1100.'], 'Henry I').note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "I" inside titles and names ("World War I drama", "I Believe in You") THEN it is no one speaking', () => {
    const certainty = noteOf(['The film won the prize for best World War I drama, beating the musical I Believe in You.'], 'The film won');
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });
});
