import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer/build.ts';
import { escapeSlack, renderSlack, type SlackBlock } from '../../../src/answer/render/slack.ts';
import { answerLine } from '../../../src/runtime/dispatch.ts';
import { readOnlyContext, seedLibrary } from '../../support/seeds.ts';
import { hostileCitation, largestAnswer, runRendererContract } from './renderer-contract.ts';
import { findSlackPings, slackLimitsBroken, slackTexts } from './renderer-checks.ts';
import { must } from '../../support/must.ts';

runRendererContract({ name: 'slack', render: (a) => renderSlack(a), texts: slackTexts, limits: slackLimitsBroken, findPings: findSlackPings, markup: true });

describe('renderSlack', () => {
  it('GIVEN a citation THEN it is a quoted section with its article, date, outlet and certainty note in a context line', () => {
    const citation = { ...hostileCitation('ONE'), article: { id: 'a1', file: 'a1.txt', headline: 'Troops & tanks', outlet: 'KPBI', date: '2025-12-02' } };
    const message = renderSlack(answer('sources', 'troops', { title: 'Sources for “troops”', results: [citation], sections: [{ title: 'Where', lines: [], citations: [0] }] }));
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Sources for “troops”', emoji: false } });
    const quote = message.blocks.find((block) => block.type === 'section' && block.text.text.startsWith('>“ONE'));
    expect(quote).toBeDefined();
    const context = message.blocks[message.blocks.indexOf(must(quote)) + 1];
    expect(context?.type).toBe('context');
    const contextText = context?.type === 'context' ? context.elements.map((element) => element.text).join('\n') : '';
    expect(contextText).toContain('Troops &amp; tanks · KPBI · 2025-12-02');
    expect(contextText).toContain('Certainty: Possible:');
  });

  it('GIVEN near misses THEN they come after a heading that says they are not results', () => {
    const message = renderSlack({ ...largestAnswer(0, 2, 100), discrepancies: [] });
    const texts = slackTexts(message);
    const heading = texts.findIndex((text) => text.includes('Near misses: NOT results'));
    expect(heading).toBeGreaterThan(0);
    expect(texts.findIndex((text) => text.includes('MISS-000-MARK'))).toBeGreaterThan(heading);
  });

  it('GIVEN hostile text THEN Slack control characters are entities and markup is replaced by look-alikes', () => {
    expect(escapeSlack('<!channel> & <@U1> *b* _i_ ~s~ `c` @here')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; ∗b∗ ˍiˍ ∼s∼ ˋcˋ @\u2060here');
  });

  it('GIVEN an id or a word with underscores inside it THEN the underscores stay as they are, so the id can be pasted back', () => {
    expect(escapeSlack('000_28c2ac3548ae8731 and snake_case_name')).toBe('000_28c2ac3548ae8731 and snake_case_name');
  });

  it('GIVEN extra blocks THEN room is kept for them at the end', () => {
    const share: SlackBlock = { type: 'actions', elements: [{ type: 'button', action_id: 'share', text: { type: 'plain_text', text: 'Share', emoji: false } }] };
    const message = renderSlack(largestAnswer(), { extraBlocks: [share] });
    expect(message.blocks.at(-1)).toEqual(share);
    expect(slackLimitsBroken(message)).toEqual([]);
  });

  it('GIVEN /sources demining on the seeds THEN the corroboration note and each verbatim variant with its articles are shown', async () => {
    const library = await seedLibrary();
    const result = await answerLine('/sources demining', readOnlyContext(library));
    const texts = slackTexts(renderSlack(result)).join('\n');
    expect(texts).toContain('*Corroboration:* 5 of 5 articles carry this, all passing on a report');
    expect(texts).toContain('*Where the articles differ: hedges and tenses*');
    expect(texts).toContain('• “were reportedly trained in demining” (`003_3efcfc92afac0b08`)');
  });
});
