import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.ts';
import { readOnlyContext, seedLibrary } from '../../support/seeds.ts';
import { answer, badInput } from '../../../src/answer/build.ts';
import { checkDiscordLimits, clip, DISCORD_LIMITS, escapeDiscord, renderDiscord } from '../../../src/answer/render/discord.ts';
import type { Answer, Citation } from '../../../src/model/answer.ts';
import { answerLine } from '../../../src/runtime/dispatch.ts';
import type { Library } from '../../../src/library/library.ts';
import { runRendererContract } from './renderer-contract.ts';
import { findDiscordPings, visibleText } from './renderer-checks.ts';
import { must } from '../../support/must.ts';

runRendererContract({
  name: 'discord',
  render: (answer) => renderDiscord(answer),
  texts: (message) => [visibleText(message)],
  limits: checkDiscordLimits,
  findPings: findDiscordPings,
  markup: true,
});

const NASTY =
  '@everyone and @here, <@123456789012345678>, <@!123456789012345678>, <@&223456789012345678>, <#323456789012345678>, </who:1>, <t:1700000000:R>, **bold** __under__ ~~gone~~ ||spoiler|| `code` [click](https://evil.example) \\ ';

function citation(quote: string, extra: Partial<Citation> = {}): Citation {
  return {
    articleId: '003_3efcfc92afac0b08',
    quote,
    start: 10,
    end: 10 + quote.length,
    paragraph: 2,
    sentenceIndex: 4,
    kind: 'sentence',
    article: { id: '003_3efcfc92afac0b08', file: '003_3efcfc92afac0b08.txt', headline: 'Troops gather', outlet: 'Wire', date: '2025-12-02' },
    match: 'terms',
    ...extra,
  };
}

function manyCitations(count: number, quoteLength: number): Answer {
  const results = Array.from({ length: count }, (_, i) => citation(`${i} ${'word '.repeat(quoteLength / 5)}`.slice(0, quoteLength)));
  return answer('sources', 'troops', { title: 'Sources for “troops”', results, sections: [{ title: 'Where the articles say it', lines: [], citations: results.map((_, i) => i) }] });
}

