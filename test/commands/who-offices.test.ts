import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import { ask } from '../support/ask.ts';

/** A politics story in the shape BBC reports take: two offices, one holder named beside his, the other never named. */
const STORY = [
  'Judges clash with ministers over terror plans',
  '',
  'The Lord Chancellor, Lord Falconer, has defended plans to hold terror suspects under house arrest.',
  '',
  'The chancellor, Gordon Brown, said the cost would be met from reserves. Mr Brown added that no taxes would rise.',
  '',
  'The Lord Chief Justice said judges must keep the final say over every order.',
  '',
  'The Treasury said the plans were affordable. Robert Kilroy-Silk said they were a disgrace.',
  '',
  'Tory shadow chancellor Oliver Letwin said the money should come from cuts elsewhere.',
  '',
  'Tony Blair praised Mr Brown as the most successful post-war chancellor Britain has had.',
  '',
].join('\n');

/** `text` read by the loader as the file `file`, as a user's article would be. */
function articleOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`the loader refused ${file}`);
  return result.article;
}

let library: Library;

beforeAll(() => {
  library = buildLibrary([articleOf('terror.txt', STORY)]);
});

const notesOf = (answer: Answer): string => answer.notes.map((item) => item.message).join(' ');

describe('/who with an office the articles write', () => {
  it('GIVEN "/who the chancellor" THEN it names the man the article sets off as chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).toContain('the articles give that role to Gordon Brown.');
  });

  it('GIVEN "/who the chancellor" THEN the Lord Chancellor is not offered as the chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).not.toContain('Falconer');
  });

  it('GIVEN "the most successful chancellor Britain has had" THEN a place is not offered as the chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).not.toContain('Britain');
  });

  it('GIVEN "/who the chancellor" THEN the shadow chancellor is not offered as the chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).not.toContain('Letwin');
  });

  it('GIVEN "/who Lord Chancellor" THEN it names the peer who holds it, not a person called "Chancellor"', async () => {
    const answer = await ask('/who Lord Chancellor', library);
    expect(answer.entity).toBeNull();
    expect(notesOf(answer)).toContain('the articles give that role to Falconer');
  });

  it('GIVEN "/who Lord Chief Justice", an office no article names the holder of THEN it says so, not "not in these articles"', async () => {
    const notes = notesOf(await ask('/who Lord Chief Justice', library));
    expect(notes).toContain('the articles write it, but the bot links it to no one they name');
    expect(notes).not.toContain('is not in these articles');
  });

  it('GIVEN "/who the Treasury", as the article writes it THEN it is found as asked, with no note that it was read as another name', async () => {
    const answer = await ask('/who the Treasury', library);
    expect(answer.entity?.name).toBe('Treasury');
    expect(notesOf(answer)).not.toMatch(/never write|No exact match/u);
  });

  it('GIVEN "/who Robert Kilroy Silk" for the "Robert Kilroy-Silk" the article writes THEN no note calls it a short form from the lexicon of aliases', async () => {
    const answer = await ask('/who Robert Kilroy Silk', library);
    expect(answer.entity?.name).toBe('Robert Kilroy-Silk');
    expect(notesOf(answer)).not.toContain('known short form');
  });
});

describe('/who with a role several people are given', () => {
  it('GIVEN one man called chancellor in two articles and another named in three but called chancellor in one THEN the first is offered first', async () => {
    const library = buildLibrary([
      articleOf('budget.txt', 'Brown sets out Budget\n\nChancellor Gordon Brown said growth would stay strong.\n'),
      articleOf('tax.txt', 'Budget date set\n\nChancellor Gordon Brown will deliver the Budget on Wednesday.\n'),
      articleOf('history.txt', 'Tax cuts recalled\n\nIn 1996 Chancellor Ken Clarke cut the basic rate of income tax.\n'),
      articleOf('europe.txt', 'Clarke backs euro\n\nKen Clarke said the party should back the single currency.\n'),
      articleOf('unity.txt', 'Clarke calls for unity\n\nKen Clarke said the party must unite before the election.\n'),
    ]);
    expect(notesOf(await ask('/who the chancellor', library))).toContain('the articles give that role to Gordon Brown, Ken Clarke.');
  });
});

describe('/who with an office whose holder no article names', () => {
  it('GIVEN "/who Lord Chancellor" and a firm called Ford THEN no name spelt alike is offered in place of the words the article writes', async () => {
    const library = buildLibrary([
      articleOf('courts.txt', 'Judges to keep final say\n\nThe Lord Chancellor said judges would keep the final say over house arrest.\n'),
      articleOf('cars.txt', 'Ford sales rise\n\nShares in Ford rose after the carmaker said its sales were up.\n'),
    ]);
    const answer = await ask('/who Lord Chancellor', library);
    expect(answer.entity).toBeNull();
    expect(notesOf(answer)).toContain('the articles write it, but the bot links it to no one they name');
  });
});
