import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';

/** The speaker the analysis gives the quotation that starts with `opening` in an article of `body`. */
function speakerOf(body: string, opening: string): string | null {
  const result = readArticle('passage.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error('the loader refused the passage');
  const found = analyseArticle(result.article).quotations.find((quotation) => quotation.text.startsWith(opening));
  if (!found) throw new Error(`no quotation starts with "${opening}"`);
  return found.speaker;
}

const CURFEWS = [
  'Opposition leader Anne Fenwick said she would not support the Home Office\'s plans for "community curfews" which include electronic tags.',
  '"Nobody should lose their liberty on the word of a minister," she said.',
].join(' ');

const BLEND = [
  'The former minister, who once coined the phrase "chavocracy" as an amalgam of "chav" and "aristocracy", said he had no regrets.',
  '"People knew exactly what I meant," he told the BBC.',
].join(' ');

const SHOW = ['"Nobody in this business expected the merger," said Dana Whitlock, who also presents the TV show "Market Makers."', '"It caught all of us off guard."'].join(' ');

const PLANS = ['Shadow health secretary Owen Pryce said he would oppose the Health Secretary\'s plans for "care vouchers".', '"They would leave the frailest to shop around."'].join(' ');

describe('quote ownership over passages', () => {
  it('GIVEN "X said she would not support the Home Office\'s plans for "…"" THEN the quoted term is the Home Office\'s, not X\'s', () => {
    expect(speakerOf(CURFEWS, 'community curfews')).toBe('Home Office');
  });

  it("GIVEN a term held by another before X's own quotation THEN X's next quotation is still X's", () => {
    expect(speakerOf(CURFEWS, 'Nobody should lose')).toBe('Anne Fenwick');
  });

  it('GIVEN "despite a call for him to "…" from X" THEN the words are X\'s, not the sentence subject\'s', () => {
    const body = 'Health Secretary Paul Ruddock has vowed to press on with the hospital closures despite a call for him to "stop and listen" from Mary Okafor.';
    expect(speakerOf(body, 'stop and listen')).toBe('Mary Okafor');
  });

  it('GIVEN "an amalgam of "…" and "…"" THEN the parts of the word are no one\'s', () => {
    expect(speakerOf(BLEND, 'chav')).toBeNull();
    expect(speakerOf(BLEND, 'aristocracy')).toBeNull();
  });

  it('GIVEN "will back a "yes" vote" THEN the ballot answer is no one\'s quotation', () => {
    const body = '"Leaving would leave us weaker," said Foreign Secretary Helen Marsh, who will back a "yes" vote.';
    expect(speakerOf(body, 'yes')).toBeNull();
  });

  it("GIVEN the title of a show after a speaker's quotation THEN the title is no one's and the next quotation stays the speaker's", () => {
    expect(speakerOf(SHOW, 'Market Makers')).toBeNull();
    expect(speakerOf(SHOW, 'It caught all of us')).toBe('Dana Whitlock');
  });

  it('GIVEN a term held by another THEN a quotation with no source after it carries on the speaker, not the holder', () => {
    expect(speakerOf(PLANS, 'care vouchers')).toBe('Health Secretary');
    expect(speakerOf(PLANS, 'They would leave')).toBe('Owen Pryce');
  });
});