describe('renderDiscord', () => {
  let library: Library;
  beforeAll(async () => {
    library = await seedLibrary();
  });

  it('GIVEN every command example on the seeds THEN the message fits Discord and pings no one', async () => {
    for (const command of COMMANDS) {
      const message = renderDiscord(await answerLine(command.example, readOnlyContext(library)));
      expect(checkDiscordLimits(message), command.example).toEqual([]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.embeds.length, command.example).toBeGreaterThan(0);
    }
  });

  it('GIVEN /sources THEN each citation is a field with its article, place and verbatim quote', async () => {
    const result = await answerLine('/sources 5000 troops', readOnlyContext(library));
    const message = renderDiscord(result);
    const fields = message.embeds.flatMap((embed) => embed.fields ?? []).filter((field) => /^\d+\. /u.test(field.name));
    expect(fields).toHaveLength(result.results.length);
    const first = must(result.results[0]);
    expect(must(fields[0]).name).toContain(`1. ${escapeDiscord(first.article.headline ?? first.articleId)}`);
    expect(must(fields[0]).value).toContain(`paragraph ${first.paragraph}`);
    expect(must(fields[0]).value).toContain(escapeDiscord(first.quote.replace(/\s*\n\s*/gu, ' ')));
  });

  it('GIVEN article text with mentions and markdown THEN none of it can ping, spoof a mention or format', () => {
    const message = renderDiscord(
      answer('quote', NASTY, {
        title: `Where “${NASTY}” appears`,
        notes: [{ code: 'x', message: NASTY }],
        results: [
          citation(`# ${NASTY}\n> quoted\n- listed`, {
            speaker: '@everyone',
            certainty: { level: 'possible', sourcing: 'anonymous', contested: false, cues: [], attributedTo: [], note: `<@123456789012345678> ${NASTY}` },
          }),
        ],
        sections: [
          {
            title: NASTY,
            lines: [
              NASTY,
              [
                { text: NASTY, style: 'strong' },
                { text: 'a `tick', style: 'code' },
              ],
            ],
            citations: [0],
          },
        ],
      }),
    );
    const text = visibleText(message);
    expect(text).not.toMatch(/@(everyone|here)/u);
    expect(text).not.toMatch(/<[@#/:&t]/u);
    expect(text).not.toMatch(/(?<!\\)\*\*bold|(?<!\\)\[click|(?<!\\)\|\|spoiler|(?<!\\)~~gone/u);
    expect(text).not.toMatch(/^#\s/mu);
    expect(text).toContain('\\[click\\](https://evil.example)');
  });

  it('GIVEN more citations than one message holds THEN it stays within every limit and says how many more', () => {
    const message = renderDiscord(manyCitations(60, 900));
    expect(checkDiscordLimits(message)).toEqual([]);
    const shown = message.embeds.flatMap((embed) => embed.fields ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(60);
    expect(must(message.embeds.at(-1)).footer?.text).toContain(`and ${60 - shown} more citations`);
  });

  it('GIVEN 40 short citations THEN the 26th starts a continuation embed rather than being dropped', () => {
    const message = renderDiscord(manyCitations(40, 40));
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.embeds.flatMap((embed) => embed.fields ?? [])).toHaveLength(40);
    expect(message.embeds.length).toBeGreaterThan(2);
  });

  it('GIVEN a quote longer than a field THEN it is cut with an ellipsis and the article details survive', () => {
    const message = renderDiscord(manyCitations(1, 5000));
    const field = must(must(must(message.embeds[1]).fields)[0]);
    expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(field.value).toContain('…');
    expect(field.value).toContain('paragraph 2');
    expect(checkDiscordLimits(message)).toEqual([]);
  });

  it('GIVEN a huge title, notes and many sections THEN every part is clipped to its limit', () => {
    const long = 'x'.repeat(9000);
    const message = renderDiscord(
      answer('help', '', {
        title: long,
        notes: Array.from({ length: 10 }, () => ({ code: 'n', message: long })),
        sections: Array.from({ length: 40 }, (_, i) => ({ title: `${i} ${long}`, lines: [long], citations: [] })),
      }),
    );
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(must(message.embeds.at(-1)).footer?.text).toMatch(/and \d+ more parts/u);
  });

  it('GIVEN /sources demining on the seeds THEN the corroboration note and each verbatim variant with its articles are shown', async () => {
    const text = visibleText(renderDiscord(await answerLine('/sources demining', readOnlyContext(library))));
    expect(text).toContain('**Corroboration:** 5 of 5 articles carry this, all passing on a report');
    expect(text).toContain('Where the articles differ');
    expect(text).toContain('“were reportedly trained in demining” (`003_3efcfc92afac0b08`)');
  });

  it('GIVEN a single-source citation THEN it says no other article was found to carry it, not that none does', () => {
    const text = visibleText(renderDiscord(answer('sources', 'troops', { title: 't', results: [citation('Troops massed.', { singleSource: true })] })));
    expect(text).toContain('**Single source:** found in no other article (one may still tell it in other words)');
  });

  it('GIVEN bad input THEN one embed states the error plainly', () => {
    const message = renderDiscord(badInput('sources', '', 'bad_arguments', { detail: 'Say what to look for, for example: /sources 5000 troops' }));
    expect(message.embeds).toHaveLength(1);
    expect(must(message.embeds[0]).description).toBe('Say what to look for, for example: /sources 5000 troops');
  });

  it('GIVEN a near miss THEN it is set apart from the results', async () => {
    const result = await answerLine('/sources 5000 troops zeppelin', readOnlyContext(library));
    const message = renderDiscord(result);
    expect(result.nearMisses.length).toBeGreaterThan(0);
    expect(message.embeds.map((embed) => embed.title)).toContain('Near misses (NOT results: each lacks part of the query)');
    expect(must(message.embeds[0]).color).toBe(0x99aab5);
    expect(checkDiscordLimits(message)).toEqual([]);
  });
});

describe('clip', () => {
  it('GIVEN a cut inside an escape or a surrogate pair THEN it leaves neither half', () => {
    expect(clip('ab\\*cd', 4)).toBe('ab…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });
});
