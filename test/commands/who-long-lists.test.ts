import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import type { Article } from '../../src/model/article.ts';
import { ask } from '../support/ask.ts';

function storyOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

/** The articles a section of the answer cites. */
function articlesIn(answer: Answer, title: string): Set<string> {
  const section = answer.sections?.find((each) => each.title === title);
  return new Set((section?.citations ?? []).map((i) => answer.results[i]?.articleId ?? ''));
}

/**
 * A long profile that names one MEP in thirty sentences, filed first, and three news stories that
 * name her once each: the shape of a BBC politics page with a readers' comment section.
 */
let library: Library;

beforeAll(() => {
  const paragraphs = Array.from({ length: 30 }, (_, i) => `Ms Varga met group ${i + 1} of the party's members in the town hall.`);
  library = buildLibrary([
    storyOf('a-profile.txt', `Profile: the MEP who wants to lead\n\nEuro MP Anna Varga has spent the summer touring the region.\n\n${paragraphs.join('\n\n')}\n`),
    storyOf('b-vote.txt', 'MEP loses vote on farm grants\n\nAnna Varga lost a vote on farm grants in Strasbourg on Tuesday.\n'),
    storyOf('c-party.txt', 'Party splits over new leader\n\nThe party split on Friday after Anna Varga said she would stand for the leadership.\n'),
    storyOf('d-funds.txt', 'Watchdog looks at MEP expenses\n\nThe watchdog is looking at claims made by Anna Varga and two other MEPs.\n'),
  ]);
});

describe('/who for a person one article names far more often than the others', () => {
  it('GIVEN one article names her in thirty sentences and three others once each THEN the sentences listed reach all four articles', async () => {
    const answer = await ask('/who Anna Varga', library);
    expect(articlesIn(answer, 'Named in')).toEqual(new Set(['a-profile', 'b-vote', 'c-party', 'd-funds']));
  });

  it('GIVEN more sentences than the answer lists THEN a note says how many are listed, of how many, from how many articles', async () => {
    const answer = await ask('/who Anna Varga', library);
    expect(answer.notes.map((each) => each.message)).toContain('Named in: listing 25 of 34, spread over 4 of the 4 articles that give them.');
  });
});
