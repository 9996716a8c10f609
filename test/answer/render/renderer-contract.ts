/**
 * The contract every renderer keeps, run once per renderer (as Hono runs one suite against every
 * router). Call it from a `*.test.ts` file:
 *
 * ```ts
 * runRendererContract({
 *   name: 'slack',
 *   render: (answer) => renderSlack(answer),
 *   texts: (message) => [message.text, ...textsOfBlocks(message.blocks)],
 *   limits: (message) => [],           // one message per platform limit broken; [] when it fits
 *   findPings: (text) => [],           // substrings that would notify someone or run as markup
 *   markup: true,                      // the platform formats *bold*, _em_, ~strike~, `code`
 * });
 * ```
 *
 * It checks, for the answers of every command's example on the seed articles and for synthetic
 * answers far larger and more hostile than any the seeds give:
 * - every citation is shown (its unique marker is in the text) or counted in an "and N more" line;
 * - the output keeps the platform's limits, even for the largest answer;
 * - hostile article text (`<!channel>`, `<@U…>`, `@here`, `*bold*`, terminal escapes) is shown
 *   inertly: `findPings` finds nothing in any text, and with `markup: true` no markup survives.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.ts';
import { answer } from '../../../src/answer/build.ts';
import type { Answer, Citation } from '../../../src/model/answer.ts';
import { readOnlyContext, seedLibrary } from '../../support/seeds.ts';
import { answerLine } from '../../../src/runtime/dispatch.ts';
import { must } from '../../support/must.ts';

export interface RendererUnderTest<Output> {
  /** Shown in the test names. */
  name: string;
  render(answer: Answer): Output;
  /** Every string of the output a reader sees: block texts, embed fields, terminal lines. */
  texts(output: Output): string[];
  /** One message for each platform limit the output breaks; empty when it fits. */
  limits(output: Output): string[];
  /** Substrings of one text that would notify someone or act on the reader's screen. */
  findPings(text: string): string[];
  /** True when the platform formats `*bold*`, `_em_`, `~strike~` and backticks. */
  markup: boolean;
}

/** Markup that must not survive from article text on a platform with `markup: true`. */
export const HOSTILE_MARKUP = ['*HOSTILE-BOLD*', '_HOSTILE-EM_', '~HOSTILE-STRIKE~', '`HOSTILE-CODE`'];

/** Text no article should be able to use against a reader: pings, markup, links, terminal escapes. */
export const HOSTILE_TEXT = [
  '<!channel> <!here> <!everyone> <@U0123ABCD> <#C0123ABCD> <!subteam^S0123ABCD>',
  '@here @channel @everyone <@&123456789012345678> <@123456789012345678>',
  ...HOSTILE_MARKUP,
  '<https://evil.example|click me> [link](https://evil.example) &amp; & < > > quoted',
  '\u001b[31mred\u001b[0m \u0007 \u202Eevil',
].join(' ');

/** A citation whose quote holds `marker` once, plus hostile text, about `size` characters long. */
export function hostileCitation(marker: string, size = 400): Citation {
  const quote = `${marker} ${HOSTILE_TEXT} ${'word '.repeat(Math.max(0, Math.ceil((size - HOSTILE_TEXT.length) / 5)))}`.trim();
  return {
    articleId: `hostile_${marker}`,
    quote,
    start: 0,
    end: quote.length,
    paragraph: 3,
    sentenceIndex: 7,
    kind: 'sentence',
    article: { id: `hostile_${marker}`, file: `hostile_${marker}.txt`, headline: `Headline ${HOSTILE_TEXT}`, outlet: '<!here> Outlet *Daily*', date: '2025-12-02' },
    match: 'terms',
    speaker: '<@U999> @everyone',
    certainty: { level: 'possible', sourcing: 'anonymous', contested: true, cues: [], attributedTo: ['<!channel>'], note: `Possible: ${HOSTILE_TEXT}` },
  };
}

