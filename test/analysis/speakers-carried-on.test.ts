import { describe, expect, it } from 'vitest';
import { type ArticleAnalysis, analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import type { Certainty } from '../../src/model/answer.ts';

/** A passage read as an article whose paragraphs are joined by blank lines, with its analysis. */
function read(paragraphs: readonly string[]): { article: Article; analysis: ArticleAnalysis } {
  const result = readArticle('passage.txt', new TextEncoder().encode(`A headline\n\n${paragraphs.join('\n\n')}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  return { article: result.article, analysis: analyseArticle(result.article) };
}

/** The note of the sentence that starts with `opening`. */
function sentenceOf(paragraphs: readonly string[], opening: string): Certainty {
  const { article, analysis } = read(paragraphs);
  const index = article.sentences.findIndex((sentence) => article.text.slice(sentence.start, sentence.end).startsWith(opening));
  const found = analysis.sentences[index];
  if (index < 0 || !found) throw new Error(`no sentence starts with "${opening}"`);
  return found;
}

/** The speaker of the quotation that starts with `opening`, or undefined when no quotation does. */
function speakerOf(paragraphs: readonly string[], opening: string): string | null | undefined {
  return read(paragraphs).analysis.quotations.find((quotation) => quotation.text.startsWith(opening))?.speaker;
}

const LEFT_OPEN = [
  'The sale of the refinery has puzzled traders in Moscow.',
  '"It is a front for somebody," said Pavel Orlov, an analyst at Nordbank. "We do not know who is behind this company.',
  '"We looked for its owners, but we could not find them," he added.',
];

describe('speakers carried on: a quotation left open at the end of its paragraph', () => {
  it("GIVEN a quotation left open at its paragraph end and reopened at the next THEN its sentence is the speaker's quotation", () => {
    expect(speakerOf(LEFT_OPEN, 'We do not know who')).toBe('Pavel Orlov');
  });

  it('GIVEN the same passage THEN the note of the open sentence names the speaker, not the article', () => {
    const note = sentenceOf(LEFT_OPEN, '"We do not know who');
    expect(note.sourcing).toBe('named');
    expect(note.attributedTo).toEqual(['Pavel Orlov']);
  });

  it('GIVEN a quotation opened after "said:" whose second sentence runs on unclosed to the paragraph end THEN the second sentence is the speaker\'s', () => {
    const passage = [
      'Nadia Kerr, an analyst at Hollins Bank, said: "I think the decision was taken months ago. So the only question was how to dress it up.',
      '"Nobody here was surprised by the result."',
    ];
    expect(sentenceOf(passage, 'So the only question').attributedTo).toEqual(['Nadia Kerr']);
  });

  it("GIVEN a mark left open at the paragraph end and a next paragraph that does not reopen a quotation THEN nothing is quoted and the sentence stays the article's own", () => {
    const passage = ['The union called the offer "an insult to staff. Talks resumed on Monday.', 'Managers declined to comment.'];
    expect(speakerOf(passage, 'an insult to staff')).toBeUndefined();
    expect(sentenceOf(passage, 'Talks resumed').sourcing).toBe('none');
  });
});

describe('speakers carried on: reported speech continued by "And" or "But"', () => {
  it('GIVEN "Mr Keane said 40% of pensioners were now paying …" THEN "And one million families were paying …" is his too', () => {
    const passage = ['Mr Keane said 40% of all pensioners were now paying marginal tax rates of 50%. And one million working families were paying rates of 60%.'];
    expect(sentenceOf(passage, 'And one million').attributedTo).toEqual(['Keane']);
  });

  it('GIVEN "She said the charity had to use simpler language" THEN "And it had to fight poverty" is hers', () => {
    const passage = ['Amnesty chief Irene Vale spoke in Porto Alegre. She said the charity had to use simpler language. And it had to fight poverty, not just argue about rights.'];
    expect(sentenceOf(passage, 'And it had to fight').attributedTo).toEqual(['Irene Vale']);
  });

  it('GIVEN "the bank said the damage would be slight" THEN "But the blow could be "severe"" and its quoted word are the bank\'s', () => {
    const passage = ['The Asian Development Bank said the damage to growth would be slight. But the blow to the poorest families could be "severe".'];
    expect(sentenceOf(passage, 'But the blow').attributedTo).toEqual(['Asian Development Bank']);
    expect(speakerOf(passage, 'severe')).toBe('Asian Development Bank');
  });

  it('GIVEN "But" and a verb the reported words would not shift (plain narrative) THEN the sentence stays the article\'s own', () => {
    const passage = ['Mr Keane said the plan would cut waste. But the committee rejected it on Tuesday.'];
    expect(sentenceOf(passage, 'But the committee').sourcing).toBe('none');
  });

  it('GIVEN "And" with a named subject THEN the sentence is not carried to the speaker before', () => {
    const passage = ['Mr Keane said the plan would cut waste. And Mr Doyle would oppose it in the Commons.'];
    expect(sentenceOf(passage, 'And Mr Doyle').sourcing).toBe('none');
  });

  it('GIVEN "But he would …" THEN the article tells of the speaker and the sentence stays its own', () => {
    const passage = ['Mr Keane said the plan would cut waste. But he would face a hostile committee in the autumn.'];
    expect(sentenceOf(passage, 'But he would').sourcing).toBe('none');
  });

  it('GIVEN "But the savings that ministers could …" THEN a modal inside a clause of its own carries nothing', () => {
    const passage = ['Mr Keane said the plan would cut waste. But the savings that ministers could find were small.'];
    expect(sentenceOf(passage, 'But the savings').sourcing).toBe('none');
  });

  it('GIVEN "But the company could not comment" THEN the words tell of someone, not what was said, and stay the article\'s own', () => {
    const passage = ['Mr Keane said the plan would cut waste. But the company could not comment on the figures.'];
    expect(sentenceOf(passage, 'But the company').sourcing).toBe('none');
  });

  it('GIVEN a quotation before THEN an "And … would" sentence after it is the article\'s own voice again', () => {
    const passage = ['Mr Keane said: "The plan will cut waste." And the savings would be spent on schools.'];
    expect(sentenceOf(passage, 'And the savings').sourcing).toBe('none');
  });

  it('GIVEN the sentence before reports a state of mind ("when he expects better"), not words THEN "But it should …" stays the article\'s own', () => {
    const passage = ['The new manager is from the old school and never slow to tell players when he expects better. But it should be remembered his predecessor won the cup.'];
    expect(sentenceOf(passage, 'But it should').sourcing).toBe('none');
  });

  it('GIVEN the reported speech ends a paragraph THEN the next paragraph\'s "And … would" is not carried', () => {
    const passage = ['Mr Keane said the plan would cut waste.', 'And the savings would be spent on schools.'];
    expect(sentenceOf(passage, 'And the savings').sourcing).toBe('none');
  });
});

describe('speakers carried on: a name after a role with its complement', () => {
  const SMITH = [
    'The Liberal Democrats unveiled their childcare plans on Tuesday. Party leader Charles Kennedy said the plans were fully costed.',
    'Labour\'s deputy minister for women Joanne Pike accused the Lib Dems of offering "false promises" to women. She said: "These proposals would cost families dearly."',
  ];

  it('GIVEN "Labour\'s deputy minister for women Joanne Pike accused …" THEN the next "She said" is Pike\'s', () => {
    expect(speakerOf(SMITH, 'These proposals')).toBe('Joanne Pike');
  });

  it('GIVEN "The head of the Catholic Church" THEN the church is no person and "He added" stays with the cardinal', () => {
    const passage = [
      'Cardinal Thomas Reilly has criticised the cost of the war.',
      'The head of the Catholic Church in Scotland made the comments on the radio. He added: "Peace is worth striving for."',
    ];
    // `Cardinal` is a title, left out of the name as `Dr` and `Archbishop` are (the same man either way).
    expect(speakerOf(passage, 'Peace is worth')).toBe('Thomas Reilly');
  });
});

describe("speakers carried on: a mark of the quotation's family after the one left open", () => {
  it("GIVEN a closing mark set off by a space after a nested quotation (`'Clinton,' \" said X`) THEN the quotation is not run on to the paragraph end", () => {
    const passage = ['"Many voters want to know why they should not back the household name of \'Clinton,\' " said Bree Holt, a volunteer in Columbia.', '"We knock on every door."'];
    expect(speakerOf(passage, 'Many voters want')).toBeUndefined();
    expect(sentenceOf(passage, '"Many voters').attributedTo).toContain('Bree Holt');
  });
});

describe('speakers carried on: a quotation right after reported words', () => {
  const FOX = 'After the meeting, Mr Fox said closing a pub for a day made little difference.';

  it('GIVEN "Mr Fox said …" and then a sentence that is all quotation, untagged THEN the quotation and its note are Fox\'s', () => {
    const passage = [`${FOX} "If it is half past midnight on a Saturday, a day's closure costs them nothing."`];
    expect(speakerOf(passage, 'If it is half past')).toBe('Fox');
    expect(sentenceOf(passage, '"If it is half past').attributedTo).toEqual(['Fox']);
  });

  it("GIVEN the untagged quotation opens the next paragraph THEN it is still Fox's", () => {
    expect(speakerOf([FOX, '"If it is half past midnight on a Saturday, a day\'s closure costs them nothing."'], 'If it is half past')).toBe('Fox');
  });

  it("GIVEN the quotation is tagged where it closes, in a later sentence, by someone else THEN it is the tag's speaker's", () => {
    const passage = [`${FOX} "Closures do not work. "Licensing has to change," said Ms Lane, a councillor.`];
    expect(sentenceOf(passage, '"Closures do not work').attributedTo).not.toContain('Fox');
  });

  it('GIVEN a tag inside the sentence ("…," the judge exclaimed, "…") THEN the words are not carried to the one reported before', () => {
    const passage = [`${FOX} "Everything you have said," the judge exclaimed, "I have said too."`];
    expect(sentenceOf(passage, '"Everything you have said').attributedTo).not.toContain('Fox');
  });

  it('GIVEN a quoted transcript line that names its own speaker ("HALE: …") THEN it is not carried to the one reported before', () => {
    const passage = [`${FOX} "HALE: Did you close the pub on Saturday?"`];
    expect(sentenceOf(passage, '"HALE:').attributedTo).not.toContain('Fox');
  });
});

describe('a quotation inside a sentence whose own subject acts', () => {
  const PASSAGE = [
    'Mr Godsiff said the detentions were a disgrace. "They must be closed at once," he said. Amnesty International has called Camp Delta a "major human-rights scandal". Concerns have also been raised by "pro-choice" groups that the minister might change the law.',
    'The foreign secretary said the right to life was the "most important liberty". Law lords were "simply wrong" to say the men were held arbitrarily.',
  ];

  it('GIVEN "Amnesty International has called Camp Delta a "…"" after another speaker THEN the quotation is not carried to him', () => {
    expect(speakerOf(PASSAGE, 'major human-rights')).not.toBe('Godsiff');
  });

  it('GIVEN "Concerns have also been raised by "pro-choice" groups" THEN the label is not the last speaker’s words', () => {
    expect(speakerOf(PASSAGE, 'pro-choice')).not.toBe('Godsiff');
  });

  it('GIVEN "Law lords were "simply wrong"" right after the foreign secretary’s quoted words THEN the judgement is still his', () => {
    expect(speakerOf(PASSAGE, 'simply wrong')).toBe('The foreign secretary');
  });
});

describe('a sentence that is all quotation after a sentence or two of narrative', () => {
  const AFTER_REPORT = [
    '"We will review our finances when the stadium opens," Mr Dale said.',
    'Mr Dale said that, although television money had driven the game forward, there might now be too many games shown. Since 1992, clubs have seen their income from television soar. "Television has been the driving force, but we must keep improving."',
  ];

  it('GIVEN a report, a sentence of the article’s own, then a tagless quotation THEN the quotation goes on with the one who reported', () => {
    expect(speakerOf(AFTER_REPORT, 'Television has been')).toBe('Dale');
  });

  it('GIVEN the quotation has a tag of its own after it ("…," Mr Champion.) THEN the last speaker is not carried', () => {
    const tagged = ['Economists said growth was slowing. Retail sales fell in March. "Carnival has a strong track record," Mr Champion.'];
    expect(speakerOf(tagged, 'Carnival has')).not.toBe('Economists');
  });

  it('GIVEN someone else speaks in between THEN the quotation is not carried past them', () => {
    const between = ['Mr Dale said clubs earned too much from television. The league said it disagreed. "Television has been the driving force."'];
    expect(speakerOf(between, 'Television has been')).not.toBe('Dale');
  });

  it('GIVEN three sentences of narrative stand between THEN the quotation is not carried so far', () => {
    const far = ['Mr Dale said clubs earned too much from television. Income rose. Costs rose too. Attendance fell. "Television has been the driving force."'];
    expect(speakerOf(far, 'Television has been')).toBeNull();
  });
});
