import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/build.ts';
import { checkDiscordLimits, renderDiscord } from '../../src/answer/render/discord.ts';
import type { Answer, Citation } from '../../src/model/answer.ts';
import { renderSlack } from '../../src/answer/render/slack.ts';
import { renderText } from '../../src/answer/render/text.ts';
import { HOSTILE_MARKUP } from '../answer/render/renderer-contract.ts';
import { findDiscordPings, findSlackPings, slackLimitsBroken, slackTexts, visibleText } from '../answer/render/renderer-checks.ts';
import { articleText, SEED } from './arbitraries.ts';
import { must } from '../support/must.ts';

/** Cases run, as docs/reliability.md reports them; each case goes through all three renderers. */
const RENDER_RUNS = 2000;

/** What a terminal would act on rather than show. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

function citationOf(text: string, i: number): Citation {
  return {
    articleId: `a${i}`,
    quote: text,
    start: 0,
    end: text.length,
    paragraph: 1,
    sentenceIndex: i,
    kind: 'sentence',
    article: { id: `a${i}`, file: `a${i}.txt`, headline: text.slice(0, 80), outlet: text.slice(-20) },
    match: 'terms',
    speaker: text.slice(0, 15),
    certainty: { level: 'possible', sourcing: 'vague', contested: true, cues: [], attributedTo: [text.slice(0, 30)], note: text.slice(0, 120) },
  };
}

/** An answer made of generated article text everywhere a renderer shows article text, with a markup marker in each quote. */
const generatedAnswer: fc.Arbitrary<Answer> = fc.tuple(fc.array(articleText, { minLength: 1, maxLength: 30 }), fc.constantFrom(...HOSTILE_MARKUP), fc.boolean()).map(([texts, markup, ok]) => {
  const results = texts.map((text, i) => citationOf(`${markup} ${text}`, i));
  const built = answer('sources', must(texts[0]), {
    title: `Sources for “${must(texts[0]).slice(0, 200)}”`,
    results,
    nearMisses: results.slice(0, 3).map((citation) => ({ ...citation, match: 'near_miss' as const, missingTerms: [must(texts[0]).slice(0, 10)] })),
    notes: texts.slice(0, 4).map((text) => ({ code: 'generated', message: text })),
    sections: [{ title: must(texts[0]).slice(0, 100), lines: texts.slice(0, 3), citations: results.map((_, i) => i) }],
    discrepancies: [{ about: must(texts[0]).slice(0, 40), variants: texts.slice(0, 2).map((text, i) => ({ text, articleIds: [`a${i}`] })) }],
  });
  return ok ? built : { ...built, ok: false, status: 'bad_input' as const, error: must(texts[0]) };
});

describe('any article text through every renderer (property)', () => {
  it(`GIVEN ${RENDER_RUNS} generated answers THEN no renderer pings anyone, lets markup through, or breaks a limit`, () => {
    fc.assert(
      fc.property(generatedAnswer, (generated) => {
        const slack = renderSlack(generated);
        expect(slackLimitsBroken(slack)).toEqual([]);
        const slackShown = slackTexts(slack);
        expect(slackShown.flatMap(findSlackPings)).toEqual([]);
        for (const markup of HOSTILE_MARKUP) expect(slackShown.join('\n')).not.toContain(markup);

        const discord = renderDiscord(generated);
        expect(checkDiscordLimits(discord)).toEqual([]);
        expect(discord.allowed_mentions).toEqual({ parse: [] });
        const discordShown = visibleText(discord);
        expect(findDiscordPings(discordShown)).toEqual([]);
        for (const markup of HOSTILE_MARKUP) expect(discordShown).not.toContain(markup);

        expect(renderText(generated)).not.toMatch(TERMINAL_CONTROLS);
      }),
      { seed: SEED, numRuns: RENDER_RUNS },
    );
  }, 120_000);
});
