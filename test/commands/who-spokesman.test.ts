import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import { ask } from '../support/ask.ts';

/** A politics story in the shape BBC reports take: the prime minister quoted, then his spokesman. */
const STORY = [
  'Blair to meet Brown over Europe summit',
  '',
  'Tony Blair will meet Gordon Brown before the European summit, Downing Street has said.',
  '',
  '"We agree on far more than we disagree on," Mr Blair told reporters on Monday.',
  '',
  'Mr Blair\'s official spokesman said: "The prime minister has regular meetings with the chancellor before every council."',
  '',
].join('\n');

let library: Library;

beforeAll(() => {
  const result = readArticle('summit.txt', new TextEncoder().encode(STORY));
  if (!result.ok) throw new Error('the loader refused the story');
  library = buildLibrary([result.article]);
});

/** The words of each quotation /who lists under "Quoted as saying". */
function quoted(answer: Answer): string[] {
  return answer.results.filter((citation) => citation.kind === 'quotation').map((citation) => citation.quote);
}

describe('/who and the one who speaks for someone', () => {
  it('GIVEN "Mr Blair\'s official spokesman said: "…"" THEN /who Tony Blair does not list the spokesman\'s words', async () => {
    expect(quoted(await ask('/who Tony Blair', library)).join(' | ')).not.toContain('The prime minister has regular meetings');
  });

  it("GIVEN Mr Blair's own quotation in the same story THEN /who Tony Blair still lists it", async () => {
    expect(quoted(await ask('/who Tony Blair', library)).join(' | ')).toContain('We agree on far more than we disagree on');
  });
});