/** An answer far bigger than any command gives: many long hostile citations, notes, sections, near misses. */
export function largestAnswer(results = 40, nearMisses = 12, quoteChars = 2900): Answer {
  const citations = Array.from({ length: results }, (_, i) => hostileCitation(`RESULT-${String(i).padStart(3, '0')}-MARK`, quoteChars));
  const misses = Array.from({ length: nearMisses }, (_, i) => ({
    ...hostileCitation(`MISS-${String(i).padStart(3, '0')}-MARK`, quoteChars),
    match: 'near_miss' as const,
    missingTerms: ['<!here>', '*x*'],
  }));
  const half = Math.floor(results / 2);
  return {
    ...answer('sources', HOSTILE_TEXT, {
      title: `Sources for “${HOSTILE_TEXT}”`,
      results: citations,
      nearMisses: misses,
      notes: Array.from({ length: 8 }, (_, i) => ({ code: 'hostile', message: `Note ${i}: ${HOSTILE_TEXT}` })),
      sections: [
        {
          title: `First ${HOSTILE_TEXT}`,
          lines: [
            HOSTILE_TEXT,
            [
              { text: HOSTILE_TEXT, style: 'strong' },
              { text: HOSTILE_TEXT, style: 'code' },
            ],
          ],
          citations: citations.slice(0, half).map((_, i) => i),
        },
        { title: 'Second', lines: [], citations: citations.slice(half).map((_, i) => i + half) },
      ],
      corroboration: { articles: 3, total: 5, origins: [HOSTILE_TEXT], independent: false, note: `3 of 5 articles carry this, all relaying ${HOSTILE_TEXT}` },
      discrepancies: Array.from({ length: 12 }, (_, i) => ({
        about: `Detail ${i} ${HOSTILE_TEXT}`,
        variants: [
          { text: `${HOSTILE_TEXT} ${'long '.repeat(120)}`, articleIds: ['000_28c2ac3548ae8731', '001_37221fccf659f1c8'] },
          { text: HOSTILE_TEXT, articleIds: ['004_14a452d33a2aa165'] },
        ],
      })),
    }),
  };
}

/** Every citation's marker that the texts show, and the citations counted in "and N more" lines. */
function accountFor(answerToCheck: Answer, texts: readonly string[]): { missing: string[]; counted: number } {
  const all = texts.join('\n');
  const markers = [...answerToCheck.results, ...answerToCheck.nearMisses].map((citation) => must(citation.quote.split(' ')[0]));
  const missing = markers.filter((marker) => !all.includes(marker));
  const counted = [...all.matchAll(/and (\d+) more/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  return { missing, counted };
}

/** Run the renderer contract for one renderer. */
export function runRendererContract<Output>(renderer: RendererUnderTest<Output>): void {
  const seeded = async (): Promise<Answer[]> => {
    const library = await seedLibrary();
    const lines = [...COMMANDS.map((command) => command.example), '/sources Russia', '/sources zzzz qqqq', '/who Nobody Atall', '/nonsense', ''];
    return Promise.all(lines.map((line) => answerLine(line, readOnlyContext(library))));
  };

  describe(`renderer contract: ${renderer.name}`, () => {
    it('GIVEN every command example on the seeds THEN each renders within limits, with every citation shown or counted', async () => {
      for (const seededAnswer of await seeded()) {
        // A marker in front of each real quote makes "is this citation shown?" a plain text search.
        const mark = (citation: Citation, i: number, kind: string): Citation => ({ ...citation, quote: `SEED-${kind}${i}-MARK ${citation.quote}` });
        const marked = { ...seededAnswer, results: seededAnswer.results.map((c, i) => mark(c, i, 'R')), nearMisses: seededAnswer.nearMisses.map((c, i) => mark(c, i, 'N')) };
        const output = renderer.render(marked);
        expect(renderer.limits(output), seededAnswer.query).toEqual([]);
        const { missing, counted } = accountFor(marked, renderer.texts(output));
        expect(missing.length, seededAnswer.query).toBeLessThanOrEqual(counted);
      }
    });

    it('GIVEN the largest answer THEN the output holds every limit', () => {
      expect(renderer.limits(renderer.render(largestAnswer()))).toEqual([]);
    });

    it('GIVEN more citations than fit THEN every citation is shown or counted in "and N more"', () => {
      for (const big of [largestAnswer(), largestAnswer(3, 0, 200), largestAnswer(0, 30, 1500), largestAnswer(60, 0, 100)]) {
        const { missing, counted } = accountFor(big, renderer.texts(renderer.render(big)));
        expect(missing.length).toBeLessThanOrEqual(counted);
        if (missing.length === 0) expect(counted).toBe(0);
      }
    });

    it('GIVEN hostile article text THEN nothing in the output can ping anyone or act on the screen', () => {
      const texts = renderer.texts(renderer.render(largestAnswer(3, 2, 600)));
      expect(texts.flatMap((text) => renderer.findPings(text))).toEqual([]);
      if (renderer.markup) for (const markup of HOSTILE_MARKUP) expect(texts.join('\n')).not.toContain(markup);
    });

    it('GIVEN bad input THEN the reason is rendered, defused', () => {
      const texts = renderer.texts(renderer.render({ ...largestAnswer(0, 0), ok: false, status: 'bad_input', error: `No such command: ${HOSTILE_TEXT}` }));
      expect(texts.join('\n')).toContain('No such command');
      expect(texts.flatMap((text) => renderer.findPings(text))).toEqual([]);
    });
  });
}
