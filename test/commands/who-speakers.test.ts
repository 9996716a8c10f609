import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import { ask } from '../support/ask.ts';

/** An education story in the shape BBC politics reports take: two speakers, then pronouns only. */
const STORY = [
  'Howard and Kelly clash over school cash',
  '',
  'Michael Howard and Ruth Kelly clashed over school funding on Tuesday.',
  '',
  '"The money is simply not reaching classrooms," Mr Howard said.',
  '',
  'Ms Kelly rejected the claim. "Every school has had a real-terms rise," she said.',
  '',
  'He accused ministers of hiding the figures. "Parents know the truth," he added.',
  '',
].join('\n');

let library: Library;

beforeAll(() => {
  const result = readArticle('clash.txt', new TextEncoder().encode(STORY));
  if (!result.ok) throw new Error('the loader refused the story');
  library = buildLibrary([result.article]);
});

/** The words of each quotation /who lists under "Quoted as saying". */
function quoted(answer: Answer): string[] {
  return answer.results.filter((citation) => citation.kind === 'quotation').map((citation) => citation.quote);
}

describe('/who over a story where he and she alternate', () => {
  it('GIVEN "she said" after Ms Kelly THEN /who Ruth Kelly quotes her and not Howard', async () => {
    const words = quoted(await ask('/who Ruth Kelly', library)).join(' | ');
    expect(words).toContain('Every school has had a real-terms rise');
    expect(words).not.toContain('The money is simply not reaching classrooms');
  });

  it('GIVEN "he added" after Kelly spoke THEN /who Michael Howard quotes him for it, not her', async () => {
    const words = quoted(await ask('/who Michael Howard', library)).join(' | ');
    expect(words).toContain('The money is simply not reaching classrooms');
    expect(words).toContain('Parents know the truth');
    expect(words).not.toContain('Every school has had a real-terms rise');
  });
});
