import { beforeAll, describe, expect, it } from 'vitest';
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
].join('\n');

let library: Library;

beforeAll(() => {
  const result = readArticle('terror.txt', new TextEncoder().encode(STORY));
  if (!result.ok) throw new Error('the loader refused the story');
  library = buildLibrary([result.article]);
});

const notesOf = (answer: Answer): string => answer.notes.map((item) => item.message).join(' ');

describe('/who with an office the articles write', () => {
  it('GIVEN "/who the chancellor" THEN it names the man the article sets off as chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).toContain('the articles give that role to Gordon Brown.');
  });

  it('GIVEN "/who the chancellor" THEN the Lord Chancellor is not offered as the chancellor', async () => {
    expect(notesOf(await ask('/who the chancellor', library))).not.toContain('Falconer');
  });

  it('GIVEN "/who Lord Chancellor" THEN it names the peer who holds it, not a person called "Chancellor"', async () => {
    const answer = await ask('/who Lord Chancellor', library);
    expect(answer.entity).toBeNull();
    expect(notesOf(answer)).toContain('the articles give that role to Falconer');
  });

  it('GIVEN "/who Lord Chief Justice", an office no article names the holder of THEN it says so, not "not in these articles"', async () => {
    const notes = notesOf(await ask('/who Lord Chief Justice', library));
    expect(notes).toContain('the articles write it, but never as a name or as the role of someone they name');
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
